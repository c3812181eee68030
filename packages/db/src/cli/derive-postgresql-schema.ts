// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma (run by `generate`).
import { displayPath } from './cli-options.ts';
import { writePostgresqlSchema } from '../postgresql/postgresql-schema.ts';
import { postgresqlSchemaPath } from '../default-paths.ts';

if (writePostgresqlSchema()) process.stdout.write(`Wrote ${displayPath(postgresqlSchemaPath)} from prisma/schema.prisma\n`);
