import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { prepareBenchPortal } from './prepare-bench-portal.ts';
import { startBenchProcess } from './start-bench-process.ts';
const dir = mkdtempSync(join(tmpdir(), 'gwab-'));
const echo = await startBenchProcess('echo-upstream');
const portal = await prepareBenchPortal(dir, echo.url, 1000);
const variants = (process.env.VARIANTS ?? 'BASE').split(',');
const G = {};
const procs = [['bare', await startBenchProcess('bare-proxy', { BENCH_UPSTREAM: echo.url, ...G }), '/anything/x?y=1'] as const];
for (const v of variants) procs.push([v, await startBenchProcess('gateway', { BENCH_DATABASE_PATH: portal.databasePath, ...Object.fromEntries(v.split('+').map((f) => [f, '1'])), ...G }), '/bench/x?y=1'] as any);
for (const [n, p] of procs) console.log('PROC', n, (p as any).pid);
const authorization = portal.tokens.map((t) => `Bearer ${t}`);
let next = 0;
const run = (url: string, duration: number) => autocannon({ url, connections: 50, duration, requests: [{ method: 'GET', setupRequest: (r) => ({ ...r, headers: { authorization: authorization[next++ % authorization.length]! } }) }] });
for (const [, p, path] of procs) await run(`${p.url}${path}`, 2);
const res: Record<string, number[]> = {};
const totals: Record<string, number> = {};
for (let i = 0; i < 4; i++) for (const [name, p, path] of procs) {
  const c0 = (await p.memory(false)).cpuMicros; const r = await run(`${p.url}${path}`, Number(process.env.DUR ?? 4)); const c1 = (await p.memory(false)).cpuMicros;
  (res[name] ??= []).push(Math.round((c1 - c0) / r.requests.total));
  totals[name] = (totals[name] ?? 0) + r.requests.total;
}
for (const [k, v] of Object.entries(res)) console.log(k.padEnd(16), 'min', Math.min(...v), 'all', v.join(' '));
console.log('TOTALS', JSON.stringify(totals));
for (const [, p] of procs) p.stop(); echo.stop(); await new Promise((r) => setTimeout(r, 1500)); process.exit(0);
