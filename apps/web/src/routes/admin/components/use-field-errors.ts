import { useCallback, useState } from 'react';
import { noFieldErrors, toFieldErrorMap, type FieldErrorLike, type FieldErrorMap } from './field-error-map.ts';

/** The errors a form shows beside its fields: set after Save, cleared field by field as the admin edits. */
export function useFieldErrors() {
  const [errors, setErrors] = useState<FieldErrorMap>(noFieldErrors);
  const show = useCallback((list: readonly FieldErrorLike[]) => setErrors(toFieldErrorMap(list)), []);
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
  return { errors, show, clear, reset };
}
