import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';
import { initialSizePlugin } from './scripts/initial-size.ts';
import { graphqlDocumentsPlugin } from './scripts/graphql-documents.ts';
import { devProxy } from './scripts/dev-proxy.ts';

const gateway = 'http://127.0.0.1:4000';

export default defineConfig({
  base: '/',
  plugins: [vue(), graphqlDocumentsPlugin(fileURLToPath(new URL('./src/graphql/generated', import.meta.url))), initialSizePlugin()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // The server's pure scoring rules (no Node imports): the sheet computes what the server stores.
      '@domain': fileURLToPath(new URL('../server/src/domain', import.meta.url)),
    },
  },
  define: {
    // vue-i18n: drop the legacy API and devtools hooks from the production bundle.
    __VUE_I18N_LEGACY_API__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  server: {
    proxy: devProxy(gateway),
  },
  build: {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.spec.ts'],
    globals: true,
    setupFiles: ['src/test/setup.ts'],
    // CI shares two cores with the server suites' leftovers; a mounted page with Apollo can take over 5 s there.
    testTimeout: 20_000,
  },
});
