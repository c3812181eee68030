import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Adapter, AdapterPayload } from 'oidc-provider';

/**
 * oidc-provider's storage contract (its `adapter` configuration) on one SQLite file, so that
 * registered clients, grants, sessions and registration access tokens survive a restart.
 *
 * Every model (Client, Session, AccessToken, RegistrationAccessToken, ...) shares one table
 * keyed by (model, id). The columns beside the JSON payload exist only for the lookups the
 * contract asks for: findByUid (sessions), findByUserCode (device flow) and revokeByGrantId.
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS oidc_model (
    model       TEXT    NOT NULL,
    id          TEXT    NOT NULL,
    payload     TEXT    NOT NULL,
    grant_id    TEXT,
    user_code   TEXT,
    uid         TEXT,
    -- epoch seconds; NULL for what never expires (clients, registration access tokens)
    expires_at  INTEGER,
    consumed_at INTEGER,
    PRIMARY KEY (model, id)
  );
  CREATE INDEX IF NOT EXISTS oidc_model_grant_id  ON oidc_model (grant_id)  WHERE grant_id  IS NOT NULL;
  CREATE INDEX IF NOT EXISTS oidc_model_user_code ON oidc_model (model, user_code) WHERE user_code IS NOT NULL;
  CREATE INDEX IF NOT EXISTS oidc_model_uid       ON oidc_model (model, uid)       WHERE uid       IS NOT NULL;
  CREATE INDEX IF NOT EXISTS oidc_model_expires   ON oidc_model (expires_at)       WHERE expires_at IS NOT NULL;
`;

interface Row {
  payload: string;
  consumed_at: number | null;
}

const now = () => Math.floor(Date.now() / 1000);

/** oidc-provider's Adapter; `expiresIn` is absent for what never expires (clients). */
export interface ModelAdapter extends Adapter {
  upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void>;
}

/** An open store; hand `adapterFactory` to the provider and `close()` it on shutdown. */
export interface SqliteStore {
  adapterFactory: (model: string) => ModelAdapter;
  /** Live grants (consents) of one account, newest first: id and oidc-provider's Grant payload. */
  grantsOf(accountId: string): { id: string; payload: AdapterPayload }[];
  /** Deletes a grant and everything issued from it (codes, access and refresh tokens). */
  revokeGrant(grantId: string): void;
  /** Deletes rows past their expiry; called on open, exposed for long-running processes. */
  purgeExpired(): number;
  close(): void;
}

export function openSqliteStore(dbPath: string): SqliteStore {
  mkdirSync(dirname(dbPath), { recursive: true });
  const db = new Database(dbPath);
  // WAL lets a reader (e.g. a test inspecting the file) coexist with the provider's writes.
  db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);

  const live = '(expires_at IS NULL OR expires_at > @now)';
  const statements = {
    upsert: db.prepare(`
      INSERT INTO oidc_model (model, id, payload, grant_id, user_code, uid, expires_at, consumed_at)
      VALUES (@model, @id, @payload, @grantId, @userCode, @uid, @expiresAt, NULL)
      ON CONFLICT (model, id) DO UPDATE SET
        payload = excluded.payload, grant_id = excluded.grant_id, user_code = excluded.user_code,
        uid = excluded.uid, expires_at = excluded.expires_at, consumed_at = NULL`),
    find: db.prepare<{ model: string; id: string; now: number }, Row>(
      `SELECT payload, consumed_at FROM oidc_model WHERE model = @model AND id = @id AND ${live}`,
    ),
    findByUid: db.prepare<{ model: string; uid: string; now: number }, Row>(
      `SELECT payload, consumed_at FROM oidc_model WHERE model = @model AND uid = @uid AND ${live}`,
    ),
    findByUserCode: db.prepare<{ model: string; userCode: string; now: number }, Row>(
      `SELECT payload, consumed_at FROM oidc_model WHERE model = @model AND user_code = @userCode AND ${live}`,
    ),
    consume: db.prepare('UPDATE oidc_model SET consumed_at = @now WHERE model = @model AND id = @id'),
    destroy: db.prepare('DELETE FROM oidc_model WHERE model = @model AND id = @id'),
    revokeByGrantId: db.prepare('DELETE FROM oidc_model WHERE grant_id = @grantId'),
    // Grants are few per account; json_extract reads the owner from oidc-provider's own payload.
    grantsOf: db.prepare<{ accountId: string; now: number }, { id: string; payload: string }>(
      `SELECT id, payload FROM oidc_model WHERE model = 'Grant' AND json_extract(payload, '$.accountId') = @accountId AND ${live}
       ORDER BY json_extract(payload, '$.iat') DESC, rowid DESC`,
    ),
    destroyGrant: db.prepare("DELETE FROM oidc_model WHERE model = 'Grant' AND id = @grantId"),
    purgeExpired: db.prepare('DELETE FROM oidc_model WHERE expires_at IS NOT NULL AND expires_at <= @now'),
  };

  const toPayload = (row: Row | undefined): AdapterPayload | undefined => {
    if (!row) return undefined;
    const payload = JSON.parse(row.payload) as AdapterPayload;
    // oidc-provider reads `consumed` to detect authorization code and refresh token replay
    // (RFC 6749 section 4.1.2: a code used twice must be refused).
    return row.consumed_at === null ? payload : { ...payload, consumed: row.consumed_at };
  };

  class SqliteAdapter implements ModelAdapter {
    constructor(private readonly model: string) {}

    async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
      statements.upsert.run({
        model: this.model,
        id,
        payload: JSON.stringify(payload),
        grantId: payload.grantId ?? null,
        userCode: payload.userCode ?? null,
        uid: payload.uid ?? null,
        // Clients and registration access tokens are saved without an expiry: they live until
        // deleted (RFC 7592 section 2.3).
        expiresAt: expiresIn ? now() + expiresIn : null,
      });
    }

    async find(id: string) {
      return toPayload(statements.find.get({ model: this.model, id, now: now() }));
    }

    async findByUid(uid: string) {
      return toPayload(statements.findByUid.get({ model: this.model, uid, now: now() }));
    }

    async findByUserCode(userCode: string) {
      return toPayload(statements.findByUserCode.get({ model: this.model, userCode, now: now() }));
    }

    async consume(id: string): Promise<void> {
      statements.consume.run({ model: this.model, id, now: now() });
    }

    async destroy(id: string): Promise<void> {
      statements.destroy.run({ model: this.model, id });
    }

    /** Revoking a grant revokes every token issued from it (RFC 6749 section 4.1.2, RFC 7009 section 2.1). */
    async revokeByGrantId(grantId: string): Promise<void> {
      statements.revokeByGrantId.run({ grantId });
    }
  }

  const purgeExpired = () => statements.purgeExpired.run({ now: now() }).changes;
  purgeExpired();

  const revokeGrant = db.transaction((grantId: string) => {
    statements.revokeByGrantId.run({ grantId });
    statements.destroyGrant.run({ grantId });
  });

  return {
    adapterFactory: (model: string) => new SqliteAdapter(model),
    grantsOf: (accountId) =>
      statements.grantsOf.all({ accountId, now: now() }).map((row) => ({ id: row.id, payload: JSON.parse(row.payload) as AdapterPayload })),
    revokeGrant: (grantId) => revokeGrant(grantId),
    purgeExpired,
    close: () => {
      if (db.open) db.close();
    },
  };
}
