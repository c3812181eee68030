import { describe, expect, it, vi } from 'vitest';
import type { ApiDefinition } from './api-definition.ts';
import type { GatewayLogger } from './gateway-logger.ts';
import { createPollingApiDefinitionSource } from './polling-api-definition-source.ts';

function api(name: string, listenPath: string): ApiDefinition {
  return { id: name, name, listenPath, upstreamUrl: 'http://127.0.0.1:4200', jwksUri: 'http://127.0.0.1:4100/jwks', issuer: null, audience: null, identitySource: 'client_id' };
}

function recordingLogger(): GatewayLogger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, debug: () => {}, info: () => {}, error: () => {}, warn: (_details, message) => warnings.push(message) };
}

describe('createPollingApiDefinitionSource', () => {
  it('loads at start and picks up a change on the next refresh, without a restart', async () => {
    let rows = [api('a', '/a/')];
    const source = createPollingApiDefinitionSource({ load: async () => rows, intervalMs: 20 });
    await source.start();
    try {
      expect(source.current().match('/a/x')?.definition.name).toBe('a');

      rows = [api('b', '/b/')];
      await vi.waitFor(() => expect(source.current().match('/b/x')?.definition.name).toBe('b'), { timeout: 1000, interval: 10 });
      expect(source.current().match('/a/x')).toBeUndefined();
    } finally {
      source.close();
    }
  });

  it('keeps the table object when nothing changed', async () => {
    const source = createPollingApiDefinitionSource({ load: async () => [api('a', '/a/')] });
    await source.refresh();
    const first = source.current();
    await source.refresh();
    expect(source.current()).toBe(first);
  });

  it('keeps serving the last good table when a refresh fails', async () => {
    const logger = recordingLogger();
    let fail = false;
    const source = createPollingApiDefinitionSource({
      load: async () => {
        if (fail) throw new Error('database is locked');
        return [api('a', '/a/')];
      },
      logger,
    });
    await source.refresh();
    fail = true;
    await source.refresh();
    expect(source.current().size).toBe(1);
    expect(logger.warnings).toEqual(['could not refresh API definitions; keeping the previous ones']);
  });

  it('does not reject start when the first load fails (the database may not be migrated yet)', async () => {
    const source = createPollingApiDefinitionSource({ load: () => Promise.reject(new Error('no such table: Api')), logger: recordingLogger() });
    await expect(source.start()).resolves.toBeUndefined();
    expect(source.current().size).toBe(0);
    source.close();
  });
});
