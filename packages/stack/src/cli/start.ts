import { DEMO_ACCOUNTS } from '@gatehouse/api/demo-accounts';
import { startStack } from '../start-stack.ts';

/** `npm start`: every process up, then the URLs and demo logins; Ctrl-C stops them all. */
const stack = await startStack();
const { config } = stack;
const demo = config.firstStart.demoData;
// Demo logins exist only when the first start loaded the demo data (GATEHOUSE_DEMO_DATA).
const logins = demo
  ? [
      `  Admin login             ${DEMO_ACCOUNTS.admin.email} / ${DEMO_ACCOUNTS.admin.password}`,
      `  Developer login         ${DEMO_ACCOUNTS.developer.email} / ${DEMO_ACCOUNTS.developer.password}`,
    ]
  : config.firstStart.admin
    ? [`  Admin login             ${config.firstStart.admin.email} (password from GATEHOUSE_ADMIN_PASSWORD)`]
    : [];
const banner = [
  '',
  'Gatehouse is running.',
  '',
  `  Portal (sign in here)   ${config.urls.web}`,
  `  GraphQL API             ${config.urls.web}/graphql  (direct: ${config.urls.api})`,
  `  Gateway                 http://${config.host}:${config.ports.gateway}${demo ? '/curity-api/' : ''}`,
  `  Embedded IdP (issuer)   ${config.idp.issuer}`,
  `  Echo upstream           ${config.urls.echo}`,
  '',
  ...logins,
  ...(logins.length > 0 ? [''] : []),
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
