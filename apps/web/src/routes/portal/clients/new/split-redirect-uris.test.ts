import { describe, expect, it } from 'vitest';
import { REDIRECT_URI_SEPARATOR } from './redirect-uri-separator.ts';
import { splitRedirectUris } from './split-redirect-uris.ts';

describe('splitRedirectUris', () => {
  it("splits the seed guide's example on ;", () => {
    expect(
      splitRedirectUris(
        'http://localhost:7777;https://oauth.tools/callback/code;app://oauth.tools/callback/code',
        REDIRECT_URI_SEPARATOR,
      ),
    ).toEqual(['http://localhost:7777', 'https://oauth.tools/callback/code', 'app://oauth.tools/callback/code']);
  });

  it('trims items and drops empty ones', () => {
    expect(splitRedirectUris('  http://a/cb ; ;\thttps://b/cb ;', ';')).toEqual(['http://a/cb', 'https://b/cb']);
  });

  it('returns nothing for blank input', () => {
    expect(splitRedirectUris('', ';')).toEqual([]);
    expect(splitRedirectUris(' ; ; ', ';')).toEqual([]);
  });

  it('keeps a single URL without a separator', () => {
    expect(splitRedirectUris('https://app.example/cb', ';')).toEqual(['https://app.example/cb']);
  });

  it('uses the separator it is given', () => {
    expect(splitRedirectUris('http://a, http://b;c', ',')).toEqual(['http://a', 'http://b;c']);
    expect(splitRedirectUris('http://a || http://b', '||')).toEqual(['http://a', 'http://b']);
  });

  it('refuses an empty separator', () => {
    expect(() => splitRedirectUris('http://a', '')).toThrow();
  });
});
