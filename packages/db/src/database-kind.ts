/** The databases Gatehouse runs on: one data model, two Prisma providers. */
export type DatabaseKind = 'sqlite' | 'postgresql';

/**
 * Which database a URL selects: `postgresql://` / `postgres://` is PostgreSQL, `file:` is the
 * embedded SQLite file (the default). Anything else is refused here too, not only by the config
 * check, so a library caller gets the same clear answer.
 */
export function databaseKindOf(databaseUrl: string): DatabaseKind {
  if (/^postgres(?:ql)?:\/\//i.test(databaseUrl)) return 'postgresql';
  if (databaseUrl.startsWith('file:')) return 'sqlite';
  throw new Error(
    `Unsupported database URL "${redactUrl(databaseUrl)}": use file:/path/to/gatehouse.db (SQLite) or ` +
      `postgresql://user@host:5432/database (PostgreSQL)`,
  );
}

/** The provider a Prisma schema's `datasource` names. */
export function schemaProvider(schema: string): DatabaseKind {
  const provider = /datasource\s+\w+\s*\{[^}]*?provider\s*=\s*"(\w+)"/.exec(schema)?.[1];
  if (provider === 'sqlite' || provider === 'postgresql') return provider;
  throw new Error(`The Prisma schema's datasource provider is ${provider ? `"${provider}"` : 'missing'}; expected "sqlite" or "postgresql"`);
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
  }
}
