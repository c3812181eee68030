import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';

/** Access tokens and ID tokens are signed with RS256, the algorithm every JOSE library verifies. */
export const SIGNING_ALG = 'RS256';

/**
 * What the IdP keeps secret between restarts, as one file.
 *
 * It is a private JWK Set (RFC 7517 section 5) whose `keys` the provider signs with, newest
 * first; oidc-provider signs with the first key that fits the algorithm and publishes the public
 * half of all of them, so a retired-but-kept key still verifies tokens issued before a rotation.
 * `cookieKeys` is an extra member, which section 5 lets a JWK Set carry: the secrets the
 * provider signs its session cookies with (newest first, as Keygrip expects).
 */
export interface KeyFile {
  keys: JWK[];
  cookieKeys: string[];
}

export async function generateSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(SIGNING_ALG, { modulusLength: 2048, extractable: true });
  const jwk = await exportJWK(privateKey);
  // RFC 7638 thumbprint as kid: stable, unique per key, and derivable by anyone holding the key.
  const kid = await calculateJwkThumbprint(jwk);
  return { ...jwk, kid, alg: SIGNING_ALG, use: 'sig' };
}

/** Reads the key file, or creates it with one signing key and one cookie key on first start. */
export async function loadOrCreateKeyFile(path: string): Promise<KeyFile> {
  if (existsSync(path)) return readKeyFile(path);
  const file: KeyFile = { keys: [await generateSigningKey()], cookieKeys: [randomBytes(32).toString('base64url')] };
  writeKeyFile(path, file);
  return file;
}

/**
 * Puts a new signing key first, so new tokens use it. Older keys stay in the JWKS unless
 * `retirePrevious` drops them, which is how a test makes tokens signed with the old key fail.
 */
export async function rotateSigningKeyInFile(path: string, file: KeyFile, retirePrevious: boolean): Promise<KeyFile> {
  const next: KeyFile = { ...file, keys: [await generateSigningKey(), ...(retirePrevious ? [] : file.keys)] };
  writeKeyFile(path, next);
  return next;
}

/** Public kid of the key new tokens are signed with. */
export function currentKid(file: KeyFile): string {
  const kid = file.keys[0]?.kid;
  if (!kid) throw new Error('the IdP key file has no signing key');
  return kid;
}

function readKeyFile(path: string): KeyFile {
  let parsed: Partial<KeyFile>;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<KeyFile>;
  } catch (cause) {
    // Never regenerate over an unreadable file: that would silently invalidate every token.
    throw new Error(`IdP key file ${path} is not valid JSON; fix or delete it`, { cause });
  }
  const keys = Array.isArray(parsed.keys) ? parsed.keys : [];
  const cookieKeys = Array.isArray(parsed.cookieKeys) ? parsed.cookieKeys : [];
  if (!keys.some((k) => k.kty === 'RSA' && typeof k.d === 'string' && typeof k.kid === 'string') || cookieKeys.length === 0) {
    throw new Error(`IdP key file ${path} has no RSA private signing key with a kid, or no cookie key; fix or delete it`);
  }
  return { keys, cookieKeys };
}

/** Written atomically (temp file + rename) and readable by the owner only: it holds private keys. */
function writeKeyFile(path: string, file: KeyFile): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, path);
}
