import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChild } from './child-process.ts';
import { seedPortal } from './seed-portal.ts';
import { PORTAL_REQUESTS } from './portal-queries.ts';
const dir = mkdtempSync(join(tmpdir(), 'cpu-'));
const portal = await seedPortal(join(dir, 'portal'), 'http://127.0.0.1:9/oauth/v2/oauth-anonymous', { entries: 100, clients: 100, registrants: 1 });
const api = await startChild('api', portal.apiEnv);
for (const r of PORTAL_REQUESTS) {
  const post = () => fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', cookie: portal.developerCookie }, body: r.body }).then((x) => x.text());
  for (let i = 0; i < 50; i++) await post();
  const out: string[] = [];
  for (let k = 0; k < 3; k++) {
    const c0 = await api.ask<number>('cpu');
    for (let i = 0; i < 100; i++) await post();
    out.push((((await api.ask<number>('cpu')) - c0) / 100).toFixed(0));
  }
  console.log(r.name, out.join(' '), 'µs CPU/req');
}
await api.stop();
