import { loadConfig } from '@gatehouse/config';
import { createPrismaClient } from '@gatehouse/db';
import { pino } from 'pino';
import { createApiDefinitionsRepo } from './api-definitions.repo.ts';
import { createGateway } from './create-gateway.ts';
import { createPollingApiDefinitionSource } from './polling-api-definition-source.ts';

const config = loadConfig();
const logger = pino({
  name: 'gateway',
  level: config.logLevel,
  // Belt and braces: the gateway never logs request headers, and a token must never reach a log.
  redact: { paths: ['req.headers.authorization', 'headers.authorization', 'authorization'], censor: '[redacted]' },
});

const prisma = createPrismaClient(config.databaseUrl);
const repo = createApiDefinitionsRepo(prisma);
const source = createPollingApiDefinitionSource({ load: repo.listActive, logger });
await source.start();

const gateway = createGateway({ source, logger });
gateway.server.listen(config.ports.gateway, config.host, () => {
  logger.info({ url: `http://${config.host}:${config.ports.gateway}`, apis: source.current().size }, 'gateway listening');
});

// Stop with the script that started us, so the port is freed (STACK.md "Processes and ports").
let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'gateway stopping');
  setTimeout(() => process.exit(1), 10_000).unref();
  source.close();
  await gateway.close();
  await prisma.$disconnect();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
