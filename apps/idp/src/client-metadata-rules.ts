import { errors, type ClientMetadata, type KoaContextWithOIDC } from 'oidc-provider';

/**
 * RFC 7591 section 2 metadata that oidc-provider does not know. Listing them keeps them in the
 * registered client (Curity's templatized DCR names a template client with `software_id`), and
 * gives the rules below a hook: oidc-provider calls the validator only for listed properties.
 */
export const EXTRA_CLIENT_METADATA = ['software_id', 'software_version'] as const;

/**
 * Rules oidc-provider does not enforce itself. Each failure is an RFC 7591 section 3.2.2
 * `invalid_client_metadata`, which the portal shows to the developer.
 */
export function validateClientMetadata(_ctx: KoaContextWithOIDC | undefined, key: string, value: unknown, metadata: ClientMetadata): void {
  if (value !== undefined && typeof value !== 'string') {
    throw new errors.InvalidClientMetadata(`${key} must be a string`);
  }
  // Cross-field rules: once per client, on the first listed property.
  if (key !== EXTRA_CLIENT_METADATA[0]) return;

  // RFC 6749 section 4.4: "The client credentials grant type MUST only be used by confidential
  // clients." oidc-provider would otherwise hand a gateway token to anyone who knows the
  // client_id of a public client.
  if (metadata.token_endpoint_auth_method === 'none' && metadata.grant_types?.includes('client_credentials')) {
    throw new errors.InvalidClientMetadata(
      'grant_types must not contain client_credentials when token_endpoint_auth_method is none (client credentials need a confidential client)',
    );
  }
}
