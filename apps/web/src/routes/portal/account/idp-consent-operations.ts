import { graphql } from '../../../graphql/generated/index.ts';

export const MyIdpConsentsQuery = graphql(`
  query MyIdpConsents {
    myIdpConsents {
      clientId
      clientName
      scopes
      grantedAt
    }
  }
`);

export const RevokeIdpConsentMutation = graphql(`
  mutation RevokeIdpConsent($input: RevokeIdpConsentInput!) {
    revokeIdpConsent(input: $input) {
      clientId
    }
  }
`);
