import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import { ENCRYPTION_KEY_VARIABLE, type SecretBox } from '@gatehouse/config';

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
  /**
   * Where each signing key is in its life, by kid: `next` (published, not signing yet, so
   * gateways can fetch it before the first token it signs), `current` (signs), `retired`
   * (published until `removeAfter`, epoch seconds, so tokens it signed verify until they expire),
   * then removed. A file written before this existed reads as: first key current, others retired.
   */
  lifecycle?: Record<string, KeyLifecycle>;
}

/**
 * Where the key file lives and the box that seals it. On disk the file is `{ "sealed": "v1...." }`:
 * the whole JWK Set encrypted with the portal's encryption key, so no private key parameter
 * (`d`, `p`, `q`, ...) and no cookie key is ever written in clear.
 */
export interface KeyFileStore {
  path: string;
  box: SecretBox;
}

export interface KeyLifecycle {
  state: 'next' | 'current' | 'retired';
  /** Retired keys only: when no token it signed can still be valid. */
  removeAfter?: number;
}

export async function generateSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(SIGNING_ALG, { modulusLength: 2048, extractable: true });
  const jwk = await exportJWK(privateKey);
  // RFC 7638 thumbprint as kid: stable, unique per key, and derivable by anyone holding the key.
  const kid = await calculateJwkThumbprint(jwk);
  return { ...jwk, kid, alg: SIGNING_ALG, use: 'sig' };
}

/**
 * Reads the key file, or creates it with one signing key and one cookie key on first start. A
 * file written in clear (before key files were sealed) is read once and sealed in place.
 */
export async function loadOrCreateKeyFile(store: KeyFileStore): Promise<KeyFile> {
  if (existsSync(store.path)) {
    const { file, sealed } = readKeyFile(store);
    if (!sealed) writeKeyFile(store, file);
    return file;
  }
  const file: KeyFile = { keys: [await generateSigningKey()], cookieKeys: [randomBytes(32).toString('base64url')] };
  writeKeyFile(store, file);
  return file;
}

const epoch = () => Math.floor(Date.now() / 1000);

/** The state of a key; files without a lifecycle: the first key signs, the others are retired. */
export function stateOf(file: KeyFile, kid: string): KeyLifecycle {
  return file.lifecycle?.[kid] ?? (file.keys[0]?.kid === kid ? { state: 'current' } : { state: 'retired' });
}

/**
 * Keys ordered as oidc-provider needs them (the first RS256 key signs ID tokens): current, next,
 * then retired ones, newest first.
 */
function ordered(keys: JWK[], lifecycle: Record<string, KeyLifecycle>): JWK[] {
  const rank = { current: 0, next: 1, retired: 2 } as const;
  return keys.map((key, i) => ({ key, i })).sort((a, b) => rank[lifecycle[a.key.kid!]!.state] - rank[lifecycle[b.key.kid!]!.state] || a.i - b.i).map(({ key }) => key);
}

/**
 * Brings a key file up to date at start and on a timer: announces a next key when there is none
 * and removes retired keys whose tokens have all expired. Writes the file only when it changed.
 */
export async function maintainKeyFile(store: KeyFileStore, file: KeyFile, now = epoch()): Promise<KeyFile> {
  const lifecycle: Record<string, KeyLifecycle> = Object.fromEntries(file.keys.map((k) => [k.kid!, stateOf(file, k.kid!)]));
  let keys = file.keys.filter((k) => {
    const life = lifecycle[k.kid!]!;
    return !(life.state === 'retired' && life.removeAfter !== undefined && life.removeAfter <= now);
  });
  let changed = keys.length !== file.keys.length || !file.lifecycle;
  if (!keys.some((k) => lifecycle[k.kid!]!.state === 'next')) {
    const next = await generateSigningKey();
    lifecycle[next.kid!] = { state: 'next' };
    keys = [...keys, next];
    changed = true;
  }
  if (!changed) return file;
  const kept = Object.fromEntries(keys.map((k) => [k.kid!, lifecycle[k.kid!]!]));
  const updated: KeyFile = { ...file, keys: ordered(keys, kept), lifecycle: kept };
  writeKeyFile(store, updated);
  return updated;
}

/**
 * One rotation: the announced next key starts signing, the current one retires and stays
 * published for `retiredFor` seconds (the longest lifetime of a token it signed), and a new next
 * key is announced. `retirePrevious` drops the retired keys at once instead, so tokens they
 * signed stop verifying (for a leaked key).
 */
export async function rotateSigningKeyInFile(store: KeyFileStore, file: KeyFile, options: { retiredFor: number; retirePrevious: boolean }): Promise<KeyFile> {
  const current = await maintainKeyFile(store, file);
  const lifecycle: Record<string, KeyLifecycle> = { ...current.lifecycle };
  for (const key of current.keys) {
    const life = lifecycle[key.kid!]!;
    if (life.state === 'current') lifecycle[key.kid!] = { state: 'retired', removeAfter: epoch() + options.retiredFor };
    if (life.state === 'next') lifecycle[key.kid!] = { state: 'current' };
  }
  const keys = current.keys.filter((k) => !(options.retirePrevious && lifecycle[k.kid!]!.state === 'retired'));
  const kept = Object.fromEntries(keys.map((k) => [k.kid!, lifecycle[k.kid!]!]));
  return maintainKeyFile(store, { ...current, keys: ordered(keys, kept), lifecycle: kept });
}

/** The public view of the keys' states, for the CLI and the admin screen. */
export function describeKeys(file: KeyFile): { kid: string; state: KeyLifecycle['state']; removeAfter: string | null }[] {
  return file.keys.map((k) => {
    const life = stateOf(file, k.kid!);
    return { kid: k.kid!, state: life.state, removeAfter: life.removeAfter ? new Date(life.removeAfter * 1000).toISOString() : null };
  });
}

/** Public kid of the key new tokens are signed with. */
export function currentKid(file: KeyFile): string {
  const kid = file.keys.find((k) => stateOf(file, k.kid!).state === 'current')?.kid;
  if (!kid) throw new Error('the IdP key file has no signing key');
  return kid;
}

/** The key file's contents, and whether it was sealed (false: written in clear, to be upgraded). */
export function readKeyFile({ path, box }: KeyFileStore): { file: KeyFile; sealed: boolean } {
  let parsed: Partial<KeyFile> & { sealed?: unknown };
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8')) as typeof parsed;
  } catch (cause) {
    // Never regenerate over an unreadable file: that would silently invalidate every token.
    throw new Error(`IdP key file ${path} is not valid JSON; fix or delete it`, { cause });
  }
  const sealed = typeof parsed.sealed === 'string';
  if (sealed) {
    try {
      parsed = JSON.parse(box.open(parsed.sealed as string)) as Partial<KeyFile>;
    } catch (cause) {
      // AES-GCM refuses another key outright; say which key, so an operator restores the right one.
      throw new Error(
        `IdP key file ${path} cannot be opened with this encryption key; start the IdP with the ${ENCRYPTION_KEY_VARIABLE} (or the data directory's encryption.key) it was sealed with`,
        { cause },
      );
    }
  }
  const keys = Array.isArray(parsed.keys) ? parsed.keys : [];
  const cookieKeys = Array.isArray(parsed.cookieKeys) ? parsed.cookieKeys : [];
  if (!keys.some((k) => k.kty === 'RSA' && typeof k.d === 'string' && typeof k.kid === 'string') || cookieKeys.length === 0) {
    throw new Error(`IdP key file ${path} has no RSA private signing key with a kid, or no cookie key; fix or delete it`);
  }
  const lifecycle = parsed.lifecycle && typeof parsed.lifecycle === 'object' ? parsed.lifecycle : undefined;
  return { file: { keys, cookieKeys, ...(lifecycle ? { lifecycle } : {}) }, sealed };
}

/**
 * Sealed, written atomically (temp file + rename) and readable by the owner only: even sealed,
 * it is what every token's signature rests on.
 */
function writeKeyFile({ path, box }: KeyFileStore, file: KeyFile): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify({ sealed: box.seal(JSON.stringify(file)) })}\n`, { mode: 0o600 });
  renameSync(temp, path);
}
