/**
 * Whether an identity provider's free text quotes a credential the portal sent it. An IdP that
 * echoes the request (a debugging error page, a reflected header) can hand the initial access
 * token, an Okta API token or a registration access token to whoever reads the error, and it
 * may do so in any encoding: lowercased, JSON-escaped, URL-encoded, base64, or cut short. The
 * portal never shows such text; it shows the error code and a sentence of its own instead.
 */

/** Shorter values are not credentials, and looking for them would flag ordinary words. */
const MIN_SECRET_LENGTH = 8;
/** A piece of a credential this long identifies it (and may be enough to guess the rest). */
const PIECE_LENGTH = 20;
/** Beyond this length only the start and end pieces are looked for, to bound the work. */
const ALL_PIECES_UP_TO = 256;

/** Lowercased forms of `secret` that may appear in an answer. */
function secretForms(secret: string): string[] {
  const forms = new Set<string>([secret, JSON.stringify(secret).slice(1, -1).replaceAll('/', '\\/'), encodeURIComponent(secret)]);
  forms.add(new URLSearchParams({ s: secret }).toString().slice(2));
  // base64 of the secret at each of the three byte alignments it can have inside a longer
  // base64 text (e.g. of "client:secret"), without the characters the neighbours change.
  for (const offset of [0, 1, 2]) {
    const encoded = Buffer.concat([Buffer.alloc(offset), Buffer.from(secret)]).toString('base64');
    const core = encoded.slice(Math.ceil((offset * 8) / 6), -4);
    if (core.length >= MIN_SECRET_LENGTH) {
      forms.add(core);
      forms.add(core.replaceAll('+', '-').replaceAll('/', '_'));
    }
  }
  if (secret.length > PIECE_LENGTH) {
    const starts = secret.length <= ALL_PIECES_UP_TO ? [...Array(secret.length - PIECE_LENGTH + 1).keys()] : [0, secret.length - PIECE_LENGTH];
    for (const start of starts) forms.add(secret.slice(start, start + PIECE_LENGTH));
  }
  return [...forms].map((form) => form.toLowerCase());
}

/** The text as it may read once decoded: as sent, URL-decoded, and with JSON's `\/` undone. */
function readings(text: string): string[] {
  const lower = text.toLowerCase();
  const out = [lower, lower.replaceAll('\\/', '/')];
  try {
    out.push(decodeURIComponent(lower.replaceAll('+', ' ')));
  } catch {
    // Not URL-encoded text; the other readings stand.
  }
  return out;
}

/** A checker for the credentials of one request; forms are computed once per request. */
export function quotedSecretCheck(secrets: readonly (string | null | undefined)[]): (text: string) => boolean {
  const forms = secrets.filter((s): s is string => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH).flatMap(secretForms);
  if (forms.length === 0) return () => false;
  return (text) => readings(text).some((reading) => forms.some((form) => reading.includes(form)));
}

/** Every string in a parsed JSON value, keys included, for checking. */
export function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      stringsIn(item, out);
    }
  }
  return out;
}

/** Longest IdP description the portal shows. */
export const MAX_DESCRIPTION_LENGTH = 300;

/**
 * An IdP's description made safe to show: control, zero-width and bidirectional-override
 * characters removed (they can make text read differently from what it is), whitespace
 * collapsed, and cut to a bounded length.
 */
export function sanitisedDescription(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, ' ').replace(/\s+/g, ' ').trim();
  return clean.length > MAX_DESCRIPTION_LENGTH ? `${clean.slice(0, MAX_DESCRIPTION_LENGTH - 1)}…` : clean;
}

/**
 * RFC 6749 section 5.2 limits an error code to printable ASCII without `"` and `\`; anything
 * else (or a code that is really a sentence) is not shown as a code.
 */
export function sanitisedErrorCode(code: string): string | null {
  return /^[\x20-\x21\x23-\x5b\x5d-\x7e]{1,64}$/.test(code) && !code.includes(' ') ? code : null;
}
