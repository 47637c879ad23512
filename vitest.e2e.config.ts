import { defineConfig } from 'vitest/config';

// The browser layer: real headless Chromium (playwright-core) against `vite preview`
// of the production build in dist/. `npm test` builds first; see README "Tests".
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/harness/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser at a time: 2 cores, and software WebGL is heavy.
    fileParallelism: false,
  },
});
