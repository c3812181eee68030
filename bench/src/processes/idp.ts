/** The embedded identity provider (apps/idp) as its own process, as `npm start` runs it. */
import { createIdp } from '@gatehouse/idp';
import { serveChild } from '../child-process.ts';

const idp = await createIdp({
  issuer: 'http://127.0.0.1:0/oauth/v2/oauth-anonymous',
  dbPath: process.env.BENCH_IDP_DB!,
  audience: 'http://127.0.0.1:8080',
  // As the local stack runs it: the demo data asks for the seed guide's `token` response type.
  substituteResponseTypes: true,
});
await idp.listen(0, '127.0.0.1');
serveChild(idp.issuer, {});
