/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { contentSecurityPolicyPlugin } from './scripts/vite/content-security-policy.ts';

const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Vite wraps each dynamic import() in a helper that first loads the chunk's CSS and
 * modulepreloads its shared chunks (about 0.7 kB gzip in the first chunk, vitejs/vite#13952).
 * Here the lazy chunks (zod's validated-data, the deferred views) import only from the
 * entry, already loaded, and have no CSS, so each call's list is empty and the helper
 * just calls import(): this one says so in one line. The build fails if a lazy chunk
 * ever brings CSS, which would need Vite's own helper again.
 */
function plainDynamicImports(): Plugin {
  let replaced = false;
  return {
    name: 'claimmap:plain-dynamic-imports',
    apply: 'build',
    enforce: 'pre',
    resolveId: (id) => (id === PRELOAD_HELPER ? id : null),
    load(id) {
      if (id !== PRELOAD_HELPER) return null;
      replaced = true;
      return 'export const __vitePreload = (load) => load();';
    },
    generateBundle(_options, bundle) {
      // the helper's id is Vite's own: if a Vite version renames it, say so instead of silently growing
      const dynamic = Object.values(bundle).some((file) => file.type === 'chunk' && file.dynamicImports.length > 0);
      if (dynamic && !replaced)
        this.error(`${PRELOAD_HELPER} was not loaded: update plainDynamicImports in vite.config.ts`);
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && !file.isEntry && (file.viteMetadata?.importedCss.size ?? 0) > 0) {
          this.error(`${file.fileName} imports CSS: remove plainDynamicImports from vite.config.ts`);
        }
      }
    },
  };
}

// One config for the app and for the two fast test layers.
// - test/pipeline, test/cli, test/scripts: pure code in node.
// - test/app: React components in jsdom against a fake map adapter.
// The browser layer (test/e2e) has its own config: vitest.e2e.config.ts.
export default defineConfig(({ mode }) => ({
  plugins: [
    plainDynamicImports(),
    react(),
    contentSecurityPolicyPlugin({ ...loadEnv(mode, process.cwd(), 'VITE_'), ...process.env }),
  ],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1400, modulePreload: { polyfill: false } },
  // maplibre-gl's worker (create-maplibre-adapter.ts, `?worker&url`) goes through the same
  // minifier as the rest, as an ES module (maplibre starts it with type: 'module'), keeping
  // its licence comment: 0.4 kB gzip less than the file copied as it is.
  worker: {
    format: 'es',
    rolldownOptions: { output: { topLevelVar: true, comments: { annotation: false, jsdoc: false, legal: true } } },
  },
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
