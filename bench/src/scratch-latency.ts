import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChild } from './child-process.ts';
import { seedPortal } from './seed-portal.ts';
import { PORTAL_REQUESTS } from './portal-queries.ts';
const dir = mkdtempSync(join(tmpdir(), 'lat-'));
const idp = await startChild('idp', { BENCH_IDP_DB: join(dir, 'idp.db') });
const portal = await seedPortal(join(dir, 'portal'), idp.url, { entries: 100, clients: 100, registrants: 1 });
const baseline = await startChild('baseline', { BENCH_DATABASE_PATH: portal.databasePath });
const api = await startChild('api', { ...portal.apiEnv, BENCH_COUNT_QUERIES: '1' });
const cookie = portal.developerCookie;
const extra = process.argv[2] ? [{ name: 'health', baselinePath: '/catalogue', body: JSON.stringify({ query: '{ health }' }) }, { name: 'me', baselinePath: '/catalogue', body: JSON.stringify({ query: '{ me { id } }' }) }] : [];
for (const r of [...PORTAL_REQUESTS, ...extra]) {
  for (const [name, url] of [['api', api.url], ['baseline', baseline.url + r.baselinePath]] as const) {
    const post = () => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: r.body }).then((x) => x.text());
    for (let i = 0; i < 30; i++) await post();
    const q0 = await api.ask<number>('queries');
    const child = name === 'api' ? api : baseline;
    const c0 = await child.ask<number>('cpu');
    const t = performance.now();
    for (let i = 0; i < 100; i++) await post();
    console.log(r.name, name, ((performance.now() - t) / 100).toFixed(2), 'ms/req', (((await child.ask<number>('cpu')) - c0) / 100).toFixed(0), 'µs CPU/req', name === 'api' ? ((await api.ask<number>('queries')) - q0) / 100 + ' queries/req' : '');
  }
}
await api.stop(); await baseline.stop(); await idp.stop();
