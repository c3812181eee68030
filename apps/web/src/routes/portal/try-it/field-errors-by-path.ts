/** Groups a ValidationError's field errors by the top-level input field they concern. */
export function fieldErrorsByPath(errors: readonly { path: string; message: string }[] | undefined): Record<string, string[]> {
  const grouped: Record<string, string[]> = {};
  for (const e of errors ?? []) {
    const field = e.path.split('.')[0] || '_';
    (grouped[field] ??= []).push(e.message);
  }
  return grouped;
}
