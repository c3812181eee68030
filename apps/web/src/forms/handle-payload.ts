import { getFragmentData, type FragmentType } from '../graphql/generated/index.ts';
import type { FieldError } from './field-errors.ts';
import { FieldErrors_validationError } from './validation-error-fields.ts';

/** A mutation payload: one member of a union such as `CreateApiSuccess | ValidationError`. */
export interface Payload {
  __typename: string;
}

/** A ValidationError as a handler sees it, read through its fragment. */
export interface ValidationErrorFields {
  message: string;
  fieldErrors: readonly FieldError[];
}

type Member<P extends Payload, K> = K extends 'ValidationError' ? ValidationErrorFields : Extract<P, { __typename: K }>;

/** One handler per union member; the compiler says when a member added to the schema has none. */
export type PayloadHandlers<P extends Payload, R> = { [K in P['__typename']]: (member: Member<P, K>) => R };

/**
 * Calls the handler of the member the API answered with. A ValidationError reaches its handler
 * with its fields read from FieldErrors_validationError, so no form unmasks it by hand.
 */
export function handlePayload<P extends Payload, R>(payload: P | null | undefined, handlers: PayloadHandlers<P, R>): R | undefined {
  if (!payload) return undefined;
  const typename = payload.__typename as P['__typename'];
  const member =
    typename === 'ValidationError'
      ? getFragmentData(FieldErrors_validationError, payload as unknown as FragmentType<typeof FieldErrors_validationError>)
      : payload;
  return handlers[typename](member as never);
}

/** The fields of a payload that is a ValidationError, or null for any other member. */
export function validationErrorOf(payload: { __typename: 'ValidationError' }): ValidationErrorFields;
export function validationErrorOf(payload: Payload | null | undefined): ValidationErrorFields | null;
export function validationErrorOf(payload: Payload | null | undefined): ValidationErrorFields | null {
  if (payload?.__typename !== 'ValidationError') return null;
  return getFragmentData(FieldErrors_validationError, payload as unknown as FragmentType<typeof FieldErrors_validationError>);
}
