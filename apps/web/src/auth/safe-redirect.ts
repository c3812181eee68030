/**
 * The `redirectTo` of the sign-in page, if it is a path on this site. Anything else (an absolute
 * URL, `//evil.example`, `/\evil.example`) is ignored so the sign-in form cannot be used as an
 * open redirect.
 */
export function safeRedirectPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return null;
  }
  if (value.startsWith('/sign-in')) return null;
  return value;
}
