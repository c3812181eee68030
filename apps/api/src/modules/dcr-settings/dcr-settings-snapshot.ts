import type { DcrSettings } from '@gatehouse/db';

/**
 * DCR settings as the audit log records them: every field an admin sets, and whether a token is
 * stored, never the token (sealed or not).
 */
export function dcrSettingsSnapshot(row: DcrSettings | null | undefined) {
  if (!row) return null;
  return {
    enabled: row.enabled,
    provider: row.provider,
    grantTypes: row.grantTypes,
    tokenEndpointAuthMethod: row.tokenEndpointAuthMethod,
    responseTypes: row.responseTypes,
    identityProviderHost: row.idpHost,
    clientRegistrationEndpoint: row.registrationEndpoint,
    initialRegistrationAccessTokenSet: Boolean(row.initialAccessTokenEnc),
  };
}
