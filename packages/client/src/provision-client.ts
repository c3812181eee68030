import { randomUUID } from 'node:crypto';
import { expectSuccess } from './field-errors.ts';
import type { GatehouseClient } from './gatehouse-client.ts';
import { CreateOAuthClientDocument, DevelopersDocument, type CreateOAuthClientMutation, type DevelopersQuery } from './generated/graphql.ts';

export type ProvisionedClient = Extract<CreateOAuthClientMutation['createOAuthClient'], { __typename?: 'CreateOAuthClientSuccess' }>['client'];

export interface ProvisionClientInput {
  /** Catalogue entries (CatalogueEntry.id) the client is for. */
  catalogueEntryIds: string[];
  clientName: string;
  /** Redirect URIs, each an absolute URL; a field error's path names one, e.g. `redirectUris.1`. */
  redirectUris: string[];
  /** The developer who will own the client (ADMIN token only); leave out with a personal token. */
  developerId?: string;
  /** Makes a retried call register one client; default a new UUID. */
  idempotencyKey?: string;
}

/** An active developer by email, paging through `developers` (ADMIN or READ_ONLY token). */
export async function findDeveloper(client: GatehouseClient, email?: string): Promise<{ id: string; email: string } | null> {
  let after: string | null = null;
  do {
    const { developers }: DevelopersQuery = await client.request(DevelopersDocument, { first: 100, after });
    const match = developers.edges.map((e) => e.node).find((d) => d.active && (!email || d.email.toLowerCase() === email.toLowerCase()));
    if (match) return { id: match.id, email: match.email };
    after = developers.pageInfo.hasNextPage ? developers.pageInfo.endCursor : null;
  } while (after);
  return null;
}

/**
 * Registers an OAuth client at the catalogue entries' identity provider (RFC 7591) through the
 * portal. With an ADMIN token and `developerId` the developer owns it and alone sees its secret.
 */
export async function provisionClient(client: GatehouseClient, input: ProvisionClientInput): Promise<ProvisionedClient> {
  const { createOAuthClient } = await client.request(CreateOAuthClientDocument, {
    input: {
      catalogueEntryIds: input.catalogueEntryIds,
      clientName: input.clientName,
      redirectUris: input.redirectUris,
      developerId: input.developerId,
      idempotencyKey: input.idempotencyKey ?? randomUUID(),
    },
  });
  return expectSuccess('createOAuthClient', createOAuthClient, 'CreateOAuthClientSuccess').client;
}
