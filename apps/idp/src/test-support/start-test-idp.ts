import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIdp, type Idp, type IdpOptions } from '../create-idp.ts';

/** The audience tests expect in access tokens: a gateway URL nothing listens on. */
export const TEST_AUDIENCE = 'http://127.0.0.1:8080';

export interface TestIdp {
  idp: Idp;
  /** Temp directory holding idp.db and idp-keys.json. */
  dir: string;
  options: IdpOptions;
  /** Closes the IdP and deletes its files. */
  cleanup(): Promise<void>;
}

/**
 * A real IdP on 127.0.0.1 with an ephemeral port, a Curity-like issuer path and its own temp
 * files. `dir` lets a test start a second IdP on the same files to simulate a restart.
 */
export async function startTestIdp(overrides: Partial<IdpOptions> & { dir?: string } = {}): Promise<TestIdp> {
  const { dir = mkdtempSync(join(tmpdir(), 'gatehouse-idp-')), ...rest } = overrides;
  const options: IdpOptions = {
    issuer: 'http://127.0.0.1:0/oauth/v2/oauth-anonymous',
    dbPath: join(dir, 'idp.db'),
    audience: TEST_AUDIENCE,
    // The protocol tests sign in with any user name; the sign-in with Gatehouse accounts is
    // tested where the portal API runs too (apps/api/src/modules/idp-consents).
    ...(rest.accounts ? {} : { developmentLogin: true }),
    ...rest,
  };
  const idp = await createIdp(options);
  await idp.listen(0, '127.0.0.1');
  return {
    idp,
    dir,
    options,
    async cleanup() {
      await idp.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
