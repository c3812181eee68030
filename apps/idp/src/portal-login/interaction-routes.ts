import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { repoRoot } from '@gatehouse/config';
import type Provider from 'oidc-provider';
import type { Logger } from 'pino';
import type { PortalAccounts } from './portal-accounts.ts';
import { readFormBody } from './read-form-body.ts';
import { renderConsent, renderInteractionGone, renderSignIn, STYLESHEET_PATH } from './render-pages.ts';

/** The portal's design tokens first, then the screens' own rules: one stylesheet, read once. */
const STYLESHEET = [join(repoRoot, 'apps/web/src/styles/tokens.css'), join(import.meta.dirname, 'interaction.css')]
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

const INTERACTION = /^\/interaction\/([A-Za-z0-9_-]+)(?:\/(login|consent))?$/;

type Details = Awaited<ReturnType<Provider['interactionDetails']>>;

export interface InteractionRoutesOptions {
  provider: () => Provider;
  accounts: PortalAccounts;
  logger: Logger;
}

/**
 * The sign-in and consent screens of the authorization code flow (oidc-provider's
 * `interactions.url` points here). Server-rendered, no scripts, under a strict CSP:
 *
 *   GET  /interaction/:uid          the screen the current prompt needs (login or consent)
 *   POST /interaction/:uid/login    email + password, checked by the portal API
 *   POST /interaction/:uid/consent  allow (the grant is remembered) or deny (access_denied)
 *
 * Returns false for any other path, which the provider then serves.
 */
export function interactionRoutes(options: InteractionRoutesOptions) {
  const { accounts, logger } = options;

  return async (req: IncomingMessage & { baseUrl?: string }, res: ServerResponse): Promise<boolean> => {
    const path = new URL(req.url ?? '/', 'http://idp').pathname;
    const issuerPath = req.baseUrl ?? '';
    if (path === STYLESHEET_PATH && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600', 'x-content-type-options': 'nosniff' });
      res.end(STYLESHEET);
      return true;
    }
    const match = INTERACTION.exec(path);
    if (!match) return false;
    const [, uid, step] = match;
    const provider = options.provider();

    let details: Details;
    try {
      details = await provider.interactionDetails(req, res);
      if (details.uid !== uid) throw new Error('interaction cookie is for another sign-in');
    } catch {
      send(res, 400, renderInteractionGone(issuerPath), undefined);
      return true;
    }
    const client = await provider.Client.find(String(details.params.client_id));
    const clientName = client?.clientName ?? String(details.params.client_id);
    const redirectOrigin = originOf(details.params.redirect_uri);
    const action = (s: 'login' | 'consent') => `${issuerPath}/interaction/${uid}/${s}`;
    const prompt = details.prompt.name;

    if (req.method === 'GET' && !step) {
      if (prompt === 'login') return send(res, 200, renderSignIn({ issuerPath, action: action('login'), clientName }), redirectOrigin);
      const account = await accounts.find(String(details.session?.accountId));
      if (prompt !== 'consent' || !account) return send(res, 400, renderInteractionGone(issuerPath), redirectOrigin);
      return send(res, 200, renderConsent({ issuerPath, action: action('consent'), clientName, scopes: scopesAsked(details), accountEmail: account.email }), redirectOrigin);
    }
    if (req.method !== 'POST' || step !== prompt) {
      return send(res, 400, renderInteractionGone(issuerPath), redirectOrigin);
    }
    const form = await readFormBody(req);
    if (!form) return send(res, 400, renderInteractionGone(issuerPath), redirectOrigin);

    if (step === 'login') {
      const email = form.get('email') ?? '';
      const answer = await accounts.signIn({ email, password: form.get('password') ?? '', clientIp: req.socket.remoteAddress });
      if (answer.result !== 'signed-in') {
        const status = answer.result === 'throttled' ? 429 : answer.result === 'invalid-credentials' ? 401 : 400;
        const headers = answer.result === 'throttled' ? { 'retry-after': String(answer.retryAfterSeconds) } : undefined;
        return send(res, status, renderSignIn({ issuerPath, action: action('login'), clientName, email, error: answer.message }), redirectOrigin, headers);
      }
      logger.info({ accountId: answer.account.id, clientId: details.params.client_id }, 'signed in at the embedded IdP');
      withFormAction(res, redirectOrigin);
      await provider.interactionFinished(req, res, { login: { accountId: answer.account.id } }, { mergeWithLastSubmission: false });
      return true;
    }

    withFormAction(res, redirectOrigin);
    if (form.get('decision') !== 'allow') {
      await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'The user did not allow access' }, { mergeWithLastSubmission: false });
      return true;
    }
    const grantId = await saveGrant(provider, details);
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    return true;
  };
}

/** Adds what consent was asked for to the grant the request already has, or to a new one. */
async function saveGrant(provider: Provider, details: Details): Promise<string> {
  const existing = details.grantId ? await provider.Grant.find(details.grantId) : undefined;
  const grant = existing ?? new provider.Grant({ accountId: String(details.session?.accountId), clientId: String(details.params.client_id) });
  const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[]; missingResourceScopes?: Record<string, string[]> };
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) grant.addResourceScope(indicator, scopes.join(' '));
  return grant.save();
}

/** The scopes to show: what the prompt says is missing from the grant, in the request's order. */
function scopesAsked(details: Details): string[] {
  const missing = details.prompt.details as { missingOIDCScope?: string[]; missingResourceScopes?: Record<string, string[]> };
  const asked = new Set([...(missing.missingOIDCScope ?? []), ...Object.values(missing.missingResourceScopes ?? {}).flat()]);
  const requested = String(details.params.scope ?? '').split(' ').filter(Boolean);
  return [...requested.filter((s) => asked.has(s)), ...[...asked].filter((s) => !requested.includes(s))];
}

function originOf(value: unknown): string | undefined {
  return typeof value === 'string' && URL.canParse(value) ? new URL(value).origin : undefined;
}

/**
 * CSP: nothing but this origin's stylesheet. form-action also names the client's redirect
 * origin because browsers check it against every redirect after a form is sent (CSP Level 3
 * section 6.4.2), and a finished sign-in or consent redirects to the client.
 */
function csp(redirectOrigin: string | undefined): string {
  const formAction = ["'self'", ...(redirectOrigin ? [redirectOrigin] : [])].join(' ');
  return `default-src 'self'; script-src 'none'; form-action ${formAction}; frame-ancestors 'none'; base-uri 'none'`;
}

function withFormAction(res: ServerResponse, redirectOrigin: string | undefined): void {
  res.setHeader('content-security-policy', csp(redirectOrigin));
  res.setHeader('cache-control', 'no-store');
}

function send(res: ServerResponse, status: number, html: string, redirectOrigin: string | undefined, headers: Record<string, string> = {}): true {
  withFormAction(res, redirectOrigin);
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', ...headers });
  res.end(html);
  return true;
}
