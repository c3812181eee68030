import { loadConfig, loadInternalToken } from '@gatehouse/config';

/**
 * `pnpm --filter @gatehouse/idp rotate-keys`: one signing key rotation at the running embedded
 * IdP. The announced next key starts signing, the current one stays in the JWKS until every token
 * it signed has expired, and a new next key is announced, so no gateway ever meets a token it
 * cannot check. Prints the keys and their states.
 */
const config = loadConfig();
const res = await fetch(`${config.idp.issuer}/internal/signing-keys/rotate`, {
  method: 'POST',
  headers: { authorization: `Bearer ${loadInternalToken(config)}` },
  signal: AbortSignal.timeout(15_000),
});
if (!res.ok) {
  process.stderr.write(`The embedded IdP at ${config.idp.issuer} answered HTTP ${res.status}; is it running with the same GATEHOUSE_INTERNAL_TOKEN?\n`);
  process.exit(1);
}
const answer = (await res.json()) as { signingKid: string; keys: { kid: string; state: string; removeAfter: string | null }[] };
const lines = answer.keys.map((key) => `  ${key.state.padEnd(8)} ${key.kid}${key.removeAfter ? `  (published until ${key.removeAfter})` : ''}`);
process.stdout.write(`New tokens are signed with ${answer.signingKid}.\n${lines.join('\n')}\n`);
