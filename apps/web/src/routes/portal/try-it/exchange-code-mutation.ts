import { graphql } from '../../../graphql/generated/index.ts';

/** Exchanges a code for a token; the manual form and the callback route both send it. */
export const ExchangeAuthorizationCodeMutation = graphql(`
  mutation ExchangeAuthorizationCode($input: ExchangeAuthorizationCodeInput!) {
    exchangeAuthorizationCode(input: $input) {
      __typename
      ... on AccessTokenResult {
        clientId
        ...TokenResult_token
      }
      ... on TokenRequestError {
        code
        message
      }
      ... on AuthorizationRequestExpiredError {
        message
      }
      ...FieldErrors_validationError
    }
  }
`);
