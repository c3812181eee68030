/**
 * The PostgreSQL channel on which every committed write to a portal table is announced, with the
 * table's name (the Prisma model name, e.g. `CatalogueEntry`) as payload. A statement-level
 * trigger on each table sends it (migration `..._notify_changes`), so PostgreSQL delivers it
 * after COMMIT only, once per table and transaction, and not at all for a rollback. The API's
 * answer cache (table-writes.ts) LISTENs on it; so can a gateway.
 */
export const CHANGES_CHANNEL = 'gatehouse_changes';

/** The trigger function the migrations create; each table's trigger has this name too. */
export const NOTIFY_CHANGE_FUNCTION = 'gatehouse_notify_change';

/**
 * The trigger that announces writes to `table` on CHANGES_CHANNEL. `pnpm db:new-migration`
 * appends one for every table a PostgreSQL migration creates.
 */
export function notifyChangeTriggerSql(table: string): string {
  return (
    `CREATE TRIGGER "${NOTIFY_CHANGE_FUNCTION}" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"\n` +
    `    FOR EACH STATEMENT EXECUTE FUNCTION "${NOTIFY_CHANGE_FUNCTION}"();\n`
  );
}

/** The tables a migration script creates, in order. */
export function createdTables(sql: string): string[] {
  return [...sql.matchAll(/^CREATE TABLE "([^"]+)"/gm)].map((match) => match[1]!);
}

/**
 * The trigger function. `CREATE OR REPLACE`, so every migration that creates tables can carry it
 * and stays self-contained. Statement-level and AFTER: it runs once per statement, and
 * PostgreSQL queues the notice until COMMIT, merging duplicates of one transaction.
 */
export const NOTIFY_CHANGE_FUNCTION_SQL = `CREATE OR REPLACE FUNCTION "${NOTIFY_CHANGE_FUNCTION}"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('${CHANGES_CHANNEL}', TG_TABLE_NAME);
    RETURN NULL;
END
$$;
`;

/** `sql` followed by a change-notification trigger for every table it creates. */
export function withChangeNotifications(sql: string): string {
  const tables = createdTables(sql);
  if (tables.length === 0) return sql;
  return (
    `${sql}\n-- Announce committed writes on the ${CHANGES_CHANNEL} channel (packages/db/src/postgresql/change-notifications.ts)\n` +
    `${NOTIFY_CHANGE_FUNCTION_SQL}\n${tables.map(notifyChangeTriggerSql).join('\n')}`
  );
}
