/** What the developer pasted back from the identity provider's redirect. */
export type PastedRedirect =
  | { kind: 'code'; code: string; state: string | null; iss: string | null }
  | { kind: 'error'; error: string; description: string | null }
  | { kind: 'empty' };

/**
 * Accepts the whole redirect URL (what the browser's address bar shows after the identity
 * provider sent it back) or only the code. RFC 6749 section 4.1.2 puts `code` and `state` in the
 * query, section 4.1.2.1 puts `error` there instead; RFC 9207 adds `iss`.
 */
export function readRedirect(pasted: string): PastedRedirect {
  const text = pasted.trim();
  if (!text) return { kind: 'empty' };
  let params: URLSearchParams | null = null;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    try {
      params = new URL(text).searchParams;
    } catch {
      params = null;
    }
  } else if (/(^|[?&])(code|error)=/.test(text)) {
    params = new URLSearchParams(text.replace(/^\?/, ''));
  }
  if (!params) return { kind: 'code', code: text, state: null, iss: null };
  const error = params.get('error');
  if (error) return { kind: 'error', error, description: params.get('error_description') };
  const code = params.get('code');
  if (!code) return { kind: 'empty' };
  return { kind: 'code', code, state: params.get('state'), iss: params.get('iss') };
}
