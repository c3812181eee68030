/**
 * Test files that cannot run on PostgreSQL yet, each with why. The vitest config leaves them out
 * of PostgreSQL runs, and the global setup lists them, so a skip is never silent.
 */
export const SQLITE_ONLY_TEST_FILES: Record<string, string> = {
  'src/modules/usage/usage-over-time.test.ts': 'its gateway reads the portal from the SQLite file (watchPortalDatabase)',
  'src/modules/usage/client-usage.test.ts': 'its gateway reads the portal from the SQLite file (watchPortalDatabase)',
  'src/modules/try-it/call-api.test.ts': 'its gateway reads the portal from the SQLite file (watchPortalDatabase)',
};
