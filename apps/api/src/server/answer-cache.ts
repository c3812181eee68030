import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import type { TableWrites } from '@gatehouse/db';
import type { GraphQLContext } from './context.ts';

/**
 * Tables no cached answer reads, written far more often than anything that is cached (a sign-in,
 * a usage collection every 10 s, an audit row, an API token's last use). Writing them leaves the
 * cached answers alone; writing any other table drops them all. A field given a `@cacheControl`
 * hint must therefore not read these tables.
 */
const NOT_READ_BY_CACHED_ANSWERS: ReadonlySet<string> = new Set(['Session', 'UsageBucket', 'AuditEvent', 'ApiToken']);

/**
 * The answer cache (docs/decisions/012-answer-cache.md). The queries every portal page sends
 * (the catalogue, "my clients") carry `@cacheControl(scope: PRIVATE)` hints in the schema;
 * Apollo's response cache keeps their answers per signed-in user, keyed also by the version of
 * the tables written since (`TableWrites`: by this process, table by table, or by any other
 * connection), so an answer is reused only until the data behind it changes. maxAge is only a
 * backstop. Anonymous callers neither read nor fill it.
 *
 * Cache-Control headers stay off: answers are fresh until a write, not for a time, so browsers
 * must not keep them.
 */
export function answerCachePlugins(writes: TableWrites | undefined, enabled: boolean): ApolloServerPlugin<GraphQLContext>[] {
  const cacheControl = ApolloServerPluginCacheControl({ calculateHttpHeaders: false });
  if (!enabled || !writes) return [cacheControl];
  const signedIn = async ({ contextValue }: { contextValue: GraphQLContext }) => contextValue.viewer !== null;
  return [
    cacheControl,
    responseCachePlugin<GraphQLContext>({
      sessionId: async ({ contextValue }) => contextValue.viewer?.id ?? null,
      extraCacheKeyData: async () => {
        await writes.refresh();
        return writes.versionExcept(NOT_READ_BY_CACHED_ANSWERS);
      },
      shouldReadFromCache: signedIn,
      shouldWriteToCache: signedIn,
    }),
  ];
}
