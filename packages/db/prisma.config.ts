// Prisma CLI configuration (Prisma 7). The runtime does not read this file: apps connect through
// @gatehouse/db with the better-sqlite3 driver adapter.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: '../../prisma/schema.prisma',
  migrations: { path: '../../prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:../../.data/gatehouse.db' },
});
