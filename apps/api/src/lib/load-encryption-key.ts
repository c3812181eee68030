import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The key comes from GATEHOUSE_ENCRYPTION_KEY. Without it (local mode), a key is generated once
 * into the data directory, which git ignores, so a laptop install needs no setup and a second
 * start can still read what the first one encrypted.
 */
export function loadEncryptionKey(config: { encryptionKey?: string; dataDir: string; mode: string }): Buffer {
  if (config.encryptionKey) return Buffer.from(config.encryptionKey, 'base64');
  if (config.mode === 'production') {
    throw new Error('GATEHOUSE_ENCRYPTION_KEY must be set outside local mode (32 random bytes, base64: openssl rand -base64 32)');
  }
  const file = join(config.dataDir, 'encryption.key');
  if (existsSync(file)) {
    const stored = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
    // A truncated or edited file would otherwise fail later, on the first secret opened.
    if (stored.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key; restore it from a backup (secrets sealed with it cannot be read without it).`);
    return stored;
  }
  mkdirSync(dirname(file), { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('base64'), { mode: 0o600, flag: 'wx' });
  return key;
}
