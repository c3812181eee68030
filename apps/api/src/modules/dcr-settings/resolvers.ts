import type { Resolvers } from '../../generated/graphql.ts';
import { dcrSettingsFields, dcrSettingsWarnings } from './dcr-settings-fields.ts';

export const dcrSettingsResolvers: Resolvers = {
  Query: {
    discoverIdentityProvider: (_parent, { url }, ctx) => ctx.services.dcrSettings.discoverIdentityProvider(ctx.viewer, url),
  },
  DcrSettings: {
    enabled: (row) => dcrSettingsFields(row).enabled,
    provider: (row) => dcrSettingsFields(row).provider,
    grantTypes: (row) => dcrSettingsFields(row).grantTypes,
    tokenEndpointAuthMethod: (row) => dcrSettingsFields(row).tokenEndpointAuthMethod,
    responseTypes: (row) => dcrSettingsFields(row).responseTypes,
    identityProviderHost: (row) => row.idpHost,
    clientRegistrationEndpoint: (row) => row.registrationEndpoint,
    initialRegistrationAccessTokenSet: (row) => Boolean(row.initialAccessTokenEnc),
    warnings: (row) => dcrSettingsWarnings(row),
    updatedAt: (row) => row.updatedAt.toISOString(),
  },
};
