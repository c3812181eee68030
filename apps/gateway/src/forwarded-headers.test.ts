import { describe, expect, it } from 'vitest';
import { downstreamResponseHeaders } from './forwarded-headers.ts';

describe('downstreamResponseHeaders', () => {
  it('drops hop-by-hop response headers, including those the upstream names in Connection', () => {
    const raw = [
      'Content-Type', 'application/json',
      'Connection', 'keep-alive, X-Upstream-Hop',
      'Keep-Alive', 'timeout=5',
      'Transfer-Encoding', 'chunked',
      'X-Upstream-Hop', 'secret',
      'Proxy-Authenticate', 'Basic',
      'Set-Cookie', 'a=1',
      'Set-Cookie', 'b=2',
    ];
    expect(downstreamResponseHeaders(raw)).toEqual([
      'Content-Type', 'application/json',
      'Set-Cookie', 'a=1',
      'Set-Cookie', 'b=2',
    ]);
  });
});
