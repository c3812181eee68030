import type { PortalCredential } from '../describe-failure.ts';
import type { ClientInformationSchema } from '../idp-answer-schemas.ts';
import type { Provider } from '../providers.ts';
import type { ClientMetadataRequest } from '../rfc7591.ts';

/** What the portal holds about a registered client, secrets opened, for a management request. */
export interface ClientAtIdp {
  clientId: string;
  /** The Client Registration Endpoint the client was registered at. */
  registrationEndpoint: string;
  /** RFC 7592 section 3, when the IdP returned it. */
  registrationClientUri: string | null;
  registrationAccessToken: string | null;
  /** The DCR settings' Initial Registration Access Token or vendor API token (Okta manages with it). */
  initialAccessToken: string | null;
}

/** Where one client is read, replaced and deleted, and the Authorization header to send. */
export interface ClientEndpoint {
  url: string;
  authorization: string;
  credential: PortalCredential;
}

/** How an IdP issues a new client secret. */
export type SecretRotation =
  /**
   * RFC 7592 section 2.2: "The authorization server MAY include a new client secret" in the
   * answer to a PUT. The portal sends the metadata without the current secret and checks
   * whether a new one came back (Curity issues one on every PUT; the embedded IdP when the PUT
   * leaves client_secret out).
   */
  | { kind: 'put-without-secret' }
  /** A vendor endpoint under the client's URL (Okta: POST .../lifecycle/newSecret). */
  | { kind: 'vendor-endpoint'; method: 'POST'; path: string }
  | { kind: 'unsupported'; reason: string };

/**
 * What one identity provider vendor needs beyond RFC 7591/7592. Each driver is data plus small
 * functions; the operations (register, update, rotate, delete) read it and stay generic.
 */
export interface ProviderDriver {
  readonly provider: Provider;
  /** RFC 7591 section 3 leaves authenticating the registration request to the server. */
  registrationAuthorization(initialAccessToken: string | null): string | undefined;
  /** The RFC 7591 request body, with the vendor's own rules applied to the metadata. */
  registrationBody(metadata: ClientMetadataRequest): Record<string, unknown>;
  /** Where and how to manage a registered client; null when the IdP gave the portal no means. */
  clientEndpoint(client: ClientAtIdp): ClientEndpoint | null;
  /** Why clientEndpoint is null, in words for the client's page. */
  readonly unmanagedReason: string;
  /** Whether a PUT carries the current client_secret (RFC 7592 section 2.2 allows it). */
  readonly putCarriesSecret: boolean;
  readonly secretRotation: SecretRotation;
  /** Whether every update also issues a new client secret, which the developer must pick up. */
  readonly updateRotatesSecret: boolean;
  /**
   * Statuses of a DELETE that may mean the client is gone at the IdP, or that the portal's means
   * no longer reach it: never taken for a deletion (RFC 7592 section 2.3 says 204).
   */
  readonly goneStatuses: readonly number[];
  /** The shape of the IdP's client information responses, checked before anything is stored. */
  readonly answerSchema: ClientInformationSchema;
}
