import { defineConfig } from 'vitest/config';

// Suites that span packages: they start the built server (server/dist) as a child process,
// like a user running `pnpm start`, and talk to it over HTTP or through Chromium.
export default defineConfig({
  test: {
    include: ['api/**/*.spec.ts', 'e2e/**/*.spec.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
