import { graphql } from '../../graphql/generated/index.ts';

// The row fragment (ApiTokenRow_apiToken) lives beside ApiTokenRow in api-token-row.tsx.

/** Tokens shown on one screen; the API allows at most 100 per page. */
export const API_TOKENS_PAGE_SIZE = 100;

export const ApiTokensQuery = graphql(`
  query ApiTokens($first: Int!) {
    apiTokens(first: $first) {
      edges {
        node {
          id
          ...ApiTokenRow_apiToken
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      __typename
      ... on CreateApiTokenSuccess {
        value
        apiToken {
          id
          name
          ...ApiTokenRow_apiToken
        }
      }
      ...FieldErrors_validationError
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      apiToken {
        ...ApiTokenRow_apiToken
      }
    }
  }
`);
