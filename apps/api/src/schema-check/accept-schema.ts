import { copyFileSync } from 'node:fs';
import { relative } from 'node:path';
import { schemaFilesFromArgs } from './schema-files.ts';

/** `pnpm --filter @gatehouse/api schema:accept`: the current schema becomes the baseline integrators rely on. */
const files = schemaFilesFromArgs(process.argv.slice(2));
copyFileSync(files.current, files.baseline);
process.stdout.write(`schema:accept: ${relative(process.cwd(), files.baseline)} now matches ${relative(process.cwd(), files.current)}; commit it.\n`);
