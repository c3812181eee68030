import { loadConfig } from '@gatehouse/config';
import { createEchoServer } from './create-echo-server.ts';

const config = loadConfig();
const server = createEchoServer();

server.listen(config.ports.echo, config.host, () => {
  process.stdout.write(`echo listening on http://${config.host}:${config.ports.echo}\n`);
});

// Stop with the script that started us, so the port is freed (STACK.md "Processes and ports").
function shutdown(): void {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(1), 5000).unref();
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
