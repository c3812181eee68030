/** The try-it operations as the SPA sends them, with every payload member the tests look at. */
const TOKEN_RESULT = /* GraphQL */ `
  __typename
  ... on AccessTokenResult { clientId grantType accessToken tokenType scope expiresIn expiresAt isJwt refreshTokenIssued header { name value } claims { name value time } }
  ... on TokenRequestError { code idpError message httpStatus }
  ... on ValidationError { message fieldErrors { path message } }
`;
export const CLIENT_CREDENTIALS = `mutation($input: GetClientCredentialsTokenInput!) { getClientCredentialsToken(input: $input) { ${TOKEN_RESULT} ... on TokenGrantUnavailableError { message } } }`;
export const START = /* GraphQL */ `
  mutation($input: StartAuthorizationInput!) {
    startAuthorization(input: $input) {
      __typename
      ... on AuthorizationStarted { authorizationUrl state redirectUri codeChallenge portalCallbackAdded expiresAt }
      ... on ValidationError { message fieldErrors { path message } }
      ... on TokenGrantUnavailableError { message }
      ... on IdpRegistrationError { error message }
    }
  }
`;
export const EXCHANGE = /* GraphQL */ `
  mutation($input: ExchangeAuthorizationCodeInput!) {
    exchangeAuthorizationCode(input: $input) {
      ${TOKEN_RESULT}
      ... on AuthorizationRequestExpiredError { message }
    }
  }
`;
