/**
 * A SQL LIKE pattern (with `ESCAPE '\'`) matching values that contain `text` literally: Prisma's
 * `contains` passes `%` and `_` through as wildcards, so a search for `100%` would match any name
 * with `100` in it.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
