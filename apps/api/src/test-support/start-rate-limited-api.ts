import { loadConfig } from '@gatehouse/config';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createApiServer, type ApiServer } from '../server/create-api-server.ts';
import type { RateLimits } from '../server/graphql-limits-rate.ts';
import type { ApiHarness } from './api-harness.ts';

/** A second API server on the harness's database, with the given (small) rate limits. */
export async function startRateLimitedApi(h: ApiHarness, rate: RateLimits): Promise<{ api: ApiServer; url: string }> {
  const config = loadConfig({ GATEHOUSE_DATA_DIR: h.dataDir, IDP_ISSUER: h.idp.issuer, LOG_LEVEL: 'silent' });
  const api = await createApiServer({ db: h.db, config, encryptionKey: randomBytes(32), logger: pino({ level: 'silent' }), limits: { rate } });
  await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
  return { api, url: `http://127.0.0.1:${(api.server.address() as AddressInfo).port}/graphql` };
}
