import type { EffectiveDcrSettings } from '../dcr-settings/effective-dcr-settings.ts';

/** RFC 7591 section 2 metadata the portal sends from the DCR settings. */
export type SettingsMetadata = 'grant_types' | 'response_types' | 'token_endpoint_auth_method';

/** Values the settings ask for that the registered client lacks. */
export interface MetadataNotRegistered {
  metadata: SettingsMetadata;
  values: string[];
}

/** The client as the IdP registered it (its answer, with RFC 7591 section 2 defaults). */
export interface RegisteredSettingsMetadata {
  grantTypes: readonly string[];
  responseTypes: readonly string[];
  tokenEndpointAuthMethod: string;
}

/**
 * What the DCR settings ask for that the IdP did not register. RFC 7591 section 2: the server
 * "MAY reject or replace any of the client's requested metadata values ... and substitute them
 * with suitable values", and its answer (section 3.2.1) says what it registered. The portal sends
 * the settings as the admin saved them, so whoever registers is told what the IdP did not keep
 * (the seed guide's `token` without `implicit`, at an IdP that drops it).
 */
export function notRegisteredByIdp(settings: EffectiveDcrSettings | null, registered: RegisteredSettingsMetadata): MetadataNotRegistered[] {
  if (!settings) return [];
  const missing = (asked: readonly string[], kept: readonly string[]) => asked.filter((value) => !kept.includes(value));
  const found: MetadataNotRegistered[] = [
    { metadata: 'grant_types', values: missing(settings.grantTypes, registered.grantTypes) },
    { metadata: 'response_types', values: missing(settings.responseTypes, registered.responseTypes) },
    { metadata: 'token_endpoint_auth_method', values: missing([settings.tokenEndpointAuthMethod], [registered.tokenEndpointAuthMethod]) },
  ];
  return found.filter((f) => f.values.length > 0);
}
