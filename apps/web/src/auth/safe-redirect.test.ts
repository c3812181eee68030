import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './safe-redirect.ts';

describe('safeRedirectPath', () => {
  it('keeps a path on this site', () => {
    expect(safeRedirectPath('/portal/clients?x=1')).toBe('/portal/clients?x=1');
  });

  it.each(['https://evil.example/', '//evil.example', '/\\evil.example', 'portal', '', null])(
    'ignores %j',
    (value) => {
      expect(safeRedirectPath(value)).toBeNull();
    },
  );

  it('ignores the sign-in page itself', () => {
    expect(safeRedirectPath('/sign-in')).toBeNull();
  });
});
