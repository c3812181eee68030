import { graphql } from '../../../graphql/generated/index.ts';

export const CreateApiMutation = graphql(`
  mutation CreateApi($input: CreateApiInput!) {
    createApi(input: $input) {
      __typename
      ... on CreateApiSuccess {
        api {
          id
          name
        }
      }
      ...FieldErrors_validationError
    }
  }
`);

export const UpdateApiMutation = graphql(`
  mutation UpdateApi($input: UpdateApiInput!) {
    updateApi(input: $input) {
      __typename
      ... on UpdateApiSuccess {
        api {
          id
          ...ApiEditor_api
        }
      }
      ...FieldErrors_validationError
    }
  }
`);

export const DeleteApiMutation = graphql(`
  mutation DeleteApi($input: DeleteApiInput!) {
    deleteApi(input: $input) {
      __typename
      ... on DeleteApiSuccess {
        deletedId
      }
      ... on InUseError {
        message
        usedBy {
          kind
          id
          name
        }
      }
    }
  }
`);
