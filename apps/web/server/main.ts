import { ConfigError, loadConfig } from '@gatehouse/config';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWebServer } from './create-web-server.ts';

function fail(message: string): never {
  process.stderr.write(`web: ${message}\n`);
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
  process.stdout.write(`web listening on http://${config.host}:${config.ports.web} (API ${config.urls.api})\n`);
});

// Stop with the script that started us, so the port is freed (STACK.md "Processes and ports").
function shutdown(): void {
  server.close(() => process.exit(0));
  // Keep-alive connections would hold close() open; the browser reconnects on its own.
  server.closeAllConnections();
  setTimeout(() => process.exit(1), 5000).unref();
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
