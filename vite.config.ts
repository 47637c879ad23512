/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { contentSecurityPolicyPlugin } from './scripts/vite/content-security-policy.ts';

// One config for the app and for the two fast test layers.
// - test/pipeline, test/cli, test/scripts: pure code in node.
// - test/app: React components in jsdom against a fake map adapter.
// The browser layer (test/e2e) has its own config: vitest.e2e.config.ts.
export default defineConfig(({ mode }) => ({
  plugins: [react(), contentSecurityPolicyPlugin({ ...loadEnv(mode, process.cwd(), 'VITE_'), ...process.env })],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1200 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/{pipeline,cli,scripts}/**/*.test.ts'],
          globalSetup: ['test/setup/gazetteer.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['test/app/**/*.test.{ts,tsx}'],
          setupFiles: ['test/app/setup.ts'],
        },
      },
    ],
  },
}));
