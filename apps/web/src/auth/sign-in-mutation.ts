import { graphql } from '../graphql/generated/index.ts';

/** Signing in with email and password: the sign-in page, and the sign-up page right after sign-up. */
export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on SignInSuccess {
        user {
          id
          name
          email
          role
        }
      }
      ... on InvalidCredentialsError {
        message
      }
      ... on SignInThrottledError {
        message
      }
      ...FieldErrors_validationError
    }
  }
`);
