import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { createPrismaClient } from '@gatehouse/db';
import { applyMigrations } from '@gatehouse/db/migrate';
import Database from 'better-sqlite3';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { listen } from '../src/test-support/listen.ts';

const ISSUER = 'https://idp.bench.test/oauth/v2/oauth-anonymous';
const AUDIENCE = 'https://gateway.bench.test';

export interface BenchPortal {
  databasePath: string;
  /** One RS256 access token per client, each naming its own client_id. */
  tokens: string[];
  jwks: Server;
}

/**
 * A migrated portal database with one API on the echo upstream, one policy that grants it with
 * limits too high to refuse anything (so every limit is still computed), one catalogue entry and
 * `clients` OAuth clients created for it; a JWKS server and a distinct signed token per client.
 */
export async function prepareBenchPortal(dir: string, echoUrl: string, clients: number): Promise<BenchPortal> {
  const databasePath = join(dir, 'gatehouse.db');
  await applyMigrations(`file:${databasePath}`);

  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = 'bench-key';
  const body = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }] });
  const jwks = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/jwk-set+json' }).end(body));
  const jwksUri = `${await listen(jwks)}/jwks`;

  const prisma = createPrismaClient(`file:${databasePath}`);
  const developer = await prisma.user.create({ data: { email: 'bench@gatehouse.test', name: 'Bench', role: 'DEVELOPER', passwordHash: 'x' } });
  const policy = await prisma.policy.create({
    data: { name: 'Bench', rateLimitRequests: 1_000_000_000, rateLimitPeriodSeconds: 1, quotaMax: 1_000_000_000_000, quotaRenewalSeconds: 30 * 86_400, keyExpiresInSeconds: 365 * 86_400 },
  });
  await prisma.api.create({
    data: { name: 'bench', listenPath: '/bench/', upstreamUrl: `${echoUrl}/anything`, jwksUri, issuer: ISSUER, audience: AUDIENCE, defaultPolicyId: policy.id, grantedBy: { connect: { id: policy.id } } },
  });
  const entry = await prisma.catalogueEntry.create({ data: { publicName: 'Bench API', policyId: policy.id } });
  await prisma.$disconnect();

  // Thousands of clients: one SQL transaction rather than one Prisma create each.
  const clientIds = Array.from({ length: clients }, (_, i) => `bench-client-${i}-${randomUUID()}`);
  const db = new Database(databasePath);
  const now = new Date().toISOString();
  const insertClient = db.prepare(
    `INSERT INTO "OAuthClient" (id, developerId, clientId, registrationEndpoint, provider, clientName, metadataJson, idempotencyKey, createdAt, updatedAt)
     VALUES (?, ?, ?, 'https://idp.bench.test/reg', 'OTHER', 'Bench client', '{}', ?, ?, ?)`,
  );
  const link = db.prepare(`INSERT INTO "_CatalogueEntryToOAuthClient" (A, B) VALUES (?, ?)`);
  db.transaction(() => {
    for (const clientId of clientIds) {
      const id = randomUUID();
      insertClient.run(id, developer.id, clientId, id, now, now);
      link.run(entry.id, id);
    }
  })();
  db.close();

  const iat = Math.floor(Date.now() / 1000);
  const tokens = await Promise.all(
    clientIds.map((clientId) =>
      new SignJWT({ iss: ISSUER, aud: AUDIENCE, client_id: clientId, sub: clientId, scope: 'read', iat, exp: iat + 4 * 3600, jti: randomUUID() })
        .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid })
        .sign(privateKey),
    ),
  );
  return { databasePath, tokens, jwks };
}
