import { describe, expect, it } from 'vitest';
import { buildCurlCommand, TOKEN_PLACEHOLDER } from './build-curl-command.ts';

describe('buildCurlCommand', () => {
  it('writes a GET with the bearer token and headers, one option per line', () => {
    expect(
      buildCurlCommand({ method: 'GET', url: 'http://127.0.0.1:8080/curity-api/anything?x=1&y=2', headers: [{ name: 'Accept', value: 'application/json' }], body: '', token: 'abc.def.ghi' }),
    ).toBe("curl 'http://127.0.0.1:8080/curity-api/anything?x=1&y=2' \\\n  -H 'Authorization: Bearer abc.def.ghi' \\\n  -H 'Accept: application/json'");
  });

  it('hides the token until it is revealed', () => {
    const command = buildCurlCommand({ method: 'GET', url: 'http://gw/a/', headers: [], body: '', token: null });
    expect(command).toContain(TOKEN_PLACEHOLDER);
  });

  it('quotes a body with single quotes so the shell expands nothing in it', () => {
    const command = buildCurlCommand({ method: 'POST', url: 'http://gw/a/items', headers: [{ name: 'Content-Type', value: 'application/json' }], body: `{"name":"it's $HOME"}`, token: 't' });
    expect(command).toBe(
      "curl -X POST 'http://gw/a/items' \\\n  -H 'Authorization: Bearer t' \\\n  -H 'Content-Type: application/json' \\\n  --data-raw '{\"name\":\"it'\\''s $HOME\"}'",
    );
  });

  it('uses --head for HEAD and skips headers without a name', () => {
    expect(buildCurlCommand({ method: 'HEAD', url: 'http://gw/a/', headers: [{ name: ' ', value: 'x' }], body: '', token: 't' })).toBe(
      "curl --head 'http://gw/a/' \\\n  -H 'Authorization: Bearer t'",
    );
  });
});
