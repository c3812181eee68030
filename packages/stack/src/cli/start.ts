import { DEMO_ACCOUNTS } from '@gatehouse/api/demo-accounts';
import { startStack } from '../start-stack.ts';

/** `npm start`: every process up, then the URLs and demo logins; Ctrl-C stops them all. */
const stack = await startStack();
const { config } = stack;
const banner = [
  '',
  'Gatehouse is running.',
  '',
  `  Portal (sign in here)   ${config.urls.web}`,
  `  GraphQL API             ${config.urls.web}/graphql  (direct: ${config.urls.api})`,
  `  Gateway                 http://${config.host}:${config.ports.gateway}/curity-api/`,
  `  Embedded IdP (issuer)   ${config.idp.issuer}`,
  `  Echo upstream           ${config.urls.echo}`,
  '',
  `  Admin login             ${DEMO_ACCOUNTS.admin.email} / ${DEMO_ACCOUNTS.admin.password}`,
  `  Developer login         ${DEMO_ACCOUNTS.developer.email} / ${DEMO_ACCOUNTS.developer.password}`,
  '',
  `  Data                    ${config.dataDir}`,
  '  Press Ctrl-C to stop.',
  '',
];
process.stdout.write(banner.join('\n') + '\n');

let stopping = false;
function shutDown(reason: string, exitCode: number) {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`\n${reason}; stopping Gatehouse...\n`);
  void stack.stop().then(() => process.exit(exitCode));
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => shutDown(`${signal} received`, 0));
// One part down means the product is broken: stop the rest rather than run half of it.
void stack.crashed.then((why) => shutDown(why, 1));
