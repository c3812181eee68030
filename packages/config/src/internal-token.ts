import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from './config-error.ts';

/**
 * The secret the API and the embedded IdP present to each other's internal endpoints. From
 * GATEHOUSE_INTERNAL_TOKEN; in local mode, without it, one is generated into the data dir on the
 * first start, so the two processes of `npm start` agree with no setup.
 */
export function loadInternalToken(config: { internalToken?: string; dataDir: string; mode: string }): string {
  if (config.internalToken) return config.internalToken;
  if (config.mode === 'production') {
    throw new ConfigError('Invalid environment:\n  GATEHOUSE_INTERNAL_TOKEN: set it outside local mode, to the same value for the API and the embedded IdP (openssl rand -base64 32)');
  }
  const file = join(config.dataDir, 'internal-token');
  mkdirSync(config.dataDir, { recursive: true });
  // The API and the IdP start together: write a temp file and hard-link it into place, which
  // fails if the other process won, so both read one complete token.
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, randomBytes(32).toString('base64url'), { mode: 0o600 });
  try {
    linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(temp, { force: true });
  }
  return readFileSync(file, 'utf8').trim();
}

/** Whether a request carries the internal token (RFC 6750 section 2.1), compared in constant time. */
export function presentsInternalToken(req: IncomingMessage, token: string): boolean {
  const match = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/.exec(req.headers.authorization ?? '');
  if (!match) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(match[1]!), digest(token));
}
