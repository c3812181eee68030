import { describe, expect, it } from 'vitest';
import { redirectUriProblem, splitRedirectUris } from './redirect-uris.ts';

describe('splitRedirectUris', () => {
  it('splits by the separator, trims and drops empty parts', () => {
    expect(splitRedirectUris(' http://localhost:7777 ;https://oauth.tools/callback/code;; ', ';')).toEqual([
      'http://localhost:7777',
      'https://oauth.tools/callback/code',
    ]);
  });
  it('honours another separator', () => {
    expect(splitRedirectUris('https://a.example/cb,https://b.example/cb', ',')).toEqual(['https://a.example/cb', 'https://b.example/cb']);
  });
});

describe('redirectUriProblem', () => {
  it.each(['https://oauth.tools/callback/code', 'http://localhost:7777', 'http://127.0.0.1:8080/cb', 'app://oauth.tools/callback/code', 'com.example.app:/cb'])(
    'accepts %s',
    (uri) => expect(redirectUriProblem(uri)).toBeNull(),
  );
  it.each([
    ['not a url', /not an absolute URL/],
    ['https://app.example/cb#frag', /fragment/],
    ['https://*.example.com/cb', /wildcard/],
    ['http://app.example.com/cb', /use https/],
    ['javascript:alert(1)', /cannot be a redirect target/],
  ])('refuses %s', (uri, message) => expect(redirectUriProblem(uri)).toMatch(message));
});

describe('redirectUriProblem: what the URL parser would quietly repair (issue 7)', () => {
  it.each([
    ['https:/app.example/cb', /has no host/],
    ['https:app.example/cb', /has no host/],
    ['https:\\\\evil.example\\cb', /backslash/],
    ['https://app.example/c b', /space/],
    ['https://app.example/cb\u0000', /control character/],
    ['java\tscript:alert(1)', /control character/],
    ['https://app.example/cb#', /fragment/],
    ['http://localhost.evil.example/cb', /use https/],
    ['http://127.0.0.1.nip.io/cb', /use https/],
    ['DATA:text/html,hi', /cannot be a redirect target/],
  ])('refuses %j', (uri, message) => expect(redirectUriProblem(uri)).toMatch(message));

  it.each(['http://[::1]:8080/cb', 'http://127.0.0.1:51004/cb%20x?y=%2F', 'https://App.Example.com:443/Callback/?b=2&a=1', 'com.example.app:/oauth2redirect'])(
    'accepts %s as typed',
    (uri) => expect(redirectUriProblem(uri)).toBeNull(),
  );
});
