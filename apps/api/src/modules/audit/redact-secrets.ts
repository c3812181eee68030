/**
 * Keys whose values are credentials: client secrets, registration and initial access tokens,
 * passwords and their sealed (`...Enc`) forms. Callers already leave secrets out of audit
 * details; this is the second line, so a future caller's slip does not write one to the log.
 */
const SECRET_KEY = /(secret|password|token|Enc)$/i;

export const REDACTED = '[redacted]';

/** A deep copy of `value` with the value of every secret-looking key replaced by `[redacted]`. */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [key, SECRET_KEY.test(key) && v !== null && v !== undefined ? REDACTED : redactSecrets(v)]),
    );
  }
  return value;
}
