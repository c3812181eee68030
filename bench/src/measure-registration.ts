import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { BenchChild } from './child-process.ts';
import { percentile } from './stats.ts';

const CREATE_CLIENT = `mutation CreateClient($input: CreateOAuthClientInput!) { createOAuthClient(input: $input) {
  __typename ... on CreateOAuthClientSuccess { client { id clientId } } ... on ValidationError { message } ... on IdpRegistrationError { error message } } }`;

export interface RegistrationFigures {
  submissions: number;
  concurrency: number;
  /** As the benchmark's HTTP client saw each submission. */
  total: Quantiles;
  /** The IdP's share: waiting for the embedded IdP's answers, measured in the API process. */
  idp: Quantiles;
  /** In the API process, minus the IdP's share. Target p95 <= 15 ms. */
  portal: Quantiles;
  /** The client's total minus the IdP's share (Server-Timing): adds the wait before the API process took the request. */
  clientMinusIdp: Quantiles;
  /** Calls to the IdP per registration (the most seen). */
  idpCallsPerRegistration: number;
  /** CPU time of the API process per registration, µs (steadier than latency on a shared machine). */
  apiCpuMicros: number;
  /** The API's event loop delay, worst round: p99 and max, ms. */
  loopDelay: { p99Ms: number; maxMs: number };
}

interface Quantiles {
  p50: number;
  p95: number;
  max: number;
}

/**
 * Item 2: `rounds` times, every registrant submits the wizard's last step (createOAuthClient for
 * the demo catalogue entry) at the same moment: `registrants` registrations at the embedded IdP
 * at once. The API process (BENCH_TIME_IDP=1, processes/api.ts) times each request and the IdP's
 * share of it.
 */
export async function measureRegistration(api: BenchChild, cookies: string[], entryId: string, rounds: number, log: (line: string) => void): Promise<RegistrationFigures> {
  const submit = async (cookie: string) => {
    const startedAt = performance.now();
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        query: CREATE_CLIENT,
        variables: { input: { catalogueEntryIds: [entryId], clientName: `Bench app ${randomUUID().slice(0, 8)}`, redirectUris: ['https://app.example.test/callback'], idempotencyKey: randomUUID() } },
      }),
    });
    const body = (await res.json()) as { data?: { createOAuthClient: { __typename: string } }; errors?: unknown };
    const elapsed = performance.now() - startedAt;
    const kind = body.data?.createOAuthClient.__typename;
    if (kind !== 'CreateOAuthClientSuccess') throw new Error(`registration failed: ${JSON.stringify(body).slice(0, 500)}`);
    const idpMs = Number(/idp;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1] ?? Number.NaN);
    return { elapsed, idpMs };
  };
  // Warm-up: JIT on both sides, the IdP's keys and database, connections.
  for (const cookie of cookies.slice(0, 5)) await submit(cookie);
  await api.ask('timings');
  await api.ask('loopDelay');

  const cpuBefore = await api.ask<number>('cpu');
  const loopDelay = { p99Ms: 0, maxMs: 0 };
  const totals: number[] = [];
  const clientMinusIdp: number[] = [];
  const samples: { totalMs: number; idpMs: number; idpCalls: number }[] = [];
  for (let round = 1; round <= rounds; round++) {
    const answers = await Promise.all(cookies.map(submit));
    totals.push(...answers.map((a) => a.elapsed));
    clientMinusIdp.push(...answers.map((a) => a.elapsed - a.idpMs));
    const loop = await api.ask<{ p99Ms: number; maxMs: number }>('loopDelay');
    loopDelay.p99Ms = Math.max(loopDelay.p99Ms, loop.p99Ms);
    loopDelay.maxMs = Math.max(loopDelay.maxMs, loop.maxMs);
    const timings = await api.ask<{ totalMs: number; idpMs: number; idpCalls: number }[]>('timings');
    samples.push(...timings);
    log(`  round ${round}: ${cookies.length} at once, event loop delay p99 ${loop.p99Ms.toFixed(0)} ms, total p95 ${percentile(totals.slice(-cookies.length), 95).toFixed(1)} ms, portal p95 ${percentile(timings.map((s) => s.totalMs - s.idpMs), 95).toFixed(1)} ms`);
  }
  const apiCpuMicros = ((await api.ask<number>('cpu')) - cpuBefore) / totals.length;
  log(`  API process CPU per registration ${apiCpuMicros.toFixed(0)} µs; event loop delay worst p99 ${loopDelay.p99Ms.toFixed(1)} ms, max ${loopDelay.maxMs.toFixed(1)} ms`);
  const q = (values: number[]): Quantiles => ({ p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values) });
  return {
    submissions: totals.length,
    concurrency: cookies.length,
    total: q(totals),
    idp: q(samples.map((s) => s.idpMs)),
    portal: q(samples.map((s) => s.totalMs - s.idpMs)),
    clientMinusIdp: q(clientMinusIdp),
    idpCallsPerRegistration: Math.max(...samples.map((s) => s.idpCalls)),
    apiCpuMicros,
    loopDelay,
  };
}
