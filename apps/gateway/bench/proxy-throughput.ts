/**
 * Measures the gateway's overhead: the echo upstream alone, then the same requests through the
 * gateway with JWT verification. Run with `pnpm --filter @gatehouse/gateway bench`.
 */
import { createEchoServer } from '@gatehouse/echo';
import autocannon, { type Result } from 'autocannon';
import { createGateway } from '../src/create-gateway.ts';
import { createInMemoryApiDefinitionSource } from '../src/in-memory-api-definition-source.ts';
import { listen, stop } from '../src/test-support/listen.ts';
import { TestIssuer } from '../src/test-support/test-issuer.ts';

const duration = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

const issuer = await TestIssuer.start();
const echo = createEchoServer();
const echoUrl = await listen(echo);
const source = createInMemoryApiDefinitionSource([
  { id: 'bench', name: 'bench', listenPath: '/bench/', upstreamUrl: `${echoUrl}/anything`, jwksUri: issuer.jwksUri, issuer: issuer.issuer, audience: null, identitySource: 'client_id' },
]);
const gateway = createGateway({ source });
const gatewayUrl = await listen(gateway.server);
const headers = { authorization: `Bearer ${await issuer.token()}` };

const summary = (label: string, r: Result) =>
  `${label.padEnd(22)} ${Math.round(r.requests.average).toString().padStart(6)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  non-2xx ${r.non2xx}  errors ${r.errors}`;

const direct = await autocannon({ url: `${echoUrl}/anything/x?y=1`, connections, duration, headers });
const proxied = await autocannon({ url: `${gatewayUrl}/bench/x?y=1`, connections, duration, headers });
const rejected = await autocannon({ url: `${gatewayUrl}/bench/x?y=1`, connections, duration });

process.stdout.write(`${connections} connections, ${duration} s each\n`);
process.stdout.write(`${summary('echo directly', direct)}\n${summary('through the gateway', proxied)}\n${summary('401 without a token', rejected)}\n`);

await gateway.close();
await Promise.all([stop(echo), issuer.stop()]);
