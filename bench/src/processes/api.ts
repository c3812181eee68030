/**
 * The GraphQL API as apps/api/src/main.ts runs it (its own process, the same server, Prisma on the
 * SQLite file or the PostgreSQL database of DATABASE_URL), on a database the benchmark prepared.
 * Two optional probes, each off unless asked:
 *
 * - BENCH_COUNT_QUERIES=1: counts the SQL statements Prisma sends (its query events) and, on
 *   PostgreSQL, every query any connection of the process sends (`pg.Client#query`, which the
 *   pool of @prisma/adapter-pg and the change listener both use): Prisma's statements plus
 *   transaction control and the listener's round trips (packages/db/src/postgresql/change-listener.ts).
 * - BENCH_TIME_IDP=1: for each HTTP request, the time spent waiting for the identity provider,
 *   from undici's diagnostics channels: from `undici:request:create` (the request to the IdP is
 *   made, in the async context of the GraphQL request that makes it) to `undici:request:trailers`
 *   (its answer fully received) or `undici:request:error`. The portal's own time of a request is
 *   its time in this process (request in to response finished) minus that. The IdP's share
 *   is also sent back in a `Server-Timing: idp;dur=<ms>` header.
 *
 * - BENCH_ANSWER_CACHE=off: without the answer cache (apps/api/src/server/answer-cache.ts), so
 *   every request reads the database; the scale benchmark measures the queries themselves this way.
 *
 * Rate limiting is off: the load comes from one address, which production would throttle.
 * The benchmark starts it with NODE_ENV=production, as packages/stack starts the API.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { loadConfig, loadEncryptionKey } from '@gatehouse/config';
import { createPrismaClient } from '@gatehouse/db';
import pg from 'pg';
import { pino } from 'pino';
import { createApiServer } from '../../../apps/api/src/server/create-api-server.ts';
import { serveChild } from '../child-process.ts';

const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
let queries = 0;
let roundTrips = 0;
if (process.env.BENCH_COUNT_QUERIES === '1' && config.databaseUrl.startsWith('postgres')) {
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    roundTrips++;
    return query.apply(this, args);
  } as typeof pg.Client.prototype.query;
}
const db = createPrismaClient(config.databaseUrl, process.env.BENCH_COUNT_QUERIES === '1' ? { onQuery: () => void queries++ } : {});
// Connected before the first request, as main.ts is by its start-up work (migrations, seeding).
await db.$connect();
const api = await createApiServer({
  db,
  config,
  encryptionKey: loadEncryptionKey(config),
  logger: pino({ level: 'silent' }),
  limits: { rate: false },
  answerCache: process.env.BENCH_ANSWER_CACHE !== 'off',
});

interface Timing {
  /** Calls to the IdP now outstanding for this request, and since when one has been. */
  outstanding: number;
  since: number;
  /** Wall-clock time with at least one call outstanding: overlapping calls count once. */
  idpMs: number;
  idpCalls: number;
}
const samples: { totalMs: number; idpMs: number; idpCalls: number }[] = [];
if (process.env.BENCH_TIME_IDP === '1') {
  const current = new AsyncLocalStorage<Timing>();
  const outbound = new WeakMap<object, Timing>();
  subscribe('undici:request:create', (message) => {
    const timing = current.getStore();
    if (!timing) return;
    outbound.set((message as { request: object }).request, timing);
    timing.idpCalls++;
    if (timing.outstanding++ === 0) timing.since = performance.now();
  });
  const done = (message: unknown) => {
    const request = (message as { request: object }).request;
    const timing = outbound.get(request);
    if (!timing) return;
    outbound.delete(request);
    if (--timing.outstanding === 0) timing.idpMs += performance.now() - timing.since;
  };
  subscribe('undici:request:trailers', done);
  subscribe('undici:request:error', done);

  const [handler] = api.server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  api.server.removeAllListeners('request');
  api.server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const timing: Timing = { outstanding: 0, since: 0, idpMs: 0, idpCalls: 0 };
    const startedAt = performance.now();
    res.once('finish', () => samples.push({ totalMs: performance.now() - startedAt, idpMs: timing.idpMs, idpCalls: timing.idpCalls }));
    // The IdP's share also goes back to the caller (Server-Timing), so it can subtract it from
    // the total it saw. writeHead runs for every response, explicitly or from end().
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    res.writeHead = ((...args: unknown[]) => {
      if (!res.headersSent) res.setHeader('server-timing', `idp;dur=${timing.idpMs.toFixed(2)}`);
      return writeHead(...args);
    }) as typeof res.writeHead;
    current.run(timing, () => handler!(req, res));
  });
}

await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
// How long callbacks waited for the event loop (e.g. a request before its handler ran).
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
serveChild(`http://127.0.0.1:${(api.server.address() as AddressInfo).port}/graphql`, {
  queries: () => queries,
  roundTrips: () => (config.databaseUrl.startsWith('postgres') ? roundTrips : null),
  timings: () => samples.splice(0),
  loopDelay: () => {
    const figures = { p99Ms: loopDelay.percentile(99) / 1e6, maxMs: loopDelay.max / 1e6 };
    loopDelay.reset();
    return figures;
  },
});
