/**
 * Demo logins created on first start and printed by the start command. They exist only in a
 * local install's database; change or deactivate them before exposing Gatehouse anywhere.
 */
export const DEMO_ACCOUNTS = {
  admin: { email: 'admin@gatehouse.local', name: 'Ada Admin', role: 'ADMIN', password: 'gatehouse-admin' },
  developer: { email: 'dev@gatehouse.local', name: 'Dev Eloper', role: 'DEVELOPER', password: 'gatehouse-dev' },
} as const;

/** The seed guide's names (shared/seed): the API, its policy and its catalogue entry. */
export const DEMO_NAMES = {
  api: 'curity-api',
  listenPath: '/curity-api/',
  policy: 'Curity Policy',
  catalogueEntry: 'Curity Demo API',
} as const;
