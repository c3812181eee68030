import { describe, expect, it } from 'vitest';
import { hasFieldErrors } from './group-field-errors.ts';
import { localFieldErrors } from './local-field-errors.ts';

describe('localFieldErrors', () => {
  it("accepts the seed guide's client", () => {
    const errors = localFieldErrors(
      'OAuth.tools',
      'http://localhost:7777;https://oauth.tools/callback/code;app://oauth.tools/callback/code',
      ';',
    );
    expect(hasFieldErrors(errors)).toBe(false);
  });

  it('asks for a client name', () => {
    expect(localFieldErrors('   ', '', ';').clientName).toEqual(['Enter a client name.']);
  });

  it('flags each bad URL by its index among the split items', () => {
    const errors = localFieldErrors('x', ' ; https://ok.example/cb ; not a url ; http://example.com/cb ', ';');
    expect([...errors.redirectUriItems.keys()]).toEqual([1, 2]);
    expect(errors.redirectUriItems.get(1)?.[0]).toContain('not an absolute URL');
    expect(errors.redirectUriItems.get(2)?.[0]).toContain('uses http');
  });

  it('splits by the separator the portal is configured with', () => {
    const errors = localFieldErrors('x', 'https://ok.example/cb,not a url', ',');
    expect([...errors.redirectUriItems.keys()]).toEqual([1]);
  });

  it('leaves an empty list of redirect URLs to the API, which knows the grant types', () => {
    expect(hasFieldErrors(localFieldErrors('x', '', ';'))).toBe(false);
  });
});
