import type { ClientAtIdp, ManagementMeans } from '@gatehouse/dcr';
import type { SecretBox } from '@gatehouse/config';
import type { CatalogueEntryView } from '../catalogue/index.ts';
import type { EffectiveDcrSettings } from '../dcr-settings/index.ts';
import type { OAuthClientRecord } from './oauth-client.repo.ts';

/**
 * The current DCR settings, among the client's APIs, that point at the IdP the client lives at.
 * Okta clients are managed with the settings' API token, so management follows the settings:
 * a token replaced by an admin is the one used next.
 */
export function settingsOfClientIdp(record: OAuthClientRecord, apis: CatalogueEntryView[]): EffectiveDcrSettings | null {
  return apis.map((api) => api.dcr).find((dcr) => dcr.registrationEndpoint === record.registrationEndpoint) ?? null;
}

/** What the portal holds to manage the client, presence only (no secret opened). */
export function managementMeans(record: OAuthClientRecord, apis: CatalogueEntryView[]): ManagementMeans {
  return {
    clientId: record.clientId,
    registrationEndpoint: record.registrationEndpoint,
    registrationClientUri: record.registrationClientUri,
    hasRegistrationAccessToken: Boolean(record.registrationAccessTokenEnc),
    hasInitialAccessToken: Boolean(settingsOfClientIdp(record, apis)?.initialAccessTokenEnc),
  };
}

/** The client as the dcr operations need it, with its credentials opened for one request. */
export function clientAtIdp(record: OAuthClientRecord, apis: CatalogueEntryView[], secrets: SecretBox): ClientAtIdp {
  return {
    clientId: record.clientId,
    registrationEndpoint: record.registrationEndpoint,
    registrationClientUri: record.registrationClientUri,
    registrationAccessToken: secrets.openOptional(record.registrationAccessTokenEnc),
    initialAccessToken: secrets.openOptional(settingsOfClientIdp(record, apis)?.initialAccessTokenEnc),
  };
}

/** The registered metadata as stored (secrets never are), for a PUT that replaces it. */
export function registeredMetadata(record: OAuthClientRecord): Record<string, unknown> {
  return JSON.parse(record.metadataJson) as Record<string, unknown>;
}
