import { useCallback, useState } from 'react';
import { errorsAt, noFieldErrors, toFieldErrorMap, type FieldError, type FieldErrorMap } from './field-errors.ts';

/** The errors a form shows beside its fields: set after Save, cleared field by field as the person edits. */
export function useFieldErrors() {
  const [errors, setErrors] = useState<FieldErrorMap>(noFieldErrors);
  const show = useCallback((list: readonly FieldError[]) => setErrors(toFieldErrorMap(list)), []);
  const clear = useCallback(
    (path: string) =>
      setErrors((current) => {
        if (!current.has(path)) return current;
        const next = new Map(current);
        next.delete(path);
        return next;
      }),
    [],
  );
  const reset = useCallback(() => setErrors(noFieldErrors), []);
  const at = useCallback((path: string) => errorsAt(errors, path), [errors]);
  return { errors, show, clear, reset, at };
}
