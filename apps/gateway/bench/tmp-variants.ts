import { createServer } from 'node:http';
import { createEchoServer } from '@gatehouse/echo';
import autocannon from 'autocannon';
import { buildApiTable } from '../src/build-api-table.ts';
import { createUpstreamForwarder } from '../src/forward-to-upstream.ts';
import { silentLogger } from '../src/gateway-logger.ts';
import { listen } from '../src/test-support/listen.ts';
import { TestIssuer } from '../src/test-support/test-issuer.ts';
import { JwksKeySets } from '../src/jwks-key-sets.ts';
import { verifyAccessToken } from '../src/verify-access-token.ts';

const issuer = await TestIssuer.start();
const echo = createEchoServer();
const echoUrl = await listen(echo);
const table = buildApiTable([{ id: 'b', name: 'b', listenPath: '/bench/', upstreamUrl: `${echoUrl}/anything`, jwksUri: issuer.jwksUri, issuer: null, audience: null, identitySource: 'client_id' }]);
const route = table.routes[0]!;
const fwd = createUpstreamForwarder({ logger: silentLogger });
const keySets = new JwksKeySets();
const token = await issuer.token();
const mode = process.argv[2];
const server = createServer(async (req, res) => {
  if (mode === 'verify' || mode === 'both') {
    const v = await verifyAccessToken(token, route, keySets);
    if (mode === 'verify') { res.writeHead(200, { 'content-type': 'text/plain', 'content-length': 2 }); res.end('ok'); return; }
  }
  await fwd.forward({ req, res, route, upstreamPath: '/anything/x', claims: undefined, clientId: 'c' });
});
const url = await listen(server);
const r = await autocannon({ url: `${url}/bench/x`, connections: 50, duration: 4, headers: { authorization: `Bearer ${token}` } });
console.log(mode, Math.round(r.requests.average), 'req/s p50', r.latency.p50);
process.exit(0);
