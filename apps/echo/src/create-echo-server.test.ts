import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEchoServer } from './create-echo-server.ts';
import type { EchoedRequest } from './describe-request.ts';
import { MAX_BODY_BYTES } from './read-capped-body.ts';

const server = createEchoServer();
let port = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  json: unknown;
}

function send(method: string, path: string, headers: Record<string, string> = {}, body?: Buffer | string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('echo server', () => {
  it('echoes method, raw path, query and headers of any request', async () => {
    const reply = await send('GET', '/anything/deep/path?a=1&b=2&b=3', { authorization: 'Bearer abc.def.ghi', 'x-demo': 'yes' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
    const echoed = reply.json as EchoedRequest;
    expect(echoed.method).toBe('GET');
    expect(echoed.path).toBe('/anything/deep/path');
    expect(echoed.query).toEqual({ a: '1', b: ['2', '3'] });
    expect(echoed.headers.authorization).toBe('Bearer abc.def.ghi');
    expect(echoed.headers['x-demo']).toBe('yes');
    expect(echoed.body).toBe('');
    expect(echoed.json).toBeNull();
  });

  it('returns a JSON body as text and parsed', async () => {
    const payload = { hello: 'world', n: 1 };
    const reply = await send('POST', '/post', { 'content-type': 'application/json; charset=utf-8' }, JSON.stringify(payload));
    const echoed = reply.json as EchoedRequest;
    expect(reply.status).toBe(200);
    expect(echoed.method).toBe('POST');
    expect(echoed.body).toBe(JSON.stringify(payload));
    expect(echoed.json).toEqual(payload);
  });

  it('returns a non-JSON body as text only, and tolerates invalid JSON', async () => {
    const text = await send('PUT', '/put', { 'content-type': 'text/plain' }, 'plain words');
    expect((text.json as EchoedRequest).body).toBe('plain words');
    expect((text.json as EchoedRequest).json).toBeNull();

    const broken = await send('PATCH', '/patch', { 'content-type': 'application/merge-patch+json' }, '{not json');
    expect(broken.status).toBe(200);
    expect((broken.json as EchoedRequest).body).toBe('{not json');
    expect((broken.json as EchoedRequest).json).toBeNull();
  });

  it('refuses a body over 1 MiB with 413', async () => {
    const declared = await send('POST', '/post', { 'content-type': 'text/plain' }, Buffer.alloc(MAX_BODY_BYTES + 1, 'a'));
    expect(declared.status).toBe(413);
    expect(declared.json).toMatchObject({ error: 'payload_too_large' });
  });

  it('refuses an oversized chunked body with 413', async () => {
    const reply = await new Promise<Reply>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/post', agent: false, headers: { 'transfer-encoding': 'chunked' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      });
      // The server may close while we are still writing; the answer is what matters.
      req.on('error', (err) => setTimeout(reject, 1000, err));
      req.write(Buffer.alloc(MAX_BODY_BYTES / 2, 'a'));
      req.write(Buffer.alloc(MAX_BODY_BYTES / 2 + 10, 'b'));
      req.end();
    });
    expect(reply.status).toBe(413);
  });

  it('answers GET /healthz', async () => {
    const reply = await send('GET', '/healthz');
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ status: 'ok' });
  });
});
