import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './repo-root.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { loadEncryptionKey } from './load-encryption-key.ts';
import { SecretBox } from './secret-box.ts';

const dirs: string[] = [];
const tempDataDir = () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'gatehouse-key-')), 'data');
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(join(dir, '..'), { recursive: true, force: true });
});

describe('loadEncryptionKey', () => {
  it('uses GATEHOUSE_ENCRYPTION_KEY when set, and writes no key file', () => {
    const key = randomBytes(32);
    const dataDir = tempDataDir();
    expect(loadEncryptionKey({ encryptionKey: key.toString('base64'), dataDir, mode: 'production' }).equals(key)).toBe(true);
    expect(existsSync(join(dataDir, 'encryption.key'))).toBe(false);
  });

  it('refuses to start in production mode without it, naming the variable', () => {
    expect(() => loadEncryptionKey({ dataDir: tempDataDir(), mode: 'production' })).toThrow(/GATEHOUSE_ENCRYPTION_KEY must be set outside local mode/);
  });

  it('generates a local key once, readable by the owner only, and reuses it on the next start', () => {
    const dataDir = tempDataDir();
    const first = loadEncryptionKey({ dataDir, mode: 'local' });
    const file = join(dataDir, 'encryption.key');
    expect(first).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(file, 'utf8'), 'base64').equals(first)).toBe(true);

    const sealed = new SecretBox(first).seal('client-secret');
    const second = loadEncryptionKey({ dataDir, mode: 'local' });
    expect(second.equals(first)).toBe(true);
    expect(new SecretBox(second).open(sealed)).toBe('client-secret');
    // Another data directory gets another key.
    expect(loadEncryptionKey({ dataDir: tempDataDir(), mode: 'local' }).equals(first)).toBe(false);
  });

  it('refuses a damaged key file instead of failing later on the first secret', () => {
    const dataDir = tempDataDir();
    loadEncryptionKey({ dataDir, mode: 'local' });
    writeFileSync(join(dataDir, 'encryption.key'), 'dHJ1bmNhdGVk');
    expect(() => loadEncryptionKey({ dataDir, mode: 'local' })).toThrow(/encryption\.key does not hold a 32-byte base64 key/);
  });

  it('keeps the default key file out of git', () => {
    // Exit status 0: the path is ignored (.gitignore has .data/).
    expect(() => execFileSync('git', ['check-ignore', '--quiet', '.data/encryption.key'], { cwd: repoRoot })).not.toThrow();
    expect(() => execFileSync('git', ['check-ignore', '--quiet', 'packages/config/src/load-encryption-key.ts'], { cwd: repoRoot })).toThrow();
  });
});
