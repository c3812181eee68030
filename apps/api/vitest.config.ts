import { defineConfig } from 'vitest/config';
import { SQLITE_ONLY_TEST_FILES } from './src/test-support/sqlite-only-test-files.ts';

// GATEHOUSE_TEST_DATABASE=postgresql runs the same suite on PostgreSQL (src/test-support/test-database.ts).
const onPostgresql = process.env['GATEHOUSE_TEST_DATABASE'] === 'postgresql';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...(onPostgresql ? Object.keys(SQLITE_ONLY_TEST_FILES) : [])],
    globalSetup: ['src/test-support/global-setup.ts'],
    setupFiles: ['../../packages/test-support/fail-on-console-error.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
