import { clientManagement, type ClientManagement, type Provider } from '@gatehouse/dcr';
import type { SecretBox } from '../../lib/secret-box.ts';
import type { Viewer } from '../../server/viewer.ts';
import type { UserParent } from '../auth/user-parent.ts';
import type { CatalogueEntryView } from '../catalogue/catalogue.service.ts';
import { managementMeans, registeredMetadata, settingsOfClientIdp } from './client-at-idp.ts';
import { notRegisteredByIdp, type MetadataNotRegistered } from './not-registered-by-idp.ts';
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
  notRegisteredByIdp: MetadataNotRegistered[];
  tokenEndpoint: string | null;
  provider: string;
  apis: CatalogueEntryView[];
  managedAtIdp: boolean;
  management: ClientManagement;
  owner: UserParent;
  createdAt: string;
  updatedAt: string;
}

const strings = (value: unknown): string[] | null =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : null;

/** The registered grant types (RFC 7591 section 2 default: authorization_code). */
export function registeredGrantTypes(metadata: Record<string, unknown>): string[] {
  return strings(metadata.grant_types) ?? ['authorization_code'];
}

export function toOAuthClientView(record: OAuthClientRecord, apis: CatalogueEntryView[], viewer: Viewer, secrets: SecretBox): OAuthClientView {
  // The IdP's answer is the truth about what was registered (RFC 7591 section 3.2.1), so the
  // page shows it rather than what the portal asked for. Defaults are RFC 7591 section 2's.
  const metadata = registeredMetadata(record);
  const expiresAt = record.clientSecretExpiresAt;
  const management = clientManagement(record.provider as Provider, managementMeans(record, apis));
  const registered = {
    grantTypes: registeredGrantTypes(metadata),
    responseTypes: strings(metadata.response_types) ?? ['code'],
    tokenEndpointAuthMethod: typeof metadata.token_endpoint_auth_method === 'string' ? metadata.token_endpoint_auth_method : 'client_secret_basic',
  };
  return {
    id: record.id,
    clientId: record.clientId,
    clientSecret: viewer.id === record.developerId ? secrets.openOptional(record.clientSecretEnc) : null,
    clientSecretExpiresAt: expiresAt ? new Date(expiresAt * 1000).toISOString() : null,
    clientName: typeof metadata.client_name === 'string' ? metadata.client_name : record.clientName,
    redirectUris: strings(metadata.redirect_uris) ?? [],
    ...registered,
    notRegisteredByIdp: notRegisteredByIdp(settingsOfClientIdp(record, apis), registered),
    tokenEndpoint: record.tokenEndpoint,
    provider: record.provider,
    apis,
    managedAtIdp: management.canUpdate && management.canDeleteAtIdp,
    management,
    owner: record.developer,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}
