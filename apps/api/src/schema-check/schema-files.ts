import { fileURLToPath } from 'node:url';

/** The schema integrators see (written by codegen) and the last one accepted as published. */
export const SCHEMA_FILES = {
  current: fileURLToPath(new URL('../../schema.graphql', import.meta.url)),
  baseline: fileURLToPath(new URL('../../schema.baseline.graphql', import.meta.url)),
};

/** `--schema <file>` and `--baseline <file>` override the defaults (tests use copies). */
export function schemaFilesFromArgs(argv: string[]): { current: string; baseline: string } {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return { current: value('--schema') ?? SCHEMA_FILES.current, baseline: value('--baseline') ?? SCHEMA_FILES.baseline };
}
