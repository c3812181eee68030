import { expectSuccess } from './field-errors.ts';
import type { GatehouseClient } from './gatehouse-client.ts';
import {
  CatalogueDcrOverridesDocument,
  CreateApiDocument,
  CreateCatalogueEntryDocument,
  CreatePolicyDocument,
  DiscoverIdentityProviderDocument,
  PortalDcrDefaultsDocument,
  type DcrSettingsInput,
} from './generated/graphql.ts';

export interface PublishApiInput {
  /** Unique API name, e.g. `inventory-api`. */
  name: string;
  /** Gateway path prefix; default `/<name>/`. */
  listenPath?: string;
  /** Where the gateway forwards calls. */
  upstreamUrl: string;
  /** Name developers see in the catalogue; default the API name. */
  publicName?: string;
  description?: string;
  /**
   * The entry's own DCR settings (its override of the portal's global ones). Fields left out
   * are taken from the global settings, so `{}` means "the global IdP, but for this API only".
   */
  dcr: Partial<DcrSettingsInput>;
  /** JWKS the gateway checks tokens with; default: discovered from the DCR identity provider. */
  jwksUri?: string;
  /** Expected `iss`; default: the discovered issuer. */
  issuer?: string;
}

export interface PublishedApi {
  api: { id: string; name: string; listenPath: string; gatewayUrl: string };
  policy: { id: string; name: string };
  entry: { id: string; publicName: string; dcrEnabled: boolean; overrideGlobalSettings: boolean };
  dcr: DcrSettingsInput;
  /** Where the DCR settings not given in the input came from. */
  dcrSource: string;
}

type DcrDefaults = Omit<DcrSettingsInput, 'enabled'>;

/**
 * The DCR settings to start from: the portal's global ones when they name an identity provider,
 * else those of the first catalogue entry with its own enabled settings (a fresh demo install
 * configures DCR on its demo entry only).
 */
export async function dcrDefaults(client: GatehouseClient): Promise<{ source: string; settings: DcrDefaults } | null> {
  const pick = (d: DcrDefaults): DcrDefaults => ({
    provider: d.provider,
    identityProviderHost: d.identityProviderHost,
    clientRegistrationEndpoint: d.clientRegistrationEndpoint,
    grantTypes: d.grantTypes,
    responseTypes: d.responseTypes,
    tokenEndpointAuthMethod: d.tokenEndpointAuthMethod,
  });
  const { portalSettings } = await client.request(PortalDcrDefaultsDocument);
  if (portalSettings.dcr.identityProviderHost) return { source: 'the global DCR settings', settings: pick(portalSettings.dcr) };
  const { catalogueEntries } = await client.request(CatalogueDcrOverridesDocument);
  const entry = catalogueEntries.edges.map((e) => e.node).find((n) => n.dcrOverride?.enabled && n.dcrOverride.identityProviderHost);
  return entry?.dcrOverride ? { source: `catalogue entry "${entry.publicName}"`, settings: pick(entry.dcrOverride) } : null;
}

/**
 * Publishes an API with DCR settings (ADMIN token): each step below is one mutation, and a
 * refused step throws a GatehouseValidationError naming it and the fields to fix.
 */
export async function publishApiWithDcr(client: GatehouseClient, input: PublishApiInput): Promise<PublishedApi> {
  // Step 1: the entry's DCR settings, completed from the portal's (dcrDefaults).
  const defaults = await dcrDefaults(client);
  const dcr: DcrSettingsInput = {
    enabled: true,
    provider: 'OTHER',
    grantTypes: ['authorization_code'],
    responseTypes: ['code'],
    tokenEndpointAuthMethod: 'client_secret_basic',
    ...defaults?.settings,
    ...input.dcr,
  };
  if (!dcr.identityProviderHost && !dcr.clientRegistrationEndpoint) {
    throw new Error('publishApiWithDcr: no identity provider. Give dcr.identityProviderHost (and clientRegistrationEndpoint), or configure the global DCR settings first.');
  }

  // Step 2: where the gateway gets the keys to check tokens, from the IdP's discovery document.
  let { jwksUri, issuer } = input;
  if (!jwksUri) {
    if (!dcr.identityProviderHost) throw new Error('publishApiWithDcr: give jwksUri, or dcr.identityProviderHost to discover it from.');
    const { discoverIdentityProvider: found } = await client.request(DiscoverIdentityProviderDocument, { url: dcr.identityProviderHost });
    const discovery = expectSuccess('discoverIdentityProvider', found, 'IdentityProviderDiscovery');
    if (!discovery.jwksUri) throw new Error(`The identity provider at ${dcr.identityProviderHost} publishes no jwks_uri; pass jwksUri.`);
    jwksUri = discovery.jwksUri;
    issuer ??= discovery.issuer;
  }

  // Step 3: the API on the gateway.
  const { createApi } = await client.request(CreateApiDocument, {
    input: { name: input.name, listenPath: input.listenPath ?? `/${input.name}/`, upstreamUrl: input.upstreamUrl, jwksUri, issuer },
  });
  const { api } = expectSuccess('createApi', createApi, 'CreateApiSuccess');

  // Step 4: a policy that grants it; catalogue entries publish a policy's APIs.
  const { createPolicy } = await client.request(CreatePolicyDocument, { input: { name: `${input.name} policy`, apiIds: [api.id], active: true } });
  const { policy } = expectSuccess('createPolicy', createPolicy, 'CreatePolicySuccess');

  // Step 5: the catalogue entry, overriding the global DCR settings with its own.
  const { createCatalogueEntry } = await client.request(CreateCatalogueEntryDocument, {
    input: { publicName: input.publicName ?? input.name, description: input.description, policyId: policy.id, visible: true, overrideGlobalSettings: true, dcr },
  });
  const { entry } = expectSuccess('createCatalogueEntry', createCatalogueEntry, 'CreateCatalogueEntrySuccess');
  return { api, policy, entry, dcr, dcrSource: defaults && Object.keys(input.dcr).length < 6 ? defaults.source : 'the input' };
}
