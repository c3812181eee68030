import type { IncomingMessage } from 'node:http';
import { readSessionToken } from '../modules/auth/session-cookie.ts';
import type { Services } from './create-services.ts';
import type { Viewer } from '../modules/common/viewer.ts';

/** Per-request context: who is calling, the services, and the cookie side of HTTP. */
export interface GraphQLContext {
  viewer: Viewer | null;
  services: Services;
  http: {
    sessionToken: string | undefined;
    /** The caller's address (server/client-ip.ts), for sign-in throttling. */
    clientIp: string | undefined;
    secureCookies: boolean;
    setCookie(cookie: string): void;
  };
}

/**
 * Who sent a request, worked out before GraphQL runs so that a bad token is answered with
 * HTTP 401 and each caller's rate limit applies. `rateKey` is null for anonymous callers.
 */
export type Caller =
  | { kind: 'anonymous'; viewer: null; sessionToken: undefined; rateKey: null }
  | { kind: 'session'; viewer: Viewer | null; sessionToken: string; rateKey: string | null }
  | { kind: 'token'; viewer: Viewer; sessionToken: undefined; rateKey: string }
  | { kind: 'rejected'; message: string };

const BEARER = /^Bearer[ ]+(\S+)\s*$/i;

/**
 * RFC 6750 section 2.1: `Authorization: Bearer <token>`. With a token the session cookie is
 * ignored, so a request acts as exactly one principal.
 */
export async function resolveCaller(req: IncomingMessage, services: Pick<Services, 'auth' | 'apiTokens'>): Promise<Caller> {
  const authorization = req.headers.authorization;
  if (authorization !== undefined) {
    const match = BEARER.exec(authorization);
    if (!match) return { kind: 'rejected', message: 'The Authorization header must be "Bearer <API token>".' };
    const result = await services.apiTokens.authenticate(match[1]!);
    if ('rejected' in result) return { kind: 'rejected', message: result.rejected.message };
    return { kind: 'token', viewer: result.viewer, sessionToken: undefined, rateKey: `token:${result.viewer.tokenId}` };
  }
  const sessionToken = readSessionToken(req.headers.cookie);
  if (!sessionToken) return { kind: 'anonymous', viewer: null, sessionToken: undefined, rateKey: null };
  const viewer = await services.auth.viewerForSession(sessionToken);
  // Keyed by the user, so opening more sessions does not raise the limit.
  return { kind: 'session', viewer: viewer && { ...viewer, via: 'session' }, sessionToken, rateKey: viewer ? `user:${viewer.id}` : null };
}
