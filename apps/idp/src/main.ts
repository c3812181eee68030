import { join } from 'node:path';
import { loadConfig, loadEncryptionKey, loadInternalToken } from '@gatehouse/config';
import { pino } from 'pino';
import { createIdp } from './create-idp.ts';
import { portalAccountsOverHttp } from './portal-login/portal-accounts.ts';

/** The embedded IdP as a process: `pnpm --filter @gatehouse/idp start`. */
const config = loadConfig();
const logger = pino({ name: 'idp', level: config.logLevel });

// Refuses IDP_LOGIN=development in production mode, and a missing GATEHOUSE_INTERNAL_TOKEN there.
const internalToken = loadInternalToken(config);
const developmentLogin = config.idp.login === 'development';
const idp = await createIdp({
  mode: config.mode,
  developmentLogin,
  accounts: portalAccountsOverHttp({ apiUrl: () => config.urls.apiInternal, token: internalToken }),
  internalToken,
  issuer: config.idp.issuer,
  dbPath: config.idp.dbPath,
  keysPath: join(config.dataDir, 'idp-keys.json'),
  // The portal API's key: GATEHOUSE_ENCRYPTION_KEY, or the data directory's encryption.key locally.
  encryptionKey: loadEncryptionKey(config),
  initialAccessToken: config.idp.initialAccessToken,
  substituteResponseTypes: config.idp.substituteResponseTypes,
  audience: config.urls.gateway,
  logger,
});
await idp.listen(config.ports.idp, config.host);

logger.info(
  {
    issuer: idp.issuer,
    discovery: idp.endpoints.discovery,
    registration: idp.endpoints.registration,
    registrationRequiresToken: Boolean(config.idp.initialAccessToken),
    substituteResponseTypes: config.idp.substituteResponseTypes,
    audience: config.urls.gateway,
    login: config.idp.login,
  },
  'embedded IdP listening',
);

let stopping = false;
const stop = async (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping embedded IdP');
  await idp.close();
  // The server and the database are closed; nothing else keeps the event loop alive.
  process.exitCode = 0;
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
