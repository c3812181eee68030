import type { ClientMetadataRequest } from '@gatehouse/dcr';
import type { CatalogueEntryView } from '../catalogue/index.ts';
import type { EffectiveDcrSettings } from '../dcr-settings/index.ts';

/** The one IdP and one set of DCR settings that all chosen APIs agree on. */
export interface RegistrationTarget {
  settings: EffectiveDcrSettings & { registrationEndpoint: string };
}

/** Settings that must be equal for one client to serve several APIs. */
const MUST_AGREE = ['registrationEndpoint', 'provider', 'tokenEndpointAuthMethod', 'grantTypes', 'responseTypes'] as const;
const LABEL: Record<(typeof MUST_AGREE)[number], string> = {
  registrationEndpoint: 'identity provider',
  provider: 'provider',
  tokenEndpointAuthMethod: 'token endpoint auth method',
  grantTypes: 'grant types',
  responseTypes: 'response types',
};

/**
 * A client lives at one IdP with one set of metadata, so every chosen API must resolve to the
 * same effective DCR settings (Tyk #2314: clients spanning several APIs broke). Returns the
 * target or a sentence that names the conflict.
 */
export function resolveRegistrationTarget(entries: CatalogueEntryView[]): RegistrationTarget | { conflict: string } {
  const disabled = entries.filter((e) => !e.dcr.enabled || !e.dcr.registrationEndpoint);
  if (disabled.length > 0) {
    return { conflict: `Dynamic Client Registration is not enabled for ${disabled.map((e) => e.publicName).join(', ')}; ask an admin.` };
  }
  const [first, ...rest] = entries;
  if (!first) return { conflict: 'Select at least one API.' };
  for (const other of rest) {
    for (const key of MUST_AGREE) {
      if (String(first.dcr[key]) !== String(other.dcr[key])) {
        return {
          conflict: `${first.publicName} and ${other.publicName} use different ${LABEL[key]} settings, so one client cannot serve both; create a client for each.`,
        };
      }
    }
  }
  return { settings: first.dcr as RegistrationTarget['settings'] };
}

/** RFC 7591 section 2 metadata for the request; the IdP may change it in its answer. */
export function registrationMetadata(target: RegistrationTarget, input: { clientName: string; redirectUris: string[] }): ClientMetadataRequest {
  return {
    client_name: input.clientName,
    redirect_uris: input.redirectUris,
    grant_types: target.settings.grantTypes,
    response_types: target.settings.responseTypes,
    token_endpoint_auth_method: target.settings.tokenEndpointAuthMethod,
  };
}
