/** A ValidationError payload: what the API refused, field by field (paths mirror the input). */
export interface ValidationErrorData {
  __typename?: 'ValidationError';
  message: string;
  fieldErrors: { path: string; message: string }[];
}

/** Thrown by the helpers when a step's input was refused; `step` says which. */
export class GatehouseValidationError extends Error {
  constructor(
    readonly step: string,
    readonly fieldErrors: { path: string; message: string }[],
    summary: string,
  ) {
    super(`${step}: ${summary}${fieldErrors.map((e) => `\n  - ${e.path}: ${e.message}`).join('')}`);
    this.name = 'GatehouseValidationError';
  }
}

/** Unwraps a payload union: the success member, or a thrown GatehouseValidationError naming the step. */
export function expectSuccess<T extends { __typename?: string }, S extends string>(
  step: string,
  payload: T,
  success: S,
): Extract<T, { __typename?: S }> {
  if (payload.__typename === success) return payload as Extract<T, { __typename?: S }>;
  const p = payload as Partial<ValidationErrorData> & { error?: string; path?: string | null };
  if (p.fieldErrors) throw new GatehouseValidationError(step, p.fieldErrors, p.message ?? 'refused');
  throw new GatehouseValidationError(step, p.path ? [{ path: p.path, message: p.message ?? '' }] : [], `${p.error ? `${p.error}: ` : ''}${p.message ?? payload.__typename}`);
}
