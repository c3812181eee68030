import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { register, WEB_CLIENT } from './test-support/oauth-requests.ts';
import { startTestIdp, type TestIdp } from './test-support/start-test-idp.ts';

describe('logging', () => {
  let t: TestIdp | undefined;
  afterEach(() => t?.cleanup());

  it("routes oidc-provider's start-up warnings to the logger instead of the console", async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const warn = vi.spyOn(console, 'warn');
    const info = vi.spyOn(console, 'info');

    t = await startTestIdp({ logger });

    expect(warn).not.toHaveBeenCalled();
    expect(info).not.toHaveBeenCalled();
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 20, msg: 'oidc-provider notice (expected)', notice: expect.stringMatching(/devInteractions is enabled/) }),
    );
    expect(lines.filter((l) => (l.level as number) >= 40)).toEqual([]);
  });

  it('logs a refused registration with the code and description the client received', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    t = await startTestIdp({ logger });

    await register(t.idp, { ...WEB_CLIENT, redirect_uris: ['app://oauth.tools/callback/code'] });

    expect(lines).toContainEqual(
      expect.objectContaining({
        msg: 'request refused',
        event: 'registration_create.error',
        error: 'invalid_redirect_uri',
        description: 'redirect_uris must only contain web uris',
      }),
    );
  });
});
