import { isDeepStrictEqual } from 'node:util';
import autocannon, { type Result } from 'autocannon';
import type { BenchChild } from './child-process.ts';
import { PORTAL_REQUESTS } from './portal-queries.ts';
import { median } from './stats.ts';

export interface ThroughputFigures {
  name: string;
  /** The API as it runs in production, with its answer cache. */
  api: TargetFigures;
  /** The same API with the answer cache off: every request reads the database. */
  uncached: TargetFigures;
  baseline: TargetFigures;
  /** API req/s over the baseline's (target: at least 0.5). */
  ratio: number;
  uncachedRatio: number;
}

type TargetName = 'api' | 'uncached' | 'baseline';

interface TargetFigures {
  rps: number;
  min: number;
  max: number;
  p50: number;
  p99: number;
  /** CPU time of the target's process per request, µs: steadier than req/s on a shared machine. */
  cpuMicros: number;
  errors: number;
}

export interface ThroughputOptions {
  connections: number;
  seconds: number;
  rounds: number;
  warmupSeconds: number;
}

/**
 * The portal part: each portal query against the API process, the API without its answer cache and the
 * baseline, under `connections` concurrent connections, in alternating rounds (API, uncached,
 * baseline, API, ...) so load from elsewhere on the machine spreads over all; medians of the rounds.
 */
export async function measureThroughput(
  processes: Record<TargetName, BenchChild>,
  cookie: string,
  options: ThroughputOptions,
  log: (line: string) => void,
): Promise<ThroughputFigures[]> {
  const figures: ThroughputFigures[] = [];
  for (const request of PORTAL_REQUESTS) {
    const targets = (['api', 'uncached', 'baseline'] as const).map((name) => ({
      name,
      child: processes[name],
      url: name === 'baseline' ? `${processes.baseline.url}${request.baselinePath}` : processes[name].url,
    }));
    const answers = await Promise.all(targets.map((t) => post(t.url, request.body, cookie)));
    for (const [i, target] of targets.entries()) {
      if (!isDeepStrictEqual(answers[0], answers[i])) {
        throw new Error(`the ${target.name} answer to ${request.name} differs from the API's:\n${JSON.stringify(answers[0]).slice(0, 400)}\n${JSON.stringify(answers[i]).slice(0, 400)}`);
      }
    }
    const run = (url: string, duration: number) =>
      autocannon({ url, connections: options.connections, duration, method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: request.body });
    for (const target of targets) await run(target.url, options.warmupSeconds);
    const results: Record<TargetName, (Result & { cpuMicros: number })[]> = { api: [], uncached: [], baseline: [] };
    for (let round = 1; round <= options.rounds; round++) {
      for (const target of targets) {
        const cpuBefore = await target.child.ask<number>('cpu');
        const result = await run(target.url, options.seconds);
        const cpuMicros = ((await target.child.ask<number>('cpu')) - cpuBefore) / Math.max(1, result.requests.total);
        results[target.name].push({ ...result, cpuMicros });
        log(
          `  ${request.name} round ${round} ${target.name.padEnd(8)} ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
            `${Math.round(cpuMicros)} µs CPU/req, non-2xx ${result.non2xx}, errors ${result.errors}`,
        );
      }
    }
    const summary = (rs: (Result & { cpuMicros: number })[]): TargetFigures => {
      const rps = rs.map((r) => r.requests.average);
      return {
        rps: median(rps),
        min: Math.min(...rps),
        max: Math.max(...rps),
        p50: median(rs.map((r) => r.latency.p50)),
        p99: median(rs.map((r) => r.latency.p99)),
        cpuMicros: median(rs.map((r) => r.cpuMicros)),
        errors: rs.reduce((sum, r) => sum + r.errors + r.non2xx + r.timeouts, 0),
      };
    };
    const [api, uncached, baseline] = [summary(results.api), summary(results.uncached), summary(results.baseline)];
    figures.push({ name: request.name, api, uncached, baseline, ratio: api.rps / baseline.rps, uncachedRatio: uncached.rps / baseline.rps });
  }
  return figures;
}

async function post(url: string, body: string, cookie: string): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
  const json = await res.json();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${JSON.stringify(json)}`);
  return json;
}
