import { describe, expect, it } from 'vitest';
import type { IdpCleanupState } from '../../../graphql/generated/graphql.ts';
import { describeCleanup } from './cleanup-state.ts';

describe('describeCleanup', () => {
  it("prefers the API's account of what happened", () => {
    expect(describeCleanup('LEFT_AT_IDP', 'An admin deleted the client in the portal only.')).toEqual({
      label: 'Deleted in Gatehouse only',
      text: 'An admin deleted the client in the portal only.',
    });
  });

  it('says something for every state when the API gives no problem', () => {
    for (const state of ['REGISTERING', 'NOT_STORED', 'OUTCOME_UNKNOWN', 'LEFT_AT_IDP'] as const) {
      const { label, text } = describeCleanup(state, null);
      expect(label).not.toBe(state);
      expect(text).not.toBe('');
    }
  });

  it('says a client deleted in Gatehouse only is still registered at the IdP but refused by the gateway, not that it works', () => {
    const { text } = describeCleanup('LEFT_AT_IDP', null);
    expect(text).toMatch(/still registered at the identity provider/);
    expect(text).toMatch(/gateway refuses/);
    expect(text).not.toMatch(/\bworks\b/);
  });

  it('shows a state it does not know (a newer API) as it is', () => {
    expect(describeCleanup('SOMETHING_NEW' as IdpCleanupState, null)).toEqual({ label: 'SOMETHING_NEW', text: '' });
  });
});
