import { describe, expect, it } from 'vitest';
import { localErrors } from './use-payload-form.ts';

describe('localErrors', () => {
  it('turns each failed check into a field error at its path, in order', () => {
    expect(localErrors({ name: 'Enter your name.', email: null, password: 'Use at least 12 characters.' })).toEqual([
      { path: 'name', message: 'Enter your name.' },
      { path: 'password', message: 'Use at least 12 characters.' },
    ]);
    expect(localErrors({ email: null })).toEqual([]);
  });
});
