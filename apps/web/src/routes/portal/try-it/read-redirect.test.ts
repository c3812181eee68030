import { describe, expect, it } from 'vitest';
import { readRedirect } from './read-redirect.ts';

describe('readRedirect', () => {
  it('reads code, state and iss from a whole redirect URL', () => {
    expect(readRedirect(' http://localhost:7777/?code=abc-123&state=s1&iss=http%3A%2F%2Fidp%2Fx ')).toEqual({ kind: 'code', code: 'abc-123', state: 's1', iss: 'http://idp/x' });
  });

  it('takes anything else as the code itself', () => {
    expect(readRedirect('Xy_9-abc')).toEqual({ kind: 'code', code: 'Xy_9-abc', state: null, iss: null });
  });

  it('reads a query string pasted without the URL', () => {
    expect(readRedirect('?code=c&state=s')).toEqual({ kind: 'code', code: 'c', state: 's', iss: null });
  });

  it('reports the error the identity provider redirected with', () => {
    expect(readRedirect('https://app.example/cb?error=access_denied&error_description=End-User+aborted')).toEqual({ kind: 'error', error: 'access_denied', description: 'End-User aborted' });
  });

  it('says when there is nothing to exchange', () => {
    expect(readRedirect('   ')).toEqual({ kind: 'empty' });
    expect(readRedirect('https://app.example/cb?state=s')).toEqual({ kind: 'empty' });
  });
});
