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

/**
 * A service's input parsed with its zod schema, then handed to the operation (ADR 017); what the
 * schema refuses comes back as a ValidationError with field paths, and the operation does not run.
 */
export async function withParsedInput<S extends z.ZodType, R>(schema: S, input: unknown, run: (parsed: z.output<S>) => Promise<R>): Promise<R | ValidationErrorResult> {
  const parsed = schema.safeParse(input);
  return parsed.success ? run(parsed.data) : fromZodError(parsed.error);
}
