import type { IncomingMessage, ServerResponse } from 'node:http';
import type { User } from '@gatehouse/db';
import { presentsInternalToken } from '@gatehouse/config';
import type { Logger } from 'pino';
import type { AuthService } from '../auth/index.ts';
import { BodyError, readJsonBody } from '../../lib/read-json-body.ts';

const ACCOUNT = /^\/internal\/idp\/accounts\/([^/]+)$/;

/** The account as the IdP learns it: the stable id becomes `sub`. Never the password hash. */
const accountOf = (user: User) => ({ id: user.id, email: user.email, name: user.name });

/**
 * The endpoints the embedded IdP calls to sign people in with their Gatehouse account
 * (docs/decisions/018-*.md). Only the IdP holds the token. `clientIp` is the address the browser
 * reached the IdP from, so the per-address throttle counts the person, not the IdP.
 *
 *   POST /internal/idp/sign-in        { email, password, clientIp } -> signed-in | invalid-credentials | throttled | invalid-input
 *   GET  /internal/idp/accounts/:id   the active account, or 404
 */
export function idpInternalEndpoint(deps: { auth: AuthService; token: string; logger: Logger }) {
  return async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> => {
    if (!presentsInternalToken(req, deps.token)) return send(res, 401, { error: 'invalid_token' }, { 'www-authenticate': 'Bearer realm="gatehouse-internal"' });
    if (pathname === '/internal/idp/sign-in' && req.method === 'POST') {
      let body: { email?: unknown; password?: unknown; clientIp?: unknown };
      try {
        body = ((await readJsonBody(req, 8 * 1024)) ?? {}) as typeof body;
      } catch (error) {
        if (error instanceof BodyError) return send(res, 400, { result: 'invalid-input', message: error.message });
        throw error;
      }
      const clientIp = typeof body.clientIp === 'string' ? body.clientIp : undefined;
      const result = await deps.auth.checkPassword({ email: typeof body.email === 'string' ? body.email : '', password: typeof body.password === 'string' ? body.password : '' }, clientIp);
      switch (result.__typename) {
        case 'PasswordAccepted':
          return send(res, 200, { result: 'signed-in', account: accountOf(result.user) });
        case 'InvalidCredentialsError':
          return send(res, 401, { result: 'invalid-credentials', message: result.message });
        case 'SignInThrottledError':
          return send(res, 429, { result: 'throttled', message: result.message, retryAfterSeconds: result.retryAfterSeconds });
        case 'ValidationError':
          return send(res, 400, { result: 'invalid-input', message: result.fieldErrors.map((e) => e.message).join(' ') || result.message });
      }
    }
    const account = ACCOUNT.exec(pathname);
    if (account && req.method === 'GET') {
      const user = await deps.auth.activeUser(decodeURIComponent(account[1]!));
      return user ? send(res, 200, accountOf(user)) : send(res, 404, { error: 'not_found' });
    }
    return send(res, 404, { error: 'not_found' });
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}
