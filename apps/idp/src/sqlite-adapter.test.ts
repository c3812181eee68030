import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openSqliteStore, type SqliteStore } from './sqlite-adapter.ts';

describe('SQLite adapter', () => {
  let dir: string;
  let store: SqliteStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gatehouse-idp-adapter-'));
    store = openSqliteStore(join(dir, 'nested', 'idp.db'));
  });
  afterEach(() => {
    vi.useRealTimers();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps a payload without expiry across reopening the file', async () => {
    await store.adapterFactory('Client').upsert('c1', { client_id: 'c1', redirect_uris: ['http://localhost:7777'] });
    store.close();
    store = openSqliteStore(join(dir, 'nested', 'idp.db'));
    expect(await store.adapterFactory('Client').find('c1')).toEqual({ client_id: 'c1', redirect_uris: ['http://localhost:7777'] });
  });

  it('keys rows by model and id', async () => {
    await store.adapterFactory('AccessToken').upsert('x', { jti: 'x', kind: 'AccessToken' }, 60);
    expect(await store.adapterFactory('RefreshToken').find('x')).toBeUndefined();
    expect(await store.adapterFactory('AccessToken').find('x')).toMatchObject({ jti: 'x' });
  });

  it('stops finding a row once expiresIn has passed, and purges it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const codes = store.adapterFactory('AuthorizationCode');
    await codes.upsert('code', { jti: 'code' }, 60);
    vi.setSystemTime(new Date('2030-01-01T00:00:59Z'));
    expect(await codes.find('code')).toBeDefined();
    vi.setSystemTime(new Date('2030-01-01T00:01:00Z'));
    expect(await codes.find('code')).toBeUndefined();
    expect(store.purgeExpired()).toBe(1);
  });

  it('marks a consumed row, and an upsert starts it fresh', async () => {
    const codes = store.adapterFactory('AuthorizationCode');
    await codes.upsert('code', { jti: 'code' }, 60);
    await codes.consume('code');
    expect((await codes.find('code'))?.consumed).toEqual(expect.any(Number));
    await codes.upsert('code', { jti: 'code' }, 60);
    expect((await codes.find('code'))?.consumed).toBeUndefined();
  });

  it('finds sessions by uid and device codes by user code', async () => {
    await store.adapterFactory('Session').upsert('s1', { uid: 'u1', accountId: 'alice' }, 60);
    await store.adapterFactory('DeviceCode').upsert('d1', { userCode: 'ABCD-EFGH' }, 60);
    expect(await store.adapterFactory('Session').findByUid('u1')).toMatchObject({ accountId: 'alice' });
    expect(await store.adapterFactory('DeviceCode').findByUserCode('ABCD-EFGH')).toMatchObject({ userCode: 'ABCD-EFGH' });
    expect(await store.adapterFactory('Session').findByUid('nope')).toBeUndefined();
  });

  it('revokes every token of a grant, and only those', async () => {
    await store.adapterFactory('AccessToken').upsert('at1', { grantId: 'g1' }, 60);
    await store.adapterFactory('RefreshToken').upsert('rt1', { grantId: 'g1' }, 60);
    await store.adapterFactory('AccessToken').upsert('at2', { grantId: 'g2' }, 60);
    await store.adapterFactory('Grant').revokeByGrantId('g1');
    expect(await store.adapterFactory('AccessToken').find('at1')).toBeUndefined();
    expect(await store.adapterFactory('RefreshToken').find('rt1')).toBeUndefined();
    expect(await store.adapterFactory('AccessToken').find('at2')).toBeDefined();
  });

  it('destroys a row', async () => {
    const clients = store.adapterFactory('Client');
    await clients.upsert('c1', { client_id: 'c1' });
    await clients.destroy('c1');
    expect(await clients.find('c1')).toBeUndefined();
  });
});
