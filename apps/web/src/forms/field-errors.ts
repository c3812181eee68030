/** A field error as the API returns it: `path` mirrors the mutation input (e.g. `dcr.grantTypes`). */
export interface FieldError {
  path: string;
  message: string;
}

/** Messages by input path, so each field shows its own errors. */
export type FieldErrorMap = ReadonlyMap<string, readonly string[]>;

export const noFieldErrors: FieldErrorMap = new Map();

export function toFieldErrorMap(errors: readonly FieldError[]): FieldErrorMap {
  const map = new Map<string, string[]>();
  for (const { path, message } of errors) {
    // `apiIds.2` is about the list as a whole on the form.
    const key = path.replace(/^input\./, '').replace(/\.\d+$/, '');
    map.set(key, [...(map.get(key) ?? []), message]);
  }
  return map;
}

export function errorsAt(map: FieldErrorMap, path: string): readonly string[] {
  return map.get(path) ?? [];
}

const covers = (paths: readonly string[], path: string) => paths.some((p) => path === p || path.startsWith(`${p}.`));

/** How many errors are at paths starting with one of `prefixes`: the count a tab shows. */
export function countUnder(map: FieldErrorMap, paths: readonly string[]): number {
  let count = 0;
  for (const [path, messages] of map) if (covers(paths, path)) count += messages.length;
  return count;
}

/** Errors at paths the form has no field for (a path `dcr` covers `dcr.*`); shown above the form. */
export function unplacedErrors(map: FieldErrorMap, fieldPaths: readonly string[]): string[] {
  return [...map].filter(([path]) => !covers(fieldPaths, path)).flatMap(([, messages]) => messages);
}

/** Messages by top-level input field (`headers.2.name` is about `headers`), for forms with flat inputs. */
export function errorsByField(errors: readonly FieldError[] | undefined): Record<string, string[]> {
  const grouped: Record<string, string[]> = {};
  for (const e of errors ?? []) {
    const field = e.path.replace(/^input\./, '').split('.')[0] || '_';
    (grouped[field] ??= []).push(e.message);
  }
  return grouped;
}
