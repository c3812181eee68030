import { randomUUID } from 'node:crypto';
import type { BenchDatabase } from './bench-database.ts';
import { insertSessions } from './bench-sessions.ts';

export interface ScaleCounts {
  apis: number;
  clients: number;
  developers: number;
}

export interface ScalePortal {
  apiEnv: Record<string, string>;
  adminCookie: string;
  /** A developer with clients / developers clients. */
  developerCookie: string;
  developerId: string;
  rows: Record<string, number>;
  loadSeconds: number;
}

/**
 * The scale part's portal: `apis` APIs; one policy per 10 APIs, granting them and their default
 * policy; one catalogue entry per policy (every other one overriding the global DCR settings);
 * `developers` developers owning `clients` OAuth clients between them, each client for one or two
 * entries; an audit event per API, policy, entry, developer and client. `database` is migrated
 * and empty; the rows go in in one transaction (bench-database.ts).
 */
export async function loadScaleData(dir: string, database: BenchDatabase, counts: ScaleCounts): Promise<ScalePortal> {
  const startedAt = Date.now();
  const apiEnv = { GATEHOUSE_DATA_DIR: dir, DATABASE_URL: database.url, GATEHOUSE_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64') };
  const bulk = await database.openBulkRows();
  const now = Date.now();
  const at = (i: number) => new Date(now - i * 1000).toISOString();
  const id = (prefix: string, i: number) => `${prefix}${String(i).padStart(7, '0')}-${randomUUID().slice(0, 8)}`;
  const rows: Record<string, number> = {};
  const count = (table: string) => (rows[table] = (rows[table] ?? 0) + 1);

  const dcr = (dcrId: string, registrationEndpoint: string, i: number) =>
    bulk.insert('DcrSettings', {
      id: dcrId,
      enabled: true,
      provider: 'OTHER',
      grantTypes: 'authorization_code',
      tokenEndpointAuthMethod: 'client_secret_basic',
      responseTypes: 'code',
      registrationEndpoint,
      createdAt: at(i),
      updatedAt: at(i),
    });
  const user = (userId: string, email: string, name: string, role: string, i: number) =>
    bulk.insert('User', { id: userId, email, name, role, passwordHash: 'not-a-password', active: true, createdAt: at(i), updatedAt: at(i) });

  const globalDcr = id('dcr', 0);
  dcr(globalDcr, 'https://idp.example.test/register', 0);
  bulk.insert('PortalSettings', { id: 1, globalDcrId: globalDcr, updatedAt: at(0) });
  const adminId = id('admin', 0);
  user(adminId, 'admin@scale.test', 'Scale Admin', 'ADMIN', 0);
  const audit = (targetType: string, targetId: string, i: number) => {
    const action = `${targetType.toLowerCase()}.created`;
    bulk.insert('AuditEvent', { id: id('audit', (rows.AuditEvent ?? 0) + 1), actorId: adminId, action, targetType, targetId, detailsJson: JSON.stringify({ name: targetId }), createdAt: at(i) });
    count('AuditEvent');
  };
  const policies = Math.ceil(counts.apis / 10);
  const entryIds: string[] = [];
  for (let p = 0; p < policies; p++) {
    const policyId = id('policy', p);
    bulk.insert('Policy', {
      id: policyId,
      name: `Policy ${p}`,
      rateLimitRequests: 100,
      rateLimitPeriodSeconds: 60,
      quotaMax: 10_000,
      quotaRenewalSeconds: 2_592_000,
      keyExpiresInSeconds: 31_536_000,
      active: true,
      createdAt: at(p),
      updatedAt: at(p),
    });
    count('Policy');
    audit('Policy', policyId, p);
    for (let a = p * 10; a < Math.min(counts.apis, p * 10 + 10); a++) {
      const apiId = id('api', a);
      bulk.insert('Api', {
        id: apiId,
        name: `api-${a}`,
        listenPath: `/api-${a}/`,
        upstreamUrl: 'http://127.0.0.1:4200/anything',
        authMode: 'JWT',
        jwksUri: 'https://idp.example.test/jwks',
        identitySource: 'client_id',
        issuer: 'https://idp.example.test',
        audience: 'https://gateway.example.test',
        defaultPolicyId: policyId,
        active: true,
        createdAt: at(a),
        updatedAt: at(a),
      });
      bulk.insert('_PolicyGrants', { A: apiId, B: policyId });
      count('Api');
      audit('Api', apiId, a);
    }
    const entryId = id('entry', p);
    let overrideId: string | null = null;
    if (p % 2 === 0) {
      overrideId = id('dcr', p + 1);
      dcr(overrideId, `https://idp-${p}.example.test/register`, p);
    }
    bulk.insert('CatalogueEntry', {
      id: entryId,
      publicName: `Catalogue API ${String(p).padStart(5, '0')}`,
      description: `API group ${p}: ten APIs under Policy ${p}.`,
      policyId,
      visible: true,
      overrideGlobalDcr: overrideId !== null,
      dcrOverrideId: overrideId,
      createdAt: at(p),
      updatedAt: at(p),
    });
    entryIds.push(entryId);
    count('CatalogueEntry');
    audit('CatalogueEntry', entryId, p);
  }
  const developerIds: string[] = [];
  for (let d = 0; d < counts.developers; d++) {
    const developerId = id('dev', d);
    user(developerId, `developer-${d}@scale.test`, `Developer ${d}`, 'DEVELOPER', d);
    developerIds.push(developerId);
    count('User');
    audit('User', developerId, d);
  }
  for (let c = 0; c < counts.clients; c++) {
    const clientId = id('client', c);
    const clientName = `Client ${c}`;
    bulk.insert('OAuthClient', {
      id: clientId,
      developerId: developerIds[c % developerIds.length]!,
      clientId: `cid-${clientId}`,
      registrationEndpoint: 'https://idp.example.test/register',
      provider: 'OTHER',
      clientName,
      metadataJson: JSON.stringify({ client_name: clientName, redirect_uris: ['https://app.example.test/cb'] }),
      tokenEndpoint: 'https://idp.example.test/token',
      idempotencyKey: randomUUID(),
      createdAt: at(c),
      updatedAt: at(c),
    });
    bulk.insert('_CatalogueEntryToOAuthClient', { A: entryIds[c % entryIds.length]!, B: clientId });
    if (c % 3 === 0) bulk.insert('_CatalogueEntryToOAuthClient', { A: entryIds[(c + 1) % entryIds.length]!, B: clientId });
    count('OAuthClient');
    audit('OAuthClient', clientId, c);
  }
  const [adminCookie, developerCookie] = insertSessions(bulk, [adminId, developerIds[0]!]);
  await bulk.finish();
  return { apiEnv, adminCookie: adminCookie!, developerCookie: developerCookie!, developerId: developerIds[0]!, rows, loadSeconds: (Date.now() - startedAt) / 1000 };
}
