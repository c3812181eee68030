/**
 * The baseline: a pass-through proxy built from the same undici Agent and stream() call the
 * gateway forwards with, and nothing else (no routing, token, policy, limits or counters). It drops
 * only the fields undici refuses to send or that describe the client's connection. It gets the
 * gateway's V8 tuning too, so that the comparison is of the proxies, not of a GC heuristic.
 */
import '../../src/tune-v8.ts';
import { createServer, type ServerResponse } from 'node:http';
import { Agent, type Dispatcher } from 'undici';
import { serveBenchProcess } from '../serve-bench-process.ts';

const upstream = process.env.BENCH_UPSTREAM!;
const agent = new Agent({ headersTimeout: 30_000, connect: { timeout: 10_000 } });
const SKIPPED = new Set(['connection', 'keep-alive', 'host', 'transfer-encoding']);

function relay({ statusCode, headers, opaque }: Dispatcher.StreamFactoryData<ServerResponse>): ServerResponse {
  opaque.writeHead(statusCode, headers as unknown as string[]);
  return opaque;
}

// undici's callback form with one shared callback, as the gateway forwards: no promise per request.
function ended(err: Error | null, { opaque: res }: Dispatcher.StreamData<ServerResponse>): void {
  if (!err) return;
  if (!res.headersSent) res.writeHead(502).end();
  else res.destroy();
}

const server = createServer((req, res) => {
  const headers: string[] = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    if (!SKIPPED.has(req.rawHeaders[i]!.toLowerCase())) headers.push(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  }
  agent.stream({ origin: upstream, path: req.url!, method: req.method as Dispatcher.HttpMethod, headers, body: null, opaque: res, responseHeaders: 'raw' }, relay, ended);
});

await serveBenchProcess(server);
