import type { Provider } from '../providers.ts';
import { curityDriver } from './curity.ts';
import { gluuDriver } from './gluu.ts';
import { keycloakDriver } from './keycloak.ts';
import { oktaDriver } from './okta.ts';
import { otherDriver } from './other.ts';
import type { ProviderDriver } from './provider-driver.ts';

/** One driver per provider the seed's `Providers` field offers. */
export const PROVIDER_DRIVERS: Record<Provider, ProviderDriver> = {
  OTHER: otherDriver,
  CURITY: curityDriver,
  KEYCLOAK: keycloakDriver,
  OKTA: oktaDriver,
  GLUU: gluuDriver,
};

export function driverFor(provider: Provider): ProviderDriver {
  return PROVIDER_DRIVERS[provider];
}

export type { ClientAtIdp, ClientEndpoint, ProviderDriver, SecretRotation } from './provider-driver.ts';
export { OKTA_PATHS } from './okta.ts';
