import { isDeepStrictEqual } from 'node:util';
import autocannon, { type Result } from 'autocannon';
import type { BenchChild } from './child-process.ts';
import { PORTAL_REQUESTS } from './portal-queries.ts';
import { median } from './stats.ts';

export interface ThroughputFigures {
  name: string;
  api: TargetFigures;
  baseline: TargetFigures;
  /** API req/s over the baseline's (target: at least 0.5). */
  ratio: number;
}

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
 * Item 1: each portal query against the API process and against the baseline, under
 * `connections` concurrent connections, in alternating rounds (API, baseline, API, ...) so load
 * from elsewhere on the machine spreads over both; medians of the rounds.
 */
export async function measureThroughput(api: BenchChild, baseline: BenchChild, cookie: string, options: ThroughputOptions, log: (line: string) => void): Promise<ThroughputFigures[]> {
  const figures: ThroughputFigures[] = [];
  for (const request of PORTAL_REQUESTS) {
    const targets = [
      { name: 'api', url: api.url, child: api },
      { name: 'baseline', url: `${baseline.url}${request.baselinePath}`, child: baseline },
    ] as const;
    const answers = await Promise.all(targets.map((t) => post(t.url, request.body, cookie)));
    if (!isDeepStrictEqual(answers[0], answers[1])) {
      throw new Error(`the baseline's answer to ${request.name} differs from the API's:\n${JSON.stringify(answers[0]).slice(0, 400)}\n${JSON.stringify(answers[1]).slice(0, 400)}`);
    }
    const run = (url: string, duration: number) =>
      autocannon({ url, connections: options.connections, duration, method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: request.body });
    for (const target of targets) await run(target.url, options.warmupSeconds);
    const results: Record<'api' | 'baseline', (Result & { cpuMicros: number })[]> = { api: [], baseline: [] };
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
    const apiFigures = summary(results.api);
    const baselineFigures = summary(results.baseline);
    figures.push({ name: request.name, api: apiFigures, baseline: baselineFigures, ratio: apiFigures.rps / baselineFigures.rps });
  }
  return figures;
}

async function post(url: string, body: string, cookie: string): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
  const json = await res.json();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${JSON.stringify(json)}`);
  return json;
}
