import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Named in start-up errors, so an operator knows what to set or restore. */
export const ENCRYPTION_KEY_VARIABLE = 'GATEHOUSE_ENCRYPTION_KEY';

/**
 * The key comes from GATEHOUSE_ENCRYPTION_KEY. Without it (local mode), a key is generated once
 * into the data directory, which git ignores, so a laptop install needs no setup and a second
 * start can still read what the first one encrypted. The portal API and the embedded IdP read
 * the same key, so either may be the first to create it.
 */
export function loadEncryptionKey(config: { encryptionKey?: string; dataDir: string; mode: string }): Buffer {
  if (config.encryptionKey) return Buffer.from(config.encryptionKey, 'base64');
  if (config.mode === 'production') {
    throw new Error(`${ENCRYPTION_KEY_VARIABLE} must be set outside local mode (32 random bytes, base64: openssl rand -base64 32)`);
  }
  const file = join(config.dataDir, 'encryption.key');
  if (!existsSync(file)) createKeyFile(file);
  const stored = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  // A truncated or edited file would otherwise fail later, on the first secret opened.
  if (stored.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key; restore it from a backup (secrets sealed with it cannot be read without it).`);
  return stored;
}

/**
 * Written whole under a temporary name, then linked into place: link() fails if another
 * process (the API or the IdP starting at the same time) got there first, and then its key wins.
 */
function createKeyFile(file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, randomBytes(32).toString('base64'), { mode: 0o600 });
  try {
    linkSync(temp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    unlinkSync(temp);
  }
}
