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
