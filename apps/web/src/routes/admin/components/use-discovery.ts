import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { validationErrorOf } from '../../../forms/handle-payload.ts';
import { describeError } from '../../../components/describe-error.ts';
import { graphql } from '../../../graphql/generated/index.ts';
import type { DiscoverIdentityProviderQuery } from '../../../graphql/generated/graphql.ts';

const DiscoverIdentityProviderDocument = graphql(`
  query DiscoverIdentityProvider($url: String!) {
    discoverIdentityProvider(url: $url) {
      __typename
      ... on IdentityProviderDiscovery {
        discoveryUrl
        issuer
        jwksUri
        registrationEndpoint
        tokenEndpoint
        authorizationEndpoint
        grantTypesSupported
        responseTypesSupported
        tokenEndpointAuthMethodsSupported
        claimsSupported
        tokenVendor
        suggestedIdentitySource
        suggestedAudience
        warnings
      }
      ... on DiscoveryFailedError {
        message
      }
      ...FieldErrors_validationError
    }
  }
`);

export type Discovery = Extract<
  DiscoverIdentityProviderQuery['discoverIdentityProvider'],
  { __typename: 'IdentityProviderDiscovery' }
>;

export type DiscoveryState =
  | { status: 'idle' }
  | { status: 'loading'; url: string }
  | { status: 'found'; discovery: Discovery }
  | { status: 'failed'; message: string };

/**
 * Discover (issue 3): asks the API to read an issuer's OpenID Provider Configuration. The page
 * decides which fields to fill from what was found; the state says what to show.
 */
export function useDiscovery() {
  const client = useApolloClient();
  const [state, setState] = useState<DiscoveryState>({ status: 'idle' });

  async function discover(url: string): Promise<Discovery | null> {
    if (!url.trim()) {
      setState({ status: 'failed', message: 'Enter the issuer URL, for example https://idsvr.example.com/oauth/v2/oauth-anonymous.' });
      return null;
    }
    setState({ status: 'loading', url });
    try {
      const { data } = await client.query({ query: DiscoverIdentityProviderDocument, variables: { url: url.trim() }, fetchPolicy: 'network-only' });
      const result = data?.discoverIdentityProvider;
      if (result?.__typename === 'IdentityProviderDiscovery') {
        setState({ status: 'found', discovery: result });
        return result;
      }
      const invalid = validationErrorOf(result);
      const message =
        result?.__typename === 'DiscoveryFailedError'
          ? result.message
          : invalid
            ? (invalid.fieldErrors[0]?.message ?? invalid.message)
            : 'The identity provider could not be read.';
      setState({ status: 'failed', message });
    } catch (error) {
      setState({ status: 'failed', message: describeError(error).message });
    }
    return null;
  }

  return { state, discover };
}
