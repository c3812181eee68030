import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadConfig } from '@gatehouse/config';
import { afterAll, describe, expect, it } from 'vitest';
import { createIdp } from './create-idp.ts';
import { IdpBrowser } from './test-support/idp-browser.ts';
import { register } from './test-support/oauth-requests.ts';
import { startTestIdp } from './test-support/start-test-idp.ts';

const dir = mkdtempSync(join(tmpdir(), 'gatehouse-idp-login-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the development login (any user name) in production mode', () => {
  it('stops the IdP process at start with a message naming IDP_LOGIN and GATEHOUSE_MODE', async () => {
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'main.ts')], {
      env: { ...process.env, GATEHOUSE_MODE: 'production', IDP_LOGIN: 'development', GATEHOUSE_DATA_DIR: dir, IDP_PORT: '4999', LOG_LEVEL: 'silent' },
      timeout: 30_000,
    });
    const failure = (await run.then(
      () => null,
      (error: unknown) => error,
    )) as { code?: number; stderr?: string } | null;
    expect(failure?.code).not.toBe(0);
    expect(failure?.stderr).toContain('IDP_LOGIN');
    expect(failure?.stderr).toContain('GATEHOUSE_MODE=production');
    expect(failure?.stderr).toContain('IDP_LOGIN=portal');
  });

  it('is refused by the configuration and by createIdp, and allowed in local mode', async () => {
    expect(() => loadConfig({ GATEHOUSE_MODE: 'production', IDP_LOGIN: 'development', GATEHOUSE_ENCRYPTION_KEY: Buffer.alloc(32).toString('base64') })).toThrow(/IDP_LOGIN/);
    expect(loadConfig({ IDP_LOGIN: 'development' }).idp.login).toBe('development');
    expect(loadConfig({ GATEHOUSE_MODE: 'production' }).idp.login).toBe('portal');
    await expect(
      createIdp({ issuer: 'http://127.0.0.1:0/oauth/v2/oauth-anonymous', dbPath: join(dir, 'idp.db'), audience: 'http://127.0.0.1:8080', mode: 'production', developmentLogin: true }),
    ).rejects.toThrow(/GATEHOUSE_MODE=production/);
  });

  it('is not what the IdP serves when it signs people in with their Gatehouse account', async () => {
    const t = await startTestIdp({ accounts: { signIn: async () => ({ result: 'invalid-credentials', message: 'Email or password is incorrect.' }), find: async () => null } });
    try {
      const client = (await register(t.idp)).body;
      const browser = new IdpBrowser(t.idp.issuer);
      const params = { client_id: client.client_id, redirect_uri: 'http://localhost:7777', response_type: 'code', scope: 'openid', code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', code_challenge_method: 'S256' };
      const page = await browser.open(`${t.idp.endpoints.authorization}?${new URLSearchParams(params)}`);
      if (page instanceof URL) throw new Error(`unexpected redirect to ${page.href}`);
      expect(page.html).toContain('Use your Gatehouse account');
      expect(page.html).not.toContain('Enter any login');
      // oidc-provider's own development routes are not there either.
      const uid = /interaction\/([^/"]+)\/login/.exec(page.html)![1];
      const dev = await fetch(`${t.idp.issuer}/interaction/${uid}/submit`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'prompt=login&login=anyone' });
      expect(dev.status).toBeGreaterThanOrEqual(400);
    } finally {
      await t.cleanup();
    }
  });
});
