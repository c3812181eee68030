/**
 * Publishes an API with its own DCR settings and provisions an OAuth client for a developer,
 * end to end, with an ADMIN API token (issue 6). Run:
 *
 *   GATEHOUSE_URL=http://127.0.0.1:4000/graphql GATEHOUSE_TOKEN=gh_… pnpm --filter @gatehouse/client example [-- options]
 *
 * Options (all optional; --help lists them) are documented in packages/client/README.md. It
 * prints what it did; the client secret only with --show-secret, and only to its owner.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { findDeveloper, GatehouseClient, GatehouseError, GatehouseValidationError, MeDocument, provisionClient, publishApiWithDcr, type DcrSettingsInput } from '../src/index.ts';

const USAGE = `Usage: GATEHOUSE_URL=<graphql url> GATEHOUSE_TOKEN=<ADMIN API token> pnpm --filter @gatehouse/client example [-- options]

Publishes an API with DCR settings (API, policy, catalogue entry overriding the global DCR
settings) and provisions an OAuth client for a developer.

Options:
  --api-name <name>              API name (default: example-api-<random>)
  --public-name <name>           catalogue name (default: the API name)
  --upstream <url>               where the gateway forwards (default: http://127.0.0.1:4200)
  --idp-host <url>               DCR identity provider host (default: the global DCR settings',
                                 else those of the first catalogue entry with DCR enabled)
  --registration-endpoint <url>  DCR registration endpoint (default: as --idp-host)
  --grant-types <a,b>            e.g. authorization_code,client_credentials (default: global)
  --developer <email>            who owns the client (default: the first active developer)
  --client-name <name>           (default: <api name> client)
  --redirect-uri <url>           repeat for several (default: https://app.example.com/callback)
  --json                         print one JSON object instead of sentences
  --show-secret                  print the client secret in full, when the token may see it
  --help

Environment: GATEHOUSE_DCR_INITIAL_ACCESS_TOKEN, when the identity provider wants an initial
access token for registration (RFC 7591 section 3); kept out of the arguments so ps cannot show it.
`;

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

let args;
try {
  // `pnpm … example -- --json` hands the script a leading `--`; both spellings work.
  const argv = process.argv.slice(2);
  args = parseArgs({
    args: argv[0] === '--' ? argv.slice(1) : argv,
    options: {
      'api-name': { type: 'string' },
      'public-name': { type: 'string' },
      upstream: { type: 'string', default: 'http://127.0.0.1:4200' },
      'idp-host': { type: 'string' },
      'registration-endpoint': { type: 'string' },
      'grant-types': { type: 'string' },
      developer: { type: 'string' },
      'client-name': { type: 'string' },
      'redirect-uri': { type: 'string', multiple: true, default: ['https://app.example.com/callback'] },
      json: { type: 'boolean', default: false },
      'show-secret': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  }).values;
} catch (error) {
  fail(`${(error as Error).message}\n\n${USAGE}`, 2);
}
if (args.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const url = process.env.GATEHOUSE_URL;
const token = process.env.GATEHOUSE_TOKEN;
if (!url || !token) fail(`Set GATEHOUSE_URL (the /graphql endpoint) and GATEHOUSE_TOKEN (an ADMIN API token from the portal).\n\n${USAGE}`, 2);

const say = (line: string) => {
  if (!args.json) process.stdout.write(`${line}\n`);
};
const masked = (secret: string) => `${secret.slice(0, 4)}…${secret.slice(-4)} (pass --show-secret to print it in full)`;

const client = new GatehouseClient({ url, token });
try {
  const { me } = await client.request(MeDocument);
  if (me?.role !== 'ADMIN') fail('This example needs an ADMIN API token: publishing APIs is for admins. Create one under System Management -> API tokens.');

  const developer = await findDeveloper(client, args.developer);
  if (!developer) fail(args.developer ? `No active developer has the email ${args.developer}.` : 'There is no active developer to provision a client for; add one first.');

  const apiName = args['api-name'] ?? `example-api-${randomBytes(3).toString('hex')}`;
  const dcr: Partial<DcrSettingsInput> = {};
  if (args['idp-host']) dcr.identityProviderHost = args['idp-host'];
  if (args['registration-endpoint']) dcr.clientRegistrationEndpoint = args['registration-endpoint'];
  if (process.env.GATEHOUSE_DCR_INITIAL_ACCESS_TOKEN) dcr.initialRegistrationAccessToken = process.env.GATEHOUSE_DCR_INITIAL_ACCESS_TOKEN;
  if (args['grant-types']) dcr.grantTypes = args['grant-types'].split(',').map((g) => g.trim()) as DcrSettingsInput['grantTypes'];

  const published = await publishApiWithDcr(client, { name: apiName, publicName: args['public-name'], upstreamUrl: args.upstream, dcr, description: 'Published by the @gatehouse/client example.' });
  say(`Published API "${published.api.name}" at ${published.api.gatewayUrl} (id ${published.api.id}).`);
  say(`Created policy "${published.policy.name}" granting it (id ${published.policy.id}).`);
  say(
    `Published catalogue entry "${published.entry.publicName}" (id ${published.entry.id}) with its own DCR settings, based on ${published.dcrSource}: ` +
      `${published.dcr.provider} at ${published.dcr.clientRegistrationEndpoint ?? published.dcr.identityProviderHost}, grant types ${published.dcr.grantTypes.join(' ')}.`,
  );

  const provisioned = await provisionClient(client, {
    catalogueEntryIds: [published.entry.id],
    clientName: args['client-name'] ?? `${apiName} client`,
    redirectUris: args['redirect-uri'],
    developerId: developer.id,
  });
  const secret = provisioned.clientSecret;
  say(`Provisioned OAuth client "${provisioned.clientName}" for ${provisioned.owner.email}: client_id ${provisioned.clientId} (id ${provisioned.id}).`);
  say(
    secret
      ? `Client secret: ${args['show-secret'] ? secret : masked(secret)}`
      : `Client secret: held for ${provisioned.owner.email}, who sees it on the client's page in the portal.`,
  );
  if (provisioned.tokenEndpoint) say(`Token endpoint: ${provisioned.tokenEndpoint}`);

  if (args.json) {
    process.stdout.write(
      `${JSON.stringify({
        api: published.api,
        policy: published.policy,
        catalogueEntry: published.entry,
        client: { id: provisioned.id, clientId: provisioned.clientId, clientName: provisioned.clientName, owner: provisioned.owner.email, tokenEndpoint: provisioned.tokenEndpoint, ...(secret && args['show-secret'] ? { clientSecret: secret } : {}) },
      })}\n`,
    );
  }
} catch (error) {
  if (error instanceof GatehouseValidationError) fail(`Gatehouse refused ${error.message}`);
  if (error instanceof GatehouseError) fail(`Gatehouse answered ${error.code} (HTTP ${error.status}): ${error.message}`);
  throw error;
}
