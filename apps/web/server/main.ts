import { ConfigError, loadConfig } from '@gatehouse/config';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWebServer } from './create-web-server.ts';

function fail(message: string): never {
  console.error(`web: ${message}`);
  process.exit(1);
}

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}

const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
if (!existsSync(join(distDir, 'index.html'))) {
  fail(`${distDir} has no index.html; build the SPA first: pnpm --filter @gatehouse/web build`);
}

const server = createWebServer({ distDir, apiUrl: config.urls.api });
server.on('error', (error) => fail(error.message));
server.listen(config.ports.web, config.host, () => {
  console.log(`web: http://${config.host}:${config.ports.web} (API ${config.urls.api})`);
});

function shutdown() {
  server.close(() => process.exit(0));
  // Keep-alive connections would hold close() open; the browser reconnects on its own.
  server.closeAllConnections();
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
