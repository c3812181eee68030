import { checkDcrSettings, type GrantType, type Provider, type ResponseType, type TokenEndpointAuthMethod } from '@gatehouse/dcr';
import type { DcrSettings } from '@gatehouse/db';
import type { FieldError } from '../common/validation-error.ts';

const list = <T extends string>(value: string) => value.split(' ').filter(Boolean) as T[];

/** A stored DcrSettings row as the GraphQL `DcrSettings` type shows it: never the token itself. */
export function dcrSettingsFields(row: DcrSettings) {
  return {
    enabled: row.enabled,
    provider: row.provider as Provider,
    grantTypes: list<GrantType>(row.grantTypes),
    tokenEndpointAuthMethod: row.tokenEndpointAuthMethod as TokenEndpointAuthMethod,
    responseTypes: list<ResponseType>(row.responseTypes),
    identityProviderHost: row.idpHost,
    clientRegistrationEndpoint: row.registrationEndpoint,
    initialRegistrationAccessTokenSet: Boolean(row.initialAccessTokenEnc),
  };
}

/** RFC 9700 warnings (and anything the rules flag) for stored settings, paths relative to the settings. */
export function dcrSettingsWarnings(row: DcrSettings): FieldError[] {
  const fields = dcrSettingsFields(row);
  return checkDcrSettings({ ...fields, hasInitialRegistrationAccessToken: fields.initialRegistrationAccessTokenSet })
    .filter((f) => f.severity === 'warning')
    .map((f) => ({ path: f.field, message: f.message }));
}
