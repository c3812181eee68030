import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { OperationVariables } from '@apollo/client';

/**
 * The root query fields (cached lists and lookups) each mutation makes stale when it succeeds.
 * They are evicted, so the next page that needs them fetches them again; one table, so a new
 * mutation or a new list is one line here rather than an `update` in every component.
 */
export const STALE_AFTER: Readonly<Record<string, readonly string[]>> = {
  AddDeveloper: ['developers'],
  DeactivateDeveloper: ['developers'],
  ReactivateDeveloper: ['developers'],
  CreateApi: ['apis'],
  DeleteApi: ['apis', 'policies'],
  CreatePolicy: ['policies', 'apis', 'api'],
  UpdatePolicy: ['api', 'apis'],
  DeletePolicy: ['policies', 'api', 'apis'],
  CreateCatalogueEntry: ['catalogueEntries', 'catalogue', 'publishedApis', 'publishedApi', 'policy'],
  UpdateCatalogueEntry: ['catalogue', 'publishedApis', 'publishedApi', 'policy'],
  DeleteCatalogueEntry: ['catalogueEntries', 'catalogue', 'publishedApis', 'publishedApi', 'policy'],
  UpdatePortalSettings: ['catalogue', 'publishedApis', 'publishedApi', 'catalogueEntries', 'catalogueEntry', 'redirectUriSeparator'],
  CreateOAuthClient: ['myOAuthClients'],
};

/** Drops cached root fields a mutation made stale; the next visit refetches them. */
export function evictRootFields(cache: ApolloCache, fieldNames: readonly string[]): void {
  for (const fieldName of fieldNames) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

function operationName(document: TypedDocumentNode<unknown, never>): string | undefined {
  for (const definition of document.definitions) if (definition.kind === 'OperationDefinition') return definition.name?.value;
  return undefined;
}

/** True unless the payload is one of the union's error members (`ValidationError`, `InUseError`, ...). */
function succeeded(data: unknown): boolean {
  const payload = data && typeof data === 'object' ? Object.values(data)[0] : undefined;
  const typename = (payload as { __typename?: string } | null | undefined)?.__typename;
  return typename === undefined || !typename.endsWith('Error');
}

/** useMutation with the cache effects of STALE_AFTER applied when the mutation succeeds. */
export function useFormMutation<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  options?: Pick<useMutation.Options<TData, TVariables>, 'refetchQueries' | 'awaitRefetchQueries'>,
) {
  const stale = STALE_AFTER[operationName(document as TypedDocumentNode<unknown, never>) ?? ''] ?? [];
  const update = (cache: ApolloCache, result: { data?: unknown }) => (succeeded(result.data) ? evictRootFields(cache, stale) : undefined);
  return useMutation(document, { ...options, update: stale.length ? update : undefined } as never);
}
