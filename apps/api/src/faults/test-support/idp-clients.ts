import { createRequire } from 'node:module';

// better-sqlite3 is the embedded IdP's dependency; take it from there rather than add it here.
const requireFromIdp = createRequire(createRequire(import.meta.url).resolve('@gatehouse/idp'));
/** Where better-sqlite3 is, for a worker thread that opens a connection of its own. */
export const BETTER_SQLITE3_PATH = requireFromIdp.resolve('better-sqlite3');
const Database = requireFromIdp('better-sqlite3') as new (path: string, options: { readonly: boolean; fileMustExist: boolean }) => {
  prepare(sql: string): { all(): unknown[] };
  close(): void;
};

export interface ClientAtIdp {
  client_id: string;
  client_secret?: string;
  client_name?: string;
}

/**
 * Every client the embedded IdP holds, read from its own store (the file `dbPath`), which is
 * what "registered at the IdP" means: RFC 7591 offers no way to list clients.
 */
export function clientsAtIdp(dbPath: string): ClientAtIdp[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare("SELECT payload FROM oidc_model WHERE model = 'Client'").all() as { payload: string }[];
    return rows.map((row) => JSON.parse(row.payload) as ClientAtIdp);
  } finally {
    db.close();
  }
}
