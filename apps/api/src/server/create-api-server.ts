import { ApolloServer } from '@apollo/server';
import type { GatehouseConfig } from '@gatehouse/config';
import type { PrismaClient } from '@gatehouse/db';
import { createServer, type Server } from 'node:http';
import type { Logger } from 'pino';
import { readSessionToken } from '../modules/auth/session-cookie.ts';
import type { GraphQLContext } from './context.ts';
import { createHttpHandler } from './create-http-handler.ts';
import { createServices, type Services } from './create-services.ts';
import { createFormatError } from './format-error.ts';
import { resolvers, typeDefs } from './schema-modules.ts';

export interface ApiServer {
  server: Server;
  services: Services;
  close(): Promise<void>;
}

export async function createApiServer(deps: { db: PrismaClient; config: GatehouseConfig; encryptionKey: Buffer; logger: Logger }): Promise<ApiServer> {
  const services = createServices(deps);
  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs,
    resolvers,
    // Requests must carry a non-simple content type or a preflight header, so a cross-site
    // form cannot trigger a mutation with the session cookie.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(deps.logger),
  });
  await apollo.start();
  const secureCookies = deps.config.mode !== 'local';
  const handler = createHttpHandler({
    apollo,
    logger: deps.logger,
    context: async (req, setCookie) => {
      const sessionToken = readSessionToken(req.headers.cookie);
      return {
        viewer: await services.auth.viewerForSession(sessionToken),
        services,
        http: { sessionToken, secureCookies, setCookie },
      };
    },
  });
  const server = createServer((req, res) => void handler(req, res));
  return {
    server,
    services,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await apollo.stop();
    },
  };
}
