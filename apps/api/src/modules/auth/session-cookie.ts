import { PORTAL_SESSION_COOKIE } from '@gatehouse/config';
import { parse, serialize } from 'cookie';

export const SESSION_COOKIE = PORTAL_SESSION_COOKIE;
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/**
 * HttpOnly keeps the token from scripts; SameSite=Lax keeps it off cross-site POSTs (with
 * Apollo's CSRF prevention on top); Secure everywhere but on a laptop over http.
 */
export function sessionCookie(token: string, expiresAt: Date, secure: boolean): string {
  return serialize(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: expiresAt });
}

export function clearedSessionCookie(secure: boolean): string {
  return serialize(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: new Date(0) });
}

export function readSessionToken(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  return parse(cookieHeader)[SESSION_COOKIE] || undefined;
}
