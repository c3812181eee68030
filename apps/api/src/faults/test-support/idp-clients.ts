import { createRequire } from 'node:module';

// better-sqlite3 is the embedded IdP's dependency; take it from there rather than add it here.
const requireFromIdp = createRequire(createRequire(import.meta.url).resolve('@gatehouse/idp'));
/** Where better-sqlite3 is, for a worker thread that opens a connection of its own. */
export const BETTER_SQLITE3_PATH = requireFromIdp.resolve('better-sqlite3');

export { registeredClients as clientsAtIdp, type RegisteredClient as ClientAtIdp } from '@gatehouse/idp/registered-clients';
