import { graphql } from '../../../graphql/generated/index.ts';

export const CreatePolicyMutation = graphql(`
  mutation CreatePolicy($input: CreatePolicyInput!) {
    createPolicy(input: $input) {
      __typename
      ... on CreatePolicySuccess {
        policy {
          id
          name
        }
      }
      ...FieldErrors_validationError
    }
  }
`);

export const UpdatePolicyMutation = graphql(`
  mutation UpdatePolicy($input: UpdatePolicyInput!) {
    updatePolicy(input: $input) {
      __typename
      ... on UpdatePolicySuccess {
        policy {
          id
          ...PolicyEditor_policy
        }
      }
      ...FieldErrors_validationError
    }
  }
`);

export const DeletePolicyMutation = graphql(`
  mutation DeletePolicy($input: DeletePolicyInput!) {
    deletePolicy(input: $input) {
      __typename
      ... on DeletePolicySuccess {
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

/** The APIs a policy can grant, for the Access rights tab. */
export const PolicyApiChoicesQuery = graphql(`
  query PolicyApiChoices {
    apis(first: 100) {
      edges {
        node {
          id
          name
          listenPath
        }
      }
    }
  }
`);
