import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { prepareBenchPortal } from './prepare-bench-portal.ts';
import { startBenchProcess } from './start-bench-process.ts';
const dir = mkdtempSync(join(tmpdir(), 'gwp-'));
const echo = await startBenchProcess('echo-upstream');
const portal = await prepareBenchPortal(dir, echo.url, 1000);
process.env.BENCH_PROFILE = '/tmp/gwprof3';
const bare = await startBenchProcess('bare-proxy', { BENCH_UPSTREAM: echo.url });
const gateway = await startBenchProcess('gateway', { BENCH_DATABASE_PATH: portal.databasePath });
const authorization = portal.tokens.map((t) => `Bearer ${t}`);
let next = 0;
const run = (url: string, duration: number) => autocannon({ url, connections: 50, duration, requests: [{ method: 'GET', setupRequest: (r) => ({ ...r, headers: { authorization: authorization[next++ % authorization.length]! } }) }] });
const totals: Record<string, number> = { bare: 0, gateway: 0 };
for (let i = 0; i < 3; i++) {
  for (const [name, p, url] of [['bare', bare, `${bare.url}/anything/x?y=1`], ['gateway', gateway, `${gateway.url}/bench/x?y=1`]] as const) {
    const c0 = (await p.memory(false)).cpuMicros;
    const r = await run(url, 6);
    const c1 = (await p.memory(false)).cpuMicros;
    totals[name] += r.requests.total;
    console.log(name, Math.round(r.requests.average), 'req/s', Math.round((c1 - c0) / r.requests.total), 'µs/req');
  }
}
console.log(totals);
bare.stop(); gateway.stop(); echo.stop(); await new Promise((r) => setTimeout(r, 1500)); process.exit(0);
