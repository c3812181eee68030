import { driverFor } from './drivers/index.ts';
import type { Provider } from './providers.ts';

/** What the portal can do with a registered client at its IdP, for the client's page. */
export interface ClientManagement {
  /** Client name and redirect URIs can be changed at the IdP (RFC 7592 section 2.2 or the vendor API). */
  canUpdate: boolean;
  /** The IdP can be asked for a new client secret. */
  canRotateSecret: boolean;
  /** Deleting the client deletes it at the IdP too. */
  canDeleteAtIdp: boolean;
  /** Every update also issues a new client secret (Curity). */
  updateRotatesSecret: boolean;
  /** What the IdP does not allow and why, in words; null when everything is possible. */
  limitation: string | null;
}

/** The means of management the portal holds for a client; presence only, no secrets. */
export interface ManagementMeans {
  clientId: string;
  registrationEndpoint: string;
  registrationClientUri: string | null;
  hasRegistrationAccessToken: boolean;
  /** Whether the DCR settings of the client's APIs still hold a token (Okta manages with it). */
  hasInitialAccessToken: boolean;
}

/**
 * Derived from the driver, not stored: it follows the settings (an Okta API token removed later
 * takes management away). An IdP can still refuse at the time (HTTP 405), which the operations
 * report as unsupported.
 */
export function clientManagement(provider: Provider, means: ManagementMeans): ClientManagement {
  const driver = driverFor(provider);
  const endpoint = driver.clientEndpoint({
    clientId: means.clientId,
    registrationEndpoint: means.registrationEndpoint,
    registrationClientUri: means.registrationClientUri,
    // Markers: the driver only checks that a credential is there.
    registrationAccessToken: means.hasRegistrationAccessToken ? 'present' : null,
    initialAccessToken: means.hasInitialAccessToken ? 'present' : null,
  });
  if (!endpoint) {
    return { canUpdate: false, canRotateSecret: false, canDeleteAtIdp: false, updateRotatesSecret: false, limitation: driver.unmanagedReason };
  }
  const rotation = driver.secretRotation;
  return {
    canUpdate: true,
    canRotateSecret: rotation.kind !== 'unsupported',
    canDeleteAtIdp: true,
    updateRotatesSecret: driver.updateRotatesSecret,
    limitation: rotation.kind === 'unsupported' ? rotation.reason : null,
  };
}
