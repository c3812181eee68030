import type { SecretBox } from '../../lib/secret-box.ts';
import type { Viewer } from '../../server/viewer.ts';
import type { CatalogueEntryView } from '../catalogue/catalogue.service.ts';
import type { OAuthClientRecord } from './oauth-client.repo.ts';

/** What the OAuthClient GraphQL type resolves from: registered metadata, secret opened for its owner only. */
export interface OAuthClientView {
  id: string;
  clientId: string;
  clientSecret: string | null;
  clientSecretExpiresAt: string | null;
  clientName: string;
  redirectUris: string[];
  grantTypes: string[];
  responseTypes: string[];
  tokenEndpointAuthMethod: string;
  tokenEndpoint: string | null;
  provider: string;
  apis: CatalogueEntryView[];
  managedAtIdp: boolean;
  createdAt: string;
}

const strings = (value: unknown): string[] | null =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : null;

export function toOAuthClientView(record: OAuthClientRecord, apis: CatalogueEntryView[], viewer: Viewer, secrets: SecretBox): OAuthClientView {
  // The IdP's answer is the truth about what was registered (RFC 7591 section 3.2.1), so the
  // page shows it rather than what the portal asked for. Defaults are RFC 7591 section 2's.
  const metadata = JSON.parse(record.metadataJson) as Record<string, unknown>;
  const expiresAt = record.clientSecretExpiresAt;
  return {
    id: record.id,
    clientId: record.clientId,
    clientSecret: viewer.id === record.developerId ? secrets.openOptional(record.clientSecretEnc) : null,
    clientSecretExpiresAt: expiresAt ? new Date(expiresAt * 1000).toISOString() : null,
    clientName: typeof metadata.client_name === 'string' ? metadata.client_name : record.clientName,
    redirectUris: strings(metadata.redirect_uris) ?? [],
    grantTypes: strings(metadata.grant_types) ?? ['authorization_code'],
    responseTypes: strings(metadata.response_types) ?? ['code'],
    tokenEndpointAuthMethod:
      typeof metadata.token_endpoint_auth_method === 'string' ? metadata.token_endpoint_auth_method : 'client_secret_basic',
    tokenEndpoint: record.tokenEndpoint,
    provider: record.provider,
    apis,
    managedAtIdp: Boolean(record.registrationClientUri && record.registrationAccessTokenEnc),
    createdAt: record.createdAt.toISOString(),
  };
}
