import { graphql } from '../../../graphql/generated/index.ts';

/** Policies to choose from and the global DCR settings, for both catalogue forms. */
export const CatalogueFormChoicesQuery = graphql(`
  query CatalogueFormChoices {
    policies(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    portalSettings {
      dcr {
        enabled
        provider
        clientRegistrationEndpoint
      }
    }
  }
`);

export const CreateCatalogueEntryMutation = graphql(`
  mutation CreateCatalogueEntry($input: CreateCatalogueEntryInput!) {
    createCatalogueEntry(input: $input) {
      __typename
      ... on CreateCatalogueEntrySuccess {
        entry {
          id
          publicName
        }
      }
      ...FieldErrors_validationError
    }
  }
`);

export const UpdateCatalogueEntryMutation = graphql(`
  mutation UpdateCatalogueEntry($input: UpdateCatalogueEntryInput!) {
    updateCatalogueEntry(input: $input) {
      __typename
      ... on UpdateCatalogueEntrySuccess {
        entry {
          id
          ...CatalogueEntryEditor_entry
        }
      }
      ...FieldErrors_validationError
    }
  }
`);

export const DeleteCatalogueEntryMutation = graphql(`
  mutation DeleteCatalogueEntry($input: DeleteCatalogueEntryInput!) {
    deleteCatalogueEntry(input: $input) {
      __typename
      ... on DeleteCatalogueEntrySuccess {
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
