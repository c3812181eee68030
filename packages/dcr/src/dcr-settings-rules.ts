import { httpUrlProblem } from './http-url.ts';
import { PROVIDER_LABELS, PROVIDER_REGISTRATION_NEEDS } from './provider-needs.ts';
import type { Provider } from './providers.ts';
import {
  GRANT_TYPE_LABELS,
  RESPONSE_TYPE_GRANT,
  RESPONSE_TYPE_LABELS,
  type GrantType,
  type ResponseType,
  type TokenEndpointAuthMethod,
} from './rfc7591.ts';

/**
 * The consistency rules for Dynamic Client Registration settings (global or a catalogue API's
 * override), as data checks with no network and no dependencies: the SPA runs them as the admin
 * types, the API runs them again when it saves. Errors refuse the save; warnings are shown.
 */

/** DCR settings as they will be after the save. */
export interface DcrSettingsDraft {
  enabled: boolean;
  provider: Provider;
  grantTypes: readonly GrantType[];
  responseTypes: readonly ResponseType[];
  tokenEndpointAuthMethod: TokenEndpointAuthMethod;
  identityProviderHost: string | null;
  clientRegistrationEndpoint: string | null;
  /** Whether an Initial Registration Access Token will be stored (kept, replaced or newly set). */
  hasInitialRegistrationAccessToken: boolean;
}

/** The field of the settings form (and of the GraphQL `DcrSettingsInput`) a finding is about. */
export type DcrSettingsField =
  | 'enabled'
  | 'provider'
  | 'grantTypes'
  | 'responseTypes'
  | 'tokenEndpointAuthMethod'
  | 'identityProviderHost'
  | 'clientRegistrationEndpoint'
  | 'initialRegistrationAccessToken';

export interface DcrSettingsFinding {
  field: DcrSettingsField;
  severity: 'error' | 'warning';
  message: string;
}

const grant = (g: GrantType) => GRANT_TYPE_LABELS[g];
const response = (r: ResponseType) => RESPONSE_TYPE_LABELS[r];

/**
 * Okta registers client-credentials-only service apps with response type `token` and no implicit
 * grant (its own reading of RFC 7591 section 2.1), so that one combination is Okta's to accept.
 */
function isOktaServiceApp(d: DcrSettingsDraft): boolean {
  return (
    d.provider === 'OKTA' &&
    d.grantTypes.length === 1 &&
    d.grantTypes[0] === 'client_credentials' &&
    d.responseTypes.length === 1 &&
    d.responseTypes[0] === 'token'
  );
}

function grantResponseAgreement(d: DcrSettingsDraft): DcrSettingsFinding[] {
  if (isOktaServiceApp(d)) return [];
  const findings: DcrSettingsFinding[] = [];
  // RFC 7591 section 2.1: each response type goes with its grant type. A response type without
  // it is inconsistent, but the section leaves the remedy to the server, and section 2 lets it
  // substitute values: some IdPs (Curity) register it, some drop it, some refuse the registration.
  // So it is saved as asked, with a warning, and the IdP's answer shows what it kept.
  for (const r of d.responseTypes) {
    const needed = RESPONSE_TYPE_GRANT[r];
    if (!d.grantTypes.includes(needed)) {
      findings.push({
        field: 'responseTypes',
        severity: 'warning',
        message: `The ${response(r)} response type goes with the ${grant(needed)} grant type, which is not ticked (RFC 7591 section 2.1): the identity provider may drop "${r}" from the registration or refuse it. Developers see what it kept on the client's page; tick ${grant(needed)} or untick ${response(r)} to be sure.`,
      });
    }
  }
  // Each redirect-based grant type needs its response type: without it the grant cannot start.
  for (const [r, g] of Object.entries(RESPONSE_TYPE_GRANT) as [ResponseType, GrantType][]) {
    if (d.grantTypes.includes(g) && !d.responseTypes.includes(r)) {
      findings.push({
        field: 'responseTypes',
        severity: 'error',
        message: `The ${grant(g)} grant type needs the ${response(r)} response type (RFC 7591 section 2.1): tick it under Response Types.`,
      });
    }
  }
  return findings;
}

function grantTypeRules(d: DcrSettingsDraft): DcrSettingsFinding[] {
  const findings: DcrSettingsFinding[] = [];
  if (d.enabled && d.grantTypes.length === 0) {
    findings.push({ field: 'grantTypes', severity: 'error', message: 'Tick at least one grant type.' });
  }
  // RFC 6749 section 4.4.3: no refresh token for the client credentials grant, and the implicit
  // grant never issues one; only the authorization code grant makes refresh tokens useful.
  if (d.grantTypes.includes('refresh_token') && !d.grantTypes.includes('authorization_code')) {
    findings.push({
      field: 'grantTypes',
      severity: 'error',
      message: `${grant('refresh_token')} is only issued with the ${grant('authorization_code')} grant type: tick it too, or untick ${grant('refresh_token')}.`,
    });
  }
  // RFC 9700 section 2.1.2: clients SHOULD NOT use the implicit grant. A warning, not a refusal:
  // some IdPs and legacy apps still need it.
  if (d.grantTypes.includes('implicit')) {
    findings.push({
      field: 'grantTypes',
      severity: 'warning',
      message: `${grant('implicit')} is discouraged by the OAuth security best practice (RFC 9700 section 2.1.2): tokens in the URL leak. Prefer ${grant('authorization_code')} with PKCE.`,
    });
  }
  return findings;
}

function authMethodRules(d: DcrSettingsDraft): DcrSettingsFinding[] {
  // RFC 6749 section 4.4: the client credentials grant is for confidential clients only, and a
  // client with token_endpoint_auth_method `none` has no credentials.
  if (d.tokenEndpointAuthMethod === 'none' && d.grantTypes.includes('client_credentials')) {
    return [
      {
        field: 'tokenEndpointAuthMethod',
        severity: 'error',
        message: `${grant('client_credentials')} needs a client secret: choose Client Secret - Post or Client Secret - Basic, or untick ${grant('client_credentials')}.`,
      },
    ];
  }
  return [];
}

function endpointRules(d: DcrSettingsDraft): DcrSettingsFinding[] {
  const findings: DcrSettingsFinding[] = [];
  const urls = [
    ['identityProviderHost', 'Identity Provider Host', d.identityProviderHost],
    ['clientRegistrationEndpoint', 'Client Registration Endpoint', d.clientRegistrationEndpoint],
  ] as const;
  for (const [field, label, value] of urls) {
    const problem = value ? httpUrlProblem(value, label) : null;
    if (problem) findings.push({ field, severity: 'error', message: problem });
  }
  if (d.enabled && !d.clientRegistrationEndpoint) {
    findings.push({
      field: 'clientRegistrationEndpoint',
      severity: 'error',
      message: 'Enter the Client Registration Endpoint (RFC 7591 section 3), or use Discover with the Identity Provider Host.',
    });
  }
  return findings;
}

function providerRules(d: DcrSettingsDraft): DcrSettingsFinding[] {
  const needs = PROVIDER_REGISTRATION_NEEDS[d.provider];
  if (d.enabled && needs.token === 'required' && !d.hasInitialRegistrationAccessToken) {
    return [
      {
        field: 'initialRegistrationAccessToken',
        severity: 'error',
        message: `${PROVIDER_LABELS[d.provider]} registers clients only with an ${needs.tokenName}: enter it here.`,
      },
    ];
  }
  return [];
}

/** Every error and warning for these settings, in form order. */
export function checkDcrSettings(draft: DcrSettingsDraft): DcrSettingsFinding[] {
  return [
    ...grantTypeRules(draft),
    ...authMethodRules(draft),
    ...grantResponseAgreement(draft),
    ...endpointRules(draft),
    ...providerRules(draft),
  ];
}
