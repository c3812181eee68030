import { describe, expect, it } from 'vitest';
import { handlePayload, validationErrorOf } from './handle-payload.ts';

type SignUpPayload =
  | { __typename: 'SignUpSuccess'; message: string }
  | { __typename: 'SignUpDisabledError'; message: string }
  | { __typename: 'ValidationError'; message: string; fieldErrors: { path: string; message: string }[] };

const handlers = {
  SignUpSuccess: (p: { message: string }) => `ok: ${p.message}`,
  SignUpDisabledError: (p: { message: string }) => `off: ${p.message}`,
  ValidationError: (e: { message: string; fieldErrors: readonly { path: string; message: string }[] }) =>
    `invalid: ${e.message} ${e.fieldErrors.map((f) => `${f.path}=${f.message}`).join(',')}`,
};

describe('handlePayload', () => {
  it('calls the handler of the member the API answered with', () => {
    expect(handlePayload<SignUpPayload, string>({ __typename: 'SignUpSuccess', message: 'Welcome.' }, handlers)).toBe('ok: Welcome.');
    expect(handlePayload<SignUpPayload, string>({ __typename: 'SignUpDisabledError', message: 'Closed.' }, handlers)).toBe('off: Closed.');
  });

  it('gives a ValidationError handler the message and field errors', () => {
    const payload: SignUpPayload = { __typename: 'ValidationError', message: 'Check the fields.', fieldErrors: [{ path: 'email', message: 'Enter an email.' }] };
    expect(handlePayload(payload, handlers)).toBe('invalid: Check the fields. email=Enter an email.');
  });

  it('does nothing without a payload', () => {
    expect(handlePayload<SignUpPayload, string>(undefined, handlers)).toBeUndefined();
  });
});

describe('validationErrorOf', () => {
  it('reads a ValidationError and nothing else', () => {
    expect(validationErrorOf({ __typename: 'ValidationError', message: 'No.', fieldErrors: [] } as { __typename: 'ValidationError' })).toEqual({
      __typename: 'ValidationError',
      message: 'No.',
      fieldErrors: [],
    });
    expect(validationErrorOf({ __typename: 'SignUpSuccess' })).toBeNull();
    expect(validationErrorOf(null)).toBeNull();
  });
});
