import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { compareSchemas } from './compare-schemas.ts';
import { schemaFilesFromArgs } from './schema-files.ts';

/**
 * `pnpm --filter @gatehouse/api schema:check`: fails when apps/api/schema.graphql breaks
 * integrators against the committed baseline (issue 6: CI fails on an unintended breaking
 * change). Compatible additions pass; `schema:accept` records them at a release.
 */
const files = schemaFilesFromArgs(process.argv.slice(2));
const show = (file: string) => relative(process.cwd(), file) || file;
const ACCEPT = 'pnpm --filter @gatehouse/api schema:accept';

if (!existsSync(files.baseline)) {
  process.stderr.write(`schema:check: no baseline at ${show(files.baseline)}. Run \`${ACCEPT}\` to record the current schema, and commit it.\n`);
  process.exit(1);
}
const result = await compareSchemas(readFileSync(files.baseline, 'utf8'), readFileSync(files.current, 'utf8'));
const list = (changes: { message: string; path?: string }[]) => changes.map((c) => `  - ${c.message}`).join('\n');

if (result.dangerous.length > 0) {
  process.stdout.write(`schema:check: ${result.dangerous.length} change(s) that may change what existing clients get:\n${list(result.dangerous)}\n`);
}
if (result.breaking.length > 0) {
  process.stderr.write(
    [
      `schema:check: ${result.breaking.length} breaking change(s) in ${show(files.current)} against ${show(files.baseline)}:`,
      list(result.breaking),
      '',
      'Integrators\' queries that use these break. Prefer an additive change: add the new field or type beside the',
      'old one and mark the old one @deprecated(reason: "...") until integrators have moved.',
      `If the break is intended and announced, accept it with \`${ACCEPT}\` and commit ${show(files.baseline)}.`,
      '',
    ].join('\n'),
  );
  process.exit(1);
}
process.stdout.write(
  result.compatible.length > 0
    ? `schema:check: no breaking change; ${result.compatible.length} compatible change(s) since the baseline (record them at a release with \`${ACCEPT}\`).\n`
    : 'schema:check: the schema matches the baseline.\n',
);
