/**
 * What Prometheus metrics cost the gateway: the same gateway with metrics off and with metrics on
 * (GATEWAY_METRICS_PORT, scraped every 5 s), in one run, on 127.0.0.1, each in a process of its own
 * in front of the same echo upstream. Rounds alternate off, on, on, off, ... so that load from
 * elsewhere on the machine and warming up weigh on both alike; medians are reported.
 *
 *   pnpm --filter @gatehouse/gateway bench:metrics   # BENCH_SECONDS=10 BENCH_ROUNDS=4 BENCH_CONNECTIONS=50 BENCH_CLIENTS=1000 BENCH_WARMUP_SECONDS=8
 *
 * Target: with metrics on, throughput at least 95% of metrics off. Throughput on a busy machine
 * swings more than that between rounds, so the run also times, in this process alone, what the
 * metrics add to each request (CPU time of the calls the gateway makes per relayed request).
 */
import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import type { ApiRoute } from '../src/api-definition.ts';
import { GatewayMetrics, UPSTREAM_ANSWERED } from '../src/gateway-metrics.ts';
import { stop } from '../src/test-support/listen.ts';
import { load, print, startBenchSession } from './bench-session.ts';
import { prepareBenchPortal } from './prepare-bench-portal.ts';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const seconds = env('BENCH_SECONDS', 10);
const rounds = env('BENCH_ROUNDS', 4);
const warmupSeconds = env('BENCH_WARMUP_SECONDS', 8);
const connections = env('BENCH_CONNECTIONS', 50);
const clients = env('BENCH_CLIENTS', 1000);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const { dir, start, end } = startBenchSession();

try {
  const echo = await start('echo-upstream');
  const portal = await prepareBenchPortal(dir, echo.url, clients);
  const targets = [
    { name: 'metrics off', process: await start('gateway', { BENCH_DATABASE_PATH: portal.databasePath }), rps: [] as number[], cpu: [] as number[] },
    { name: 'metrics on', process: await start('gateway', { BENCH_DATABASE_PATH: portal.databasePath, BENCH_METRICS: '1' }), rps: [] as number[], cpu: [] as number[] },
  ];
  const authorization = portal.tokens.map((token) => `Bearer ${token}`);
  let next = 0;
  const run = (url: string, duration: number) =>
    autocannon({
      url: `${url}/bench/x?y=1`,
      connections,
      duration,
      requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, headers: { authorization: authorization[next++ % authorization.length]! } }) }],
    });

  for (const target of targets) await run(target.process.url, warmupSeconds);
  print(`${rounds} rounds of ${seconds} s per gateway (off, on, on, off, ...), ${connections} connections, ${clients} clients with a distinct RS256 token each`);
  for (let round = 1; round <= rounds; round++) {
    const order = round % 2 === 1 ? targets : [...targets].reverse();
    for (const target of order) {
      const before = await target.process.memory(false);
      const result = await run(target.process.url, seconds);
      const after = await target.process.memory(false);
      const cpuPerRequest = (after.cpuMicros - before.cpuMicros) / result.requests.total;
      target.rps.push(result.requests.average);
      target.cpu.push(cpuPerRequest);
      print(`  round ${round} ${target.name.padEnd(12)} ${Math.round(result.requests.average).toString().padStart(6)} req/s  p99 ${result.latency.p99} ms  ${Math.round(cpuPerRequest)} µs CPU/req  non-2xx ${result.non2xx}  errors ${result.errors}`);
    }
  }
  const [off, on] = targets.map((t) => ({ rps: median(t.rps), cpu: median(t.cpu) }));
  const ratio = on!.rps / off!.rps;
  print();
  print(`median of ${rounds} rounds: metrics off ${Math.round(off!.rps)} req/s, ${Math.round(off!.cpu)} µs CPU/req; metrics on ${Math.round(on!.rps)} req/s, ${Math.round(on!.cpu)} µs CPU/req`);
  print(`gateway throughput with metrics: ${(ratio * 100).toFixed(1)}% of metrics off (target >= 95%) ${ratio >= 0.95 ? 'met' : 'NOT met'}; ${Math.round(on!.cpu - off!.cpu)} µs CPU per request more`);
  print(`metrics bookkeeping: ${bookkeepingMicros().toFixed(2)} µs CPU per relayed request (token cache lookup, request counter, two histograms; 1 000 000 requests in this process)`);
  print(`load average after: ${load()}`);
  await stop(portal.jwks);
} finally {
  end();
}

/** CPU time of the metrics calls one relayed request makes, averaged over a million, after a warm-up. */
function bookkeepingMicros(): number {
  const metrics = new GatewayMetrics({ processMetrics: false });
  const routes = ['a', 'b', 'c'].map((name) => ({ definition: { name } }) as ApiRoute);
  const request = (i: number) => {
    const route = routes[i % 3]!;
    const startedAt = performance.now();
    metrics.tokenCacheLookup(true);
    metrics.requestFinished(route, 200, UPSTREAM_ANSWERED, startedAt, startedAt + 0.4);
    metrics.upstreamFinished(route, startedAt + 0.1, startedAt + 0.4);
  };
  for (let i = 0; i < 200_000; i++) request(i);
  const before = process.cpuUsage();
  const count = 1_000_000;
  for (let i = 0; i < count; i++) request(i);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / count;
}
