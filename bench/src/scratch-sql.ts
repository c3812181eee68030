import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PrismaClient } from '@gatehouse/db';
import { loadScaleData } from './load-scale-data.ts';
import { PrismaBetterSqlite3 } from '../../packages/db/node_modules/@prisma/adapter-better-sqlite3/dist/index.mjs';
import Database from 'better-sqlite3';
const dir = mkdtempSync(join(tmpdir(), 'scratch-'));
const s = await loadScaleData(dir, { apis: 10000, clients: 100000, developers: 1000 });
console.log('loaded', s.loadSeconds, s.databasePath);
const db = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${s.databasePath}` }), log: [{ emit: 'event', level: 'query' }] });
const raw = new Database(s.databasePath);
const seen: { q: string; d: number; p: string }[] = [];
(db as any).$on('query', (e: any) => seen.push({ q: e.query, d: e.duration, p: e.params }));
const run = async (name: string, f: () => Promise<unknown>) => {
  seen.length = 0;
  await f();
  seen.length = 0;
  const t = performance.now();
  await f();
  console.log(`\n### ${name}: ${(performance.now() - t).toFixed(1)} ms`);
  for (const x of seen) {
    console.log(`  ${x.d} ms: ${x.q.slice(0, 260)}`);
    try {
      const plan = raw.prepare('EXPLAIN QUERY PLAN ' + x.q).all(...JSON.parse(x.p)).map((r: any) => r.detail).join(' | ');
      console.log(`     plan: ${plan}`);
    } catch (e) { console.log('     plan error', (e as Error).message.slice(0, 100)); }
  }
};
const dev = s.developerId;
await run('oauth clients listAll 100', () => db.oAuthClient.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 101, include: { developer: true, catalogueEntries: { include: { policy: true, dcrOverride: true } } } }));
await run('my clients 100', () => db.oAuthClient.findMany({ where: { developerId: dev }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 101, include: { developer: true, catalogueEntries: { include: { policy: true, dcrOverride: true } } } }));
await run('developers 100', () => db.user.findMany({ where: { role: 'DEVELOPER' }, orderBy: { id: 'asc' }, take: 101, include: { _count: { select: { clients: true } } } }));
await run('audit 100', () => db.auditEvent.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 101, include: { actor: true } }));
await run('apis 100', () => db.api.findMany({ orderBy: { id: 'asc' }, take: 101 }));
await run('defaultFor', () => db.api.findMany({ where: { defaultPolicyId: { in: ['x', 'y'] } }, orderBy: { name: 'asc' } }));
await run('catalogue visible', () => db.catalogueEntry.findMany({ where: { visible: true }, include: { policy: true, dcrOverride: true }, orderBy: { publicName: 'asc' } }));
await run('entries by policy', () => db.catalogueEntry.findMany({ where: { policyId: { in: ['a', 'b'] } }, include: { policy: true, dcrOverride: true }, orderBy: { publicName: 'asc' } }));
await run('dev clients 100', () => db.oAuthClient.findMany({ where: { developerId: dev }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 101, include: { catalogueEntries: { orderBy: { publicName: 'asc' } } } }));
await run('session', () => db.session.findUnique({ where: { tokenHash: 'x' }, include: { user: true } }));
