import { createPrismaClient } from '@gatehouse/db';
import type { Redis } from 'ioredis';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createApiServer } from '../server/create-api-server.ts';
import type { ApiHarness } from './api-harness.ts';

export interface ApiReplica {
  url: string;
  close(): Promise<void>;
}

/**
 * Another API replica beside the harness's: its own server, services and database connection,
 * on the same database, IdP and encryption key, as a second process behind a load balancer.
 */
export async function startApiReplica(h: ApiHarness, options: { redis?: Redis } = {}): Promise<ApiReplica> {
  const db = createPrismaClient(h.config.databaseUrl);
  const api = await createApiServer({ db, config: h.config, encryptionKey: h.encryptionKey, logger: pino({ level: 'silent' }), redis: options.redis });
  await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(api.server.address() as AddressInfo).port}/graphql`,
    async close() {
      await api.close();
      await db.$disconnect();
    },
  };
}
