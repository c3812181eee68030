import { describe, expect, it } from 'vitest';
import { createExplorerFetcher } from './explorer-fetcher.ts';

function recordingFetch(status: number, body: string) {
  const calls: { url: string; init: RequestInit }[] = [];
  const impl = ((url: string, init: RequestInit) => {
    calls.push({ url, init });
    return Promise.resolve(new Response(body, { status }));
  }) as unknown as typeof fetch;
  return { calls, impl };
}

describe('createExplorerFetcher', () => {
  it('posts JSON to the same-origin endpoint with the session cookie and the typed headers', async () => {
    const { calls, impl } = recordingFetch(200, '{"data":{"health":true}}');
    const fetcher = createExplorerFetcher('/graphql', impl);

    const result = await fetcher({ query: '{ health }', variables: null }, { headers: { Authorization: 'Bearer gh_x' } });

    expect(result).toEqual({ data: { health: true } });
    expect(calls).toHaveLength(1);
    const { url, init } = calls[0]!;
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    const headers = init.headers as Record<string, string>;
    // Apollo Server's CSRF prevention refuses cookie requests without a non-simple content type.
    expect(headers['content-type']).toBe('application/json');
    expect(headers.Authorization).toBe('Bearer gh_x');
    expect(JSON.parse(String(init.body))).toEqual({ query: '{ health }', variables: null });
  });

  it('cannot be talked out of the JSON content type by a typed header', async () => {
    const { calls, impl } = recordingFetch(200, '{"data":{}}');
    await createExplorerFetcher('/graphql', impl)({ query: '{ health }' }, { headers: { 'Content-Type': 'text/plain' } });
    expect(new Headers(calls[0]?.init.headers).get('content-type')).toBe('application/json');
  });

  it('turns a response that is not JSON into a GraphQL error that says what happened', async () => {
    const { impl } = recordingFetch(502, '<html>Bad gateway</html>');
    const result = await createExplorerFetcher('/graphql', impl)({ query: '{ health }' });
    expect(result.errors?.[0]?.message).toMatch(/HTTP 502 without a GraphQL response/);
  });
});
