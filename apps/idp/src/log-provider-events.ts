import type { KoaContextWithOIDC } from 'oidc-provider';
import type Provider from 'oidc-provider';
import type { Logger } from 'pino';

/**
 * Requests the provider refused, by event name. Developers debug their registrations and token
 * requests against this IdP, so each refusal is logged with its OAuth error code and
 * description: the same text the client received, never a secret.
 */
const CLIENT_ERROR_EVENTS = [
  'registration_create.error',
  'registration_read.error',
  'registration_update.error',
  'registration_delete.error',
  'grant.error',
  'authorization.error',
  'revocation.error',
  'userinfo.error',
  'end_session.error',
] as const;

const SUCCESS_EVENTS = {
  'registration_create.success': 'client registered',
  'registration_update.success': 'client updated',
  'registration_delete.success': 'client deleted',
} as const;

interface OAuthError {
  error?: string;
  error_description?: string;
  error_detail?: string;
}

export function logProviderEvents(provider: Provider, logger: Logger): void {
  provider.on('server_error', (ctx: KoaContextWithOIDC, err: Error) => {
    logger.error({ err, method: ctx.method, path: ctx.path }, 'oidc-provider server error');
  });
  for (const event of CLIENT_ERROR_EVENTS) {
    provider.on(event, (ctx: KoaContextWithOIDC, err: OAuthError) => {
      logger.info(
        { event, error: err.error, description: err.error_description, detail: err.error_detail, clientId: ctx.oidc?.client?.clientId },
        'request refused',
      );
    });
  }
  for (const [event, message] of Object.entries(SUCCESS_EVENTS)) {
    provider.on(event, (_ctx: KoaContextWithOIDC, client: { clientId: string }) => {
      logger.info({ event, clientId: client.clientId }, message);
    });
  }
}
