import { checkDcrSettings, type DcrSettingsField, type DcrSettingsFinding } from '@gatehouse/dcr/dcr-settings-rules';
import type { Provider } from '@gatehouse/dcr/provider-needs';
import type { GrantType, ResponseType, TokenEndpointAuthMethod } from '@gatehouse/dcr/rfc7591';
import type { DcrSettingsInput } from '../../../graphql/generated/graphql.ts';

/** The `Dynamic Client Registration for portal APIs` section as the form holds it. */
export interface DcrDraft {
  enabled: boolean;
  provider: Provider;
  grantTypes: GrantType[];
  tokenEndpointAuthMethod: TokenEndpointAuthMethod;
  responseTypes: ResponseType[];
  identityProviderHost: string;
  clientRegistrationEndpoint: string;
  /** Whether a token is stored now (the API only says set or not set). */
  tokenStored: boolean;
  /** A replacement typed by the admin; empty keeps the stored token. */
  newToken: string;
  /** Remove the stored token on save. */
  clearToken: boolean;
}

/** What stored settings look like in a query (the DcrSettings type). */
export interface DcrSettingsValues {
  enabled: boolean;
  provider: Provider;
  grantTypes: readonly GrantType[];
  tokenEndpointAuthMethod: TokenEndpointAuthMethod;
  responseTypes: readonly ResponseType[];
  identityProviderHost?: string | null;
  clientRegistrationEndpoint?: string | null;
  initialRegistrationAccessTokenSet: boolean;
}

/** RFC 7591 section 2's defaults: authorization code, response type code, client_secret_basic. */
export function emptyDcrDraft(): DcrDraft {
  return {
    enabled: false,
    provider: 'OTHER',
    grantTypes: ['authorization_code'],
    tokenEndpointAuthMethod: 'client_secret_basic',
    responseTypes: ['code'],
    identityProviderHost: '',
    clientRegistrationEndpoint: '',
    tokenStored: false,
    newToken: '',
    clearToken: false,
  };
}

export function dcrDraftFrom(settings: DcrSettingsValues | null | undefined): DcrDraft {
  if (!settings) return emptyDcrDraft();
  return {
    enabled: settings.enabled,
    provider: settings.provider,
    grantTypes: [...settings.grantTypes],
    tokenEndpointAuthMethod: settings.tokenEndpointAuthMethod,
    responseTypes: [...settings.responseTypes],
    identityProviderHost: settings.identityProviderHost ?? '',
    clientRegistrationEndpoint: settings.clientRegistrationEndpoint ?? '',
    tokenStored: settings.initialRegistrationAccessTokenSet,
    newToken: '',
    clearToken: false,
  };
}

/** The mutation input; the token is sent only when replaced, and never read back. */
export function toDcrSettingsInput(draft: DcrDraft): DcrSettingsInput {
  return {
    enabled: draft.enabled,
    provider: draft.provider,
    grantTypes: draft.grantTypes,
    tokenEndpointAuthMethod: draft.tokenEndpointAuthMethod,
    responseTypes: draft.responseTypes,
    identityProviderHost: draft.identityProviderHost.trim() || null,
    clientRegistrationEndpoint: draft.clientRegistrationEndpoint.trim() || null,
    ...(draft.newToken.trim() ? { initialRegistrationAccessToken: draft.newToken.trim() } : {}),
    clearInitialRegistrationAccessToken: draft.clearToken,
  };
}

/** The shared rules of @gatehouse/dcr, run on the draft exactly as the API runs them on save. */
export function dcrDraftFindings(draft: DcrDraft): DcrSettingsFinding[] {
  const input = toDcrSettingsInput(draft);
  return checkDcrSettings({
    enabled: input.enabled,
    provider: draft.provider,
    grantTypes: draft.grantTypes,
    responseTypes: draft.responseTypes,
    tokenEndpointAuthMethod: draft.tokenEndpointAuthMethod,
    identityProviderHost: input.identityProviderHost ?? null,
    clientRegistrationEndpoint: input.clientRegistrationEndpoint ?? null,
    hasInitialRegistrationAccessToken: Boolean(input.initialRegistrationAccessToken) || (draft.tokenStored && !draft.clearToken),
  });
}

/** Findings of one severity as field errors under `prefix` (e.g. `dcr.`), for the form's error map. */
export function findingsAsFieldErrors(findings: readonly DcrSettingsFinding[], severity: DcrSettingsFinding['severity'], prefix: string) {
  return findings.filter((f) => f.severity === severity).map((f) => ({ path: `${prefix}${f.field}`, message: f.message }));
}

export type { DcrSettingsField };
