import type { z } from 'zod';

export interface FieldError {
  path: string;
  message: string;
}

export interface ValidationErrorResult {
  __typename: 'ValidationError';
  message: string;
  fieldErrors: FieldError[];
}

export function validationError(fieldErrors: FieldError[], message = 'Some fields need attention.'): ValidationErrorResult {
  return { __typename: 'ValidationError', message, fieldErrors };
}

/** Maps zod issues to field errors whose path mirrors the GraphQL input (e.g. `redirectUris.1`). */
export function fromZodError(error: z.ZodError): ValidationErrorResult {
  return validationError(error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));
}
