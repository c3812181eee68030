import { defineConfig } from 'vitest/config';

// GATEHOUSE_TEST_DATABASE=postgresql runs the same suite on PostgreSQL (src/test-support/test-database.ts).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    globalSetup: ['src/test-support/global-setup.ts'],
    setupFiles: ['../../packages/test-support/fail-on-console-error.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
