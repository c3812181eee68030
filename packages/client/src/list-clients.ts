import type { GatehouseClient } from './gatehouse-client.ts';
import { OAuthClientsWithUsageDocument, type OAuthClientsWithUsageQuery } from './generated/graphql.ts';

export type ClientWithUsage = OAuthClientsWithUsageQuery['oauthClients']['edges'][number]['node'];

/** Every developer's OAuth clients with their gateway usage, page by page (ADMIN or READ_ONLY token). */
export async function* listClientsWithUsage(client: GatehouseClient, pageSize = 50): AsyncGenerator<ClientWithUsage> {
  let after: string | null = null;
  do {
    const { oauthClients }: OAuthClientsWithUsageQuery = await client.request(OAuthClientsWithUsageDocument, { first: pageSize, after });
    for (const edge of oauthClients.edges) yield edge.node;
    after = oauthClients.pageInfo.hasNextPage ? oauthClients.pageInfo.endCursor : null;
  } while (after);
}
