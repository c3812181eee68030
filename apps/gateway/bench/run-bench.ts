/**
 * Measures what the gateway costs on top of a plain proxy, on 127.0.0.1:
 *
 *   echo directly  ->  bare proxy (same undici client) -> echo  ->  gateway (JWT + policy + limits) -> echo
 *
 * Each server runs in a process of its own; autocannon runs here. Every request carries the RS256
 * token of one of BENCH_CLIENTS portal clients, in turn, to all three targets alike. The targets
 * are measured in rounds (echo, bare, gateway, echo, ...) so that load from elsewhere on the
 * machine spreads over all three; medians are reported with the spread.
 *
 *   pnpm --filter @gatehouse/gateway bench                 # BENCH_SECONDS=10 BENCH_ROUNDS=3 BENCH_CONNECTIONS=50 BENCH_CLIENTS=1000 BENCH_WARMUP_SECONDS=10
 *   BENCH_LONG=1 pnpm --filter @gatehouse/gateway bench    # memory over BENCH_LONG_REQUESTS=1000000 with BENCH_LONG_CLIENTS=20000
 *   pnpm --filter @gatehouse/gateway bench:redis           # adds a gateway counting limits in Redis (BENCH_REDIS_URL)
 *
 * With BENCH_REDIS_URL a fourth target runs in the same rounds: the gateway with its limits in
 * Redis and usage flushed to it (REDIS_URL), with its Redis calls per request counted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import autocannon, { type Result } from 'autocannon';
import { Redis } from 'ioredis';
import { buildApiTable } from '../src/build-api-table.ts';
import { buildClientIndex, buildPolicyIndex } from '../src/build-portal-snapshot.ts';
import { PortalDatabaseRepo } from '../src/portal-database.repo.ts';
import { stop } from '../src/test-support/listen.ts';
import { prepareBenchPortal } from './prepare-bench-portal.ts';
import { startBenchProcess, type BenchProcess } from './start-bench-process.ts';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const long = process.env.BENCH_LONG === '1';
const seconds = env('BENCH_SECONDS', 10);
const rounds = env('BENCH_ROUNDS', 3);
const warmupSeconds = env('BENCH_WARMUP_SECONDS', 10);
const connections = env('BENCH_CONNECTIONS', 50);
const clients = long ? env('BENCH_LONG_CLIENTS', 20_000) : env('BENCH_CLIENTS', 1000);
const longRequests = env('BENCH_LONG_REQUESTS', 1_000_000);
const redisUrl = process.env.BENCH_REDIS_URL;
const redisPrefix = `gatehouse-bench:${randomUUID()}:`;

const print = (line = '') => process.stdout.write(`${line}\n`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

print(`machine: ${availableParallelism()} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}`);
print(`load average before: ${load()}`);

const dir = mkdtempSync(join(tmpdir(), 'gatehouse-bench-'));
const started: BenchProcess[] = [];
const start = async (name: string, vars: Record<string, string> = {}) => {
  const child = await startBenchProcess(name, vars);
  started.push(child);
  return child;
};

try {
  const echo = await start('echo-upstream');
  const portal = await prepareBenchPortal(dir, echo.url, clients);
  const bare = await start('bare-proxy', { BENCH_UPSTREAM: echo.url });
  const gateway = await start('gateway', { BENCH_DATABASE_PATH: portal.databasePath });
  const redisGateway = redisUrl ? await start('gateway', { BENCH_DATABASE_PATH: portal.databasePath, BENCH_REDIS_URL: redisUrl, BENCH_REDIS_PREFIX: redisPrefix }) : undefined;

  // What the gateway does after a commit to the portal database (docs/decisions/004): a client
  // change reads and indexes every client; any other commit reads only the small tables.
  const repo = PortalDatabaseRepo.open(portal.databasePath);
  const timeReload = (clientsChanged: boolean) => {
    const unchanged = repo.read(undefined).version;
    const reloads = Array.from({ length: 7 }, () => {
      const started = performance.now();
      const read = repo.read(clientsChanged ? undefined : unchanged);
      const clientIndex = buildClientIndex(read.clients ?? []);
      buildPolicyIndex(read.policyRows, clientIndex.entryKeys);
      buildApiTable(read.policyRows.apis);
      return performance.now() - started;
    }).sort((a, b) => a - b);
    return `median ${reloads[3]!.toFixed(1)} ms, max ${reloads[6]!.toFixed(1)} ms`;
  };
  print(`portal reload after a client change (${clients} clients): ${timeReload(true)}; after another commit: ${timeReload(false)} (7 each)`);
  repo.close();

  const authorization = portal.tokens.map((token) => `Bearer ${token}`);
  let next = 0;
  const run = (url: string, options: { duration?: number; amount?: number }) =>
    autocannon({
      url,
      connections,
      ...options,
      // Each request carries the next client's token: distinct per client, the same for every target.
      requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, headers: { authorization: authorization[next++ % authorization.length]! } }) }],
    });

  // `process` is the one each target adds: its CPU time per request does not depend on what else
  // the machine runs, unlike req/s, so it is reported beside them.
  const targets = [
    { name: 'echo directly', url: `${echo.url}/anything/x?y=1`, process: echo },
    { name: 'bare undici proxy', url: `${bare.url}/anything/x?y=1`, process: bare },
    { name: 'gateway (JWT+policy)', url: `${gateway.url}/bench/x?y=1`, process: gateway },
    ...(redisGateway ? [{ name: 'gateway+Redis limits', url: `${redisGateway.url}/bench/x?y=1`, process: redisGateway }] : []),
  ];
  /** Redis calls of the Redis gateway per request, per round. */
  const redisPerRequest: { limitCalls: number; batches: number }[] = [];
  // Warm-up: connections, JIT, and every token verified once (the gateway's cache, docs/decisions/003).
  for (const target of targets) await run(target.url, { duration: warmupSeconds });
  const memoryBefore = await gateway.memory(true);

  if (long) {
    print(`long run: ${longRequests} requests through the gateway, ${connections} connections, ${clients} clients (verified-token cache holds 10000 per API)`);
    // Every 15 s: RSS, and the heap after a full GC (what is really kept; the GC costs a pause).
    const samples: string[] = [];
    const sampler = setInterval(() => void gateway.memory(true).then((m) => samples.push(`${mb(m.rss)}/${mb(m.heapUsed)}`)), 15_000);
    const result = await run(targets[2]!.url, { amount: longRequests });
    clearInterval(sampler);
    const memoryAfter = await gateway.memory(true);
    print(`  ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}, errors ${result.errors}`);
    print(`  gateway RSS/heap before ${mb(memoryBefore.rss)}/${mb(memoryBefore.heapUsed)}, after ${mb(memoryAfter.rss)}/${mb(memoryAfter.heapUsed)}`);
    print(`  every 15 s: ${samples.join(', ')}`);
  } else {
    print(`${rounds} rounds of ${seconds} s per target, ${connections} connections, ${clients} clients with a distinct RS256 token each`);
    const results = new Map<string, (Result & { cpuPerRequest: number })[]>(targets.map((t) => [t.name, []]));
    for (let round = 1; round <= rounds; round++) {
      for (const target of targets) {
        const before = await target.process.memory(false);
        const result = await run(target.url, { duration: seconds });
        const after = await target.process.memory(false);
        const cpuPerRequest = (after.cpuMicros - before.cpuMicros) / result.requests.total;
        if (target.process === redisGateway) {
          // Per request the gateway received (autocannon counts only those it saw answered).
          const delta = (name: string) => (after.counters[name] ?? 0) - (before.counters[name] ?? 0);
          redisPerRequest.push({ limitCalls: delta('redisLimitCalls') / delta('requests'), batches: delta('redisBatches') / delta('requests') });
        }
        results.get(target.name)!.push({ ...result, cpuPerRequest });
        print(
          `  round ${round} ${target.name.padEnd(21)} ${Math.round(result.requests.average).toString().padStart(6)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  ` +
            `${Math.round(cpuPerRequest)} µs CPU/req  non-2xx ${result.non2xx}  errors ${result.errors}`,
        );
      }
    }
    const memoryAfter = await gateway.memory(true);

    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const summary = (name: string) => {
      const rs = results.get(name)!;
      const rps = rs.map((r) => r.requests.average);
      return {
        rps: median(rps), min: Math.min(...rps), max: Math.max(...rps),
        p50: median(rs.map((r) => r.latency.p50)), p99: median(rs.map((r) => r.latency.p99)), cpu: median(rs.map((r) => r.cpuPerRequest)),
      };
    };
    print();
    print(`median of ${rounds} rounds        req/s (min-max)        p50     p99     CPU/request (the target's process)`);
    for (const { name } of targets) {
      const s = summary(name);
      print(`  ${name.padEnd(21)} ${Math.round(s.rps).toString().padStart(6)} (${Math.round(s.min)}-${Math.round(s.max)})`.padEnd(48) + `${s.p50} ms`.padEnd(8) + `${s.p99} ms`.padEnd(8) + `${Math.round(s.cpu)} µs`);
    }
    const bareSummary = summary(targets[1]!.name);
    const gatewaySummary = summary(targets[2]!.name);
    const ratio = gatewaySummary.rps / bareSummary.rps;
    const p99Delta = gatewaySummary.p99 - bareSummary.p99;
    print();
    print(`gateway throughput: ${(ratio * 100).toFixed(1)}% of the bare proxy (target >= 85%) ${ratio >= 0.85 ? 'met' : 'NOT met'}`);
    print(`gateway p99: ${p99Delta >= 0 ? '+' : ''}${p99Delta} ms over the bare proxy (target <= +2 ms) ${p99Delta <= 2 ? 'met' : 'NOT met'}`);
    print(`gateway CPU per request: ${Math.round(gatewaySummary.cpu - bareSummary.cpu)} µs over the bare proxy's ${Math.round(bareSummary.cpu)} µs`);
    if (redisGateway) {
      const redisSummary = summary('gateway+Redis limits');
      const redisRatio = redisSummary.rps / bareSummary.rps;
      const worst = (key: 'limitCalls' | 'batches') => Math.max(...redisPerRequest.map((r) => r[key])).toFixed(3);
      print(`gateway with Redis limits: ${(redisRatio * 100).toFixed(1)}% of the bare proxy's throughput (target >= 80%) ${redisRatio >= 0.8 ? 'met' : 'NOT met'}; ${Math.round(redisSummary.cpu - bareSummary.cpu)} µs CPU per request over it`);
      print(`  Redis round trips per request (most of any round): ${worst('limitCalls')} on the request path (limit script, target <= 1), ${worst('batches')} off it (usage flush, one MULTI a second)`);
    }
    print(`gateway memory: RSS ${mb(memoryBefore.rss)} -> ${mb(memoryAfter.rss)}, heap ${mb(memoryBefore.heapUsed)} -> ${mb(memoryAfter.heapUsed)} (after a full GC)`);
  }
  print(`load average after: ${load()}`);
  await stop(portal.jwks);
} finally {
  for (const child of started) child.stop();
  if (redisUrl) {
    // The run's limit states would otherwise stay for the bench policy's 30-day quota period.
    const redis = new Redis(redisUrl);
    await redis.eval("for _, k in ipairs(redis.call('KEYS', ARGV[1])) do redis.call('DEL', k) end", 0, `${redisPrefix}*`).catch(() => {});
    redis.disconnect();
  }
  rmSync(dir, { recursive: true, force: true });
}
