import { describe, expect, it } from 'vitest';
import { groupFieldErrors, hasFieldErrors } from './group-field-errors.ts';

describe('groupFieldErrors', () => {
  it('puts each error next to the field its path names', () => {
    const grouped = groupFieldErrors([
      { path: 'clientName', message: 'Enter a client name' },
      { path: 'redirectUris', message: 'Enter at least one redirect URL' },
      { path: 'redirectUris.2', message: 'Must be an absolute URL' },
      { path: 'redirectUris.2', message: 'Must not contain a fragment' },
      { path: 'catalogueEntryIds', message: 'Select at least one API' },
      { path: 'catalogueEntryIds.0', message: 'This API does not allow client registration' },
      { path: 'idempotencyKey', message: 'Invalid key' },
    ]);
    expect(grouped.clientName).toEqual(['Enter a client name']);
    expect(grouped.redirectUris).toEqual(['Enter at least one redirect URL']);
    expect([...grouped.redirectUriItems]).toEqual([[2, ['Must be an absolute URL', 'Must not contain a fragment']]]);
    expect(grouped.catalogueEntryIds).toEqual(['Select at least one API', 'This API does not allow client registration']);
    expect(grouped.other).toEqual(['Invalid key']);
    expect(hasFieldErrors(grouped)).toBe(true);
  });

  it('accepts paths prefixed with input.', () => {
    expect(groupFieldErrors([{ path: 'input.clientName', message: 'Too long' }]).clientName).toEqual(['Too long']);
  });

  it('reports no errors for an empty list', () => {
    expect(hasFieldErrors(groupFieldErrors([]))).toBe(false);
  });
});
