import { IdpBrowser } from '@gatehouse/idp/idp-browser';
import { DEMO_ACCOUNTS } from '../../../seed/demo-accounts.ts';

/** Signs in with a portal account and allows what the app asks; the redirect to the client. */
export async function signInAtEmbeddedIdp(authorizationUrl: string, issuer: string, account: { email: string; password: string } = DEMO_ACCOUNTS.developer): Promise<URL> {
  const browser = new IdpBrowser(issuer);
  let step = await browser.open(authorizationUrl);
  if (!(step instanceof URL) && step.html.includes('name="password"')) step = await browser.submit(step, { email: account.email, password: account.password });
  if (!(step instanceof URL) && step.html.includes('name="decision"')) step = await browser.submit(step, { decision: 'allow' });
  if (!(step instanceof URL)) throw new Error(`expected a redirect to the client, got HTTP ${step.status}`);
  return step;
}
