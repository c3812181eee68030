import { discover, discoveryEndpointWarnings, discoveryUrl, httpUrlProblem, outboundPolicy } from '@gatehouse/dcr';
import { recogniseTokenVendor, suggestedAudience, TOKEN_PROFILES, type TokenVendor } from '@gatehouse/dcr/identity-claims';
import { requireAdmin, type Viewer } from '../common/viewer.ts';
import { validationError, type ValidationErrorResult } from '../common/validation-error.ts';

export interface IdentityProviderDiscovery {
  __typename: 'IdentityProviderDiscovery';
  discoveryUrl: string;
  issuer: string;
  jwksUri: string | null;
  registrationEndpoint: string | null;
  tokenEndpoint: string | null;
  authorizationEndpoint: string | null;
  grantTypesSupported: string[];
  responseTypesSupported: string[];
  tokenEndpointAuthMethodsSupported: string[];
  claimsSupported: string[];
  tokenVendor: TokenVendor | null;
  suggestedIdentitySource: string[] | null;
  suggestedAudience: string | null;
  warnings: string[];
}

export type DiscoverIdentityProviderResult =
  | IdentityProviderDiscovery
  | { __typename: 'DiscoveryFailedError'; message: string }
  | ValidationErrorResult;

/** An endpoint from the document, kept only when it is an absolute http(s) URL. */
const endpoint = (value: unknown) => (typeof value === 'string' && httpUrlProblem(value, 'x') === null ? value : null);
const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * Discover (issue 3): reads the OpenID Provider Configuration of an issuer (OpenID Connect
 * Discovery 1.0 section 4) so admins do not type endpoints by hand. Admins only: it makes the
 * portal fetch a URL, so it is not offered to anyone who could point it at internal hosts. The
 * fetch does not follow redirects and is size- and time-capped (@gatehouse/dcr outboundJson).
 */
export async function discoverIdentityProvider(viewer: Viewer | null, rawUrl: string, timeoutMs: number): Promise<DiscoverIdentityProviderResult> {
  requireAdmin(viewer);
  const url = rawUrl.trim();
  const problem = url ? httpUrlProblem(url, 'The issuer URL') : 'Enter the issuer URL or its .well-known/openid-configuration URL.';
  if (problem) return validationError([{ path: 'url', message: problem }], problem);

  const result = await discover(url, { timeoutMs });
  // The document was checked (discover): every endpoint it names is an absolute http(s) URL.
  if (!result.ok) {
    const message = result.kind === 'rejected' ? `The identity provider answered ${result.error}: ${result.description}` : result.message;
    return { __typename: 'DiscoveryFailedError', message };
  }
  const doc = result.value;
  const warnings: string[] = [];
  const expectedIssuer = url.includes('/.well-known/') ? null : url.replace(/\/+$/, '');
  // OpenID Connect Discovery 1.0 section 4.3: the document's issuer MUST be the URL it was
  // discovered from; tokens carry that value in `iss`, so a mismatch breaks the issuer check.
  if (expectedIssuer && doc.issuer.replace(/\/+$/, '') !== expectedIssuer) {
    warnings.push(`The document names the issuer ${doc.issuer}, not ${url} (OpenID Connect Discovery section 4.3); tokens will carry ${doc.issuer}.`);
  }
  if (!endpoint(doc.jwks_uri)) warnings.push('The document has no usable jwks_uri, so the gateway cannot check token signatures from it.');
  if (!endpoint(doc.registration_endpoint)) warnings.push('The document has no registration_endpoint: this identity provider does not advertise Dynamic Client Registration.');
  warnings.push(...discoveryEndpointWarnings(doc, outboundPolicy()));
  const tokenVendor = recogniseTokenVendor(doc.issuer);
  return {
    __typename: 'IdentityProviderDiscovery',
    discoveryUrl: discoveryUrl(url),
    issuer: doc.issuer,
    jwksUri: endpoint(doc.jwks_uri),
    registrationEndpoint: endpoint(doc.registration_endpoint),
    tokenEndpoint: endpoint(doc.token_endpoint),
    authorizationEndpoint: endpoint(doc.authorization_endpoint),
    grantTypesSupported: strings(doc.grant_types_supported),
    responseTypesSupported: strings(doc.response_types_supported),
    tokenEndpointAuthMethodsSupported: strings(doc.token_endpoint_auth_methods_supported),
    claimsSupported: strings(doc.claims_supported),
    tokenVendor,
    suggestedIdentitySource: tokenVendor ? [...TOKEN_PROFILES[tokenVendor].identitySource] : null,
    suggestedAudience: suggestedAudience(doc.issuer),
    warnings,
  };
}
