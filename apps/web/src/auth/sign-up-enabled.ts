import { apolloClient } from '../apollo/apollo-client.ts';
import { graphql } from '../graphql/generated/index.ts';

const SignUpEnabledQuery = graphql(`
  query SignUpEnabled {
    signUpEnabled
  }
`);

/**
 * Whether the portal lets visitors create developer accounts (Portal Management -> Settings).
 * Always asked fresh: an admin may have just changed it. False when the API cannot say.
 */
export async function fetchSignUpEnabled(): Promise<boolean> {
  try {
    const { data } = await apolloClient.query({ query: SignUpEnabledQuery, fetchPolicy: 'network-only' });
    return data?.signUpEnabled ?? false;
  } catch {
    return false;
  }
}

/** The API's rule (apps/api auth/account-fields.ts), checked here first to save a round trip. */
export const MIN_PASSWORD_LENGTH = 12;
