/**
 * `pnpm bench`: every benchmark of docs/benchmarks.md, in about a quarter of an hour on two cores;
 * rewrites the generated part of docs/benchmarks.md with the figures, the machine and the date.
 * The PostgreSQL parts run when PostgreSQL answers (GATEHOUSE_DEV_POSTGRES_URL, default
 * postgresql://postgres@127.0.0.1:5432/test; each creates a throw-away database there and drops
 * it), the gateway's Redis target when Redis answers (BENCH_REDIS_URL, default
 * redis://127.0.0.1:6379). What each measures and how: docs/benchmarks.md.
 *
 *   BENCH_ONLY=portal,registration,scale,spa,gateway,portal-pg,scale-pg,gateway-redis
 *                        run some (docs/benchmarks.md is then left alone); a PostgreSQL or Redis part
 *                        named here fails the run when its server does not answer
 *   BENCH_QUICK=1        short rounds and a small scale portal, to try the command
 *   BENCH_SKIP_BUILD=1   measure apps/web/dist as it is instead of building
 *   BENCH_WRITE=1        write docs/benchmarks.md even so (to check the report)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBenchDatabase, whyNoPostgres, type BenchDatabase, type BenchDatabaseKind } from './bench-database.ts';
import { startChild, type BenchChild } from './child-process.ts';
import { loadScaleData } from './load-scale-data.ts';
import { currentLoad, describeMachine } from './machine.ts';
import { measureRegistration } from './measure-registration.ts';
import { measureScale } from './measure-scale.ts';
import { buildSpa, measureSpa } from './measure-spa.ts';
import { measureThroughput } from './measure-throughput.ts';
import { runGatewayBench } from './run-gateway-bench.ts';
import { seedPortal, type BenchPortal } from './seed-portal.ts';
import { whyNoRedis } from './why-no-redis.ts';
import { writeReport, type PortalReport, type Report, type ScaleReport } from './write-report.ts';

const quick = process.env.BENCH_QUICK === '1';
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const runs = (part: string) => !only || only.includes(part);
const named = (part: string) => only?.includes(part) ?? false;
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const log = (line = '') => process.stdout.write(`${line}\n`);
const section = (title: string) => log(`\n== ${title} (load ${currentLoad()})`);

const startedAt = new Date();
const machine = describeMachine();
log(`machine: ${machine.cores} cores, ${machine.cpu}, node ${machine.node}; load average at start ${machine.load}`);
const report: Report = { startedAt, machine, quick };
const dir = mkdtempSync(join(tmpdir(), 'gatehouse-bench-'));
const children: BenchChild[] = [];
const databases: BenchDatabase[] = [];
const start = async (name: string, env: Record<string, string> = {}) => {
  // The API runs as packages/stack starts it, with NODE_ENV=production.
  const child = await startChild(name, name === 'api' ? { NODE_ENV: 'production', ...env } : env);
  children.push(child);
  return child;
};
const database = async (kind: BenchDatabaseKind, name: string) => {
  const created = await createBenchDatabase(kind, join(dir, name));
  databases.push(created);
  return created;
};
const stopChildren = async () => {
  for (const child of children.splice(0)) await child.stop();
};

/** The portal queries: `api` (answer cache on), the same API with it off, and the baseline for the database. */
async function measurePortal(portal: BenchPortal, api: BenchChild, baseline: 'baseline' | 'baseline-pg'): Promise<PortalReport> {
  const uncached = await start('api', { ...portal.apiEnv, BENCH_ANSWER_CACHE: 'off' });
  const reference = await start(baseline, { BENCH_DATABASE_URL: portal.databaseUrl });
  const options = quick ? { connections: 50, seconds: 3, rounds: 1, warmupSeconds: 1 } : { connections: 50, seconds: 8, rounds: 3, warmupSeconds: 4 };
  const loadAtStart = currentLoad();
  const figures = await measureThroughput({ api, uncached, baseline: reference }, portal.developerCookie, options, log);
  for (const f of figures) log(`  ${f.name}: API/baseline req/s ${(f.ratio * 100).toFixed(0)}%, without the answer cache ${(f.uncachedRatio * 100).toFixed(0)}%`);
  await uncached.stop();
  await reference.stop();
  return { ...options, loadAtStart, figures };
}

/** The list queries on a large portal in a database of `kind`. */
async function measureLists(kind: BenchDatabaseKind): Promise<ScaleReport> {
  const counts = quick ? { apis: 1000, clients: 10_000, developers: 100 } : { apis: 10_000, clients: 100_000, developers: 1000 };
  const name = `scale-${kind}`;
  const scale = await loadScaleData(join(dir, name), await database(kind, name), counts);
  log(`  loaded in ${scale.loadSeconds.toFixed(1)} s: ${Object.entries(scale.rows).map(([t, n]) => `${n} ${t}`).join(', ')}`);
  // Without the answer cache: the developer's queries, repeated, would be answered from memory.
  const api = await start('api', { ...scale.apiEnv, BENCH_ANSWER_CACHE: 'off' });
  const counter = await start('api', { ...scale.apiEnv, BENCH_ANSWER_CACHE: 'off', BENCH_COUNT_QUERIES: '1' });
  const samples = quick ? 10 : 40;
  const loadAtStart = currentLoad();
  const cookies = { admin: scale.adminCookie, developer: scale.developerCookie };
  const figures = await measureScale(api, counter, cookies, scale.developerId, samples, log);
  await stopChildren();
  return { counts, rows: scale.rows, loadSeconds: scale.loadSeconds, samples, loadAtStart, figures };
}

/** Whether the server a part needs answers; a part named in BENCH_ONLY may not be skipped. */
async function available(parts: string[], why: () => Promise<string | null>): Promise<boolean> {
  if (!parts.some(runs)) return false;
  const problem = await why();
  if (!problem) return true;
  if (parts.some(named)) throw new Error(`${parts.filter(named).join(', ')}: ${problem}`);
  log(`\nskipping ${parts.join(', ')}: ${problem}`);
  return false;
}

try {
  if (runs('portal') || runs('registration') || runs('spa')) {
    const idp = await start('idp', { BENCH_IDP_DB: join(dir, 'idp.db') });
    const portal = await seedPortal(join(dir, 'portal'), await database('sqlite', 'portal'), idp.url, { entries: 100, clients: 100, registrants: 50 });
    // The API as production runs it, without the registration probe (its AsyncLocalStorage costs time).
    const api = await start('api', portal.apiEnv);

    if (runs('portal')) {
      section('1. catalogue and my clients: API vs plain node:http baseline');
      report.portal = await measurePortal(portal, api, 'baseline');
    }
    if (runs('spa')) {
      section('4. SPA: JavaScript for the signed-in catalogue, largest contentful paint');
      let distDir = join(dir, 'web-dist');
      if (process.env.BENCH_SKIP_BUILD === '1') distDir = new URL('../../apps/web/dist', import.meta.url).pathname;
      else await buildSpa(distDir);
      const loadAtStart = currentLoad();
      report.spa = { loadAtStart, figures: await measureSpa(distDir, api.url, portal.developerCookie, quick ? 2 : 5) };
      log(`  ${report.spa.figures.loaded.length} scripts, ${(report.spa.figures.loadedGzip / 1024).toFixed(1)} KB gzip; admin screens' source files loaded: ${report.spa.figures.adminSourcesLoaded.length}; LCP ${report.spa.figures.lcp.map((l) => l.toFixed(0)).join(', ')} ms`);
    }
    if (runs('registration')) {
      await api.stop();
      const timedApi = await start('api', { ...portal.apiEnv, BENCH_TIME_IDP: '1' });
      section('2. registration: 50 concurrent createOAuthClient at the embedded IdP');
      const rounds = quick ? 1 : 4;
      report.registration = { loadAtStart: currentLoad(), rounds, figures: await measureRegistration(timedApi, portal.registrantCookies, portal.dcrEntryId, rounds, log) };
      const { total, idp, portal: own, clientMinusIdp, idpCallsPerRegistration } = report.registration.figures;
      log(
        `  p50/p95: total ${total.p50.toFixed(1)}/${total.p95.toFixed(1)} ms, IdP ${idp.p50.toFixed(1)}/${idp.p95.toFixed(1)} ms, portal ${own.p50.toFixed(1)}/${own.p95.toFixed(1)} ms, ` +
          `total minus IdP ${clientMinusIdp.p50.toFixed(1)}/${clientMinusIdp.p95.toFixed(1)} ms; ${idpCallsPerRegistration} IdP calls per registration`,
      );
    }
    await stopChildren();
  }

  if (runs('scale')) {
    section('3. scale: list queries on a large portal');
    report.scale = await measureLists('sqlite');
  }

  if (await available(['portal-pg', 'scale-pg'], whyNoPostgres)) {
    if (runs('portal-pg')) {
      section('6. PostgreSQL: catalogue and my clients, API vs plain node:http + pg baseline');
      const idp = await start('idp', { BENCH_IDP_DB: join(dir, 'idp-pg.db') });
      const portal = await seedPortal(join(dir, 'portal-pg'), await database('postgresql', 'portal-pg'), idp.url, { entries: 100, clients: 100, registrants: 0 });
      report.portalPg = await measurePortal(portal, await start('api', portal.apiEnv), 'baseline-pg');
      await stopChildren();
    }
    if (runs('scale-pg')) {
      section('7. PostgreSQL: list queries on a large portal');
      report.scalePg = await measureLists('postgresql');
    }
    for (const created of databases.splice(0)) await created.drop();
  }

  const redis = await available(['gateway-redis'], () => whyNoRedis(redisUrl));
  if (runs('gateway') || redis) {
    section(`5. gateway${redis ? ', with Redis-backed limits as a fourth target' : ''}, shorter rounds`);
    const env = quick
      ? { BENCH_SECONDS: '2', BENCH_ROUNDS: '1', BENCH_WARMUP_SECONDS: '1', BENCH_CLIENTS: '200' }
      : { BENCH_SECONDS: '6', BENCH_ROUNDS: '3', BENCH_WARMUP_SECONDS: '5', BENCH_CLIENTS: '1000' };
    report.gateway = { settings: env, figures: await runGatewayBench(redis ? { ...env, BENCH_REDIS_URL: redisUrl } : env, redis, log) };
  }

  report.finishedAt = new Date();
  report.loadAtEnd = currentLoad();
  log(`\ndone in ${((report.finishedAt.getTime() - startedAt.getTime()) / 60_000).toFixed(1)} min; load average ${report.loadAtEnd}`);
  if ((only || quick) && process.env.BENCH_WRITE !== '1') log('BENCH_ONLY or BENCH_QUICK is set: docs/benchmarks.md left as it is.');
  else log(`wrote ${writeReport(report)}`);
} finally {
  for (const child of children) await child.stop();
  for (const created of databases) await created.drop().catch((error: unknown) => log(`could not drop a benchmark database: ${String(error)}`));
  rmSync(dir, { recursive: true, force: true });
}
