import { clientManagement, type ClientManagement, type Provider } from '@gatehouse/dcr';
import type { SecretBox } from '@gatehouse/config';
import type { Viewer } from '../common/viewer.ts';
import type { UserParent } from '../auth/index.ts';
import type { CatalogueEntryView } from '../catalogue/index.ts';
import { managementMeans, registeredMetadata } from './client-at-idp.ts';
import { epochToIso, idpDifferences, secretExpired, type IdpDifference } from './idp-differences.ts';
import type { OAuthClientRecord } from './oauth-client.repo.ts';

/** What the OAuthClient GraphQL type resolves from: registered metadata, secret opened for its owner only. */
export interface OAuthClientView {
  id: string;
  clientId: string;
  clientSecret: string | null;
  clientSecretExpiresAt: string | null;
  clientSecretExpired: boolean;
  idpDifferences: IdpDifference[];
  clientName: string;
  redirectUris: string[];
  grantTypes: string[];
  responseTypes: string[];
  tokenEndpointAuthMethod: string;
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

/** The request the portal last made, when it kept it; a stored row never makes a view throw. */
function askedMetadata(record: OAuthClientRecord): Record<string, unknown> | null {
  if (!record.requestedMetadataJson) return null;
  try {
    return JSON.parse(record.requestedMetadataJson) as Record<string, unknown>;
  } catch {
    return null;
  }
}

export function toOAuthClientView(record: OAuthClientRecord, apis: CatalogueEntryView[], viewer: Viewer, secrets: SecretBox, now = new Date()): OAuthClientView {
  // The IdP's answer is the truth about what was registered (RFC 7591 section 3.2.1), so the
  // page shows it rather than what the portal asked for. Defaults are RFC 7591 section 2's.
  const metadata = registeredMetadata(record);
  // A 64-bit column; the IdP answer's check keeps it far below 2^53, so a number holds it exactly.
  const expiresAt = record.clientSecretExpiresAt === null ? null : Number(record.clientSecretExpiresAt);
  const management = clientManagement(record.provider as Provider, managementMeans(record, apis));
  return {
    id: record.id,
    clientId: record.clientId,
    clientSecret: viewer.id === record.developerId ? secrets.openOptional(record.clientSecretEnc) : null,
    clientSecretExpiresAt: epochToIso(expiresAt),
    clientSecretExpired: Boolean(record.clientSecretEnc) && secretExpired(expiresAt, now),
    idpDifferences: idpDifferences({ registered: metadata, asked: askedMetadata(record), hasSecret: Boolean(record.clientSecretEnc), secretExpiresAt: expiresAt, now }),
    clientName: typeof metadata.client_name === 'string' ? metadata.client_name : record.clientName,
    redirectUris: strings(metadata.redirect_uris) ?? [],
    grantTypes: registeredGrantTypes(metadata),
    responseTypes: strings(metadata.response_types) ?? ['code'],
    tokenEndpointAuthMethod:
      typeof metadata.token_endpoint_auth_method === 'string' ? metadata.token_endpoint_auth_method : 'client_secret_basic',
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
