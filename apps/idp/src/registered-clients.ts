import Database from 'better-sqlite3';

export interface RegisteredClient {
  client_id: string;
  client_secret?: string;
  client_name?: string;
}

/**
 * Every client the embedded IdP holds, read from its store (the file `dbPath`, opened read-only):
 * RFC 7591 offers no way to list clients, so tests read here what "registered at the IdP" means.
 */
export function registeredClients(dbPath: string): RegisteredClient[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare("SELECT payload FROM oidc_model WHERE model = 'Client'").all() as { payload: string }[];
    return rows.map((row) => JSON.parse(row.payload) as RegisteredClient);
  } finally {
    db.close();
  }
}
