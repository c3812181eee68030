import { Prisma, type PrismaClient } from '@gatehouse/db';

/** Calls and their answers by status class: what every minute, bucket and point counts. */
export interface StatusCounts {
  requests: number;
  status2xx: number;
  status3xx: number;
  status4xx: number;
  status5xx: number;
  statusOther: number;
}

/** One collected minute of one client's calls to one API, as the gateway counted it. */
export interface MinuteCounts extends StatusCounts {
  gatewayInstance: string;
  startMinute: number;
  clientId: string;
  apiId: string;
  latencySumMs: number;
}

/** Sums of one bucket of a series. */
export interface BucketSums extends StatusCounts {
  /** Start of the bucket, in epoch minutes. */
  start: number;
  latencySumMs: number;
}

/** Whose calls a series counts: one client (optionally one API of it), or one API (optionally one developer's clients). */
export type SeriesScope = { clientId: string; apiId?: string } | { apiId: string; developerId?: string };

/** Data access for stored usage (model UsageBucket): collected minutes, hourly roll-ups, series. */
export class UsageBucketsRepo {
  constructor(private readonly db: PrismaClient) {}

  /**
   * Stores collected minutes in one transaction. Each row holds the gateway's absolute count, so
   * storing a minute again overwrites it: collecting twice never counts twice.
   */
  async storeMinutes(rows: readonly MinuteCounts[]): Promise<void> {
    if (rows.length === 0) return;
    await this.db.$transaction(
      rows.map(({ gatewayInstance, startMinute, clientId, apiId, ...counts }) =>
        this.db.usageBucket.upsert({
          where: { gatewayInstance_startMinute_clientId_apiId: { gatewayInstance, startMinute, clientId, apiId } },
          create: { gatewayInstance, startMinute, clientId, apiId, minutes: 1, ...counts },
          update: counts,
        }),
      ),
    );
  }

  /**
   * Sums the minute rows before `beforeMinute` (hour-aligned) into hour rows, deletes them, and
   * deletes every row before `pruneBeforeMinute`; one transaction, so no minute is counted twice.
   */
  async rollUpAndPrune(beforeMinute: number, pruneBeforeMinute: number): Promise<{ rolledUp: number; pruned: number }> {
    // The SQL runs on SQLite and PostgreSQL alike: the columns of the existing row are qualified
    // with the table (PostgreSQL finds a bare "requests" ambiguous next to excluded."requests"),
    // and SUM's bigint on PostgreSQL is cast back to the INTEGER column on insert.
    return this.db.$transaction(async (tx) => {
      await tx.$executeRaw`
        INSERT INTO "UsageBucket" ("gatewayInstance", "startMinute", "minutes", "clientId", "apiId", "requests",
          "status2xx", "status3xx", "status4xx", "status5xx", "statusOther", "latencySumMs")
        SELECT '', "startMinute" - "startMinute" % 60, 60, "clientId", "apiId", SUM("requests"),
          SUM("status2xx"), SUM("status3xx"), SUM("status4xx"), SUM("status5xx"), SUM("statusOther"), SUM("latencySumMs")
        FROM "UsageBucket"
        WHERE "minutes" = 1 AND "startMinute" < ${beforeMinute}
        GROUP BY "startMinute" - "startMinute" % 60, "clientId", "apiId"
        ON CONFLICT ("gatewayInstance", "startMinute", "clientId", "apiId") DO UPDATE SET
          "requests" = "UsageBucket"."requests" + excluded."requests",
          "status2xx" = "UsageBucket"."status2xx" + excluded."status2xx",
          "status3xx" = "UsageBucket"."status3xx" + excluded."status3xx",
          "status4xx" = "UsageBucket"."status4xx" + excluded."status4xx",
          "status5xx" = "UsageBucket"."status5xx" + excluded."status5xx",
          "statusOther" = "UsageBucket"."statusOther" + excluded."statusOther",
          "latencySumMs" = "UsageBucket"."latencySumMs" + excluded."latencySumMs"`;
      const rolledUp = await tx.$executeRaw`DELETE FROM "UsageBucket" WHERE "minutes" = 1 AND "startMinute" < ${beforeMinute}`;
      const pruned = await tx.$executeRaw`DELETE FROM "UsageBucket" WHERE "startMinute" < ${pruneBeforeMinute}`;
      return { rolledUp, pruned };
    });
  }

  /** Sums per bucket of `bucketMinutes` in [fromMinute, toMinute); buckets without rows are left out. */
  async series(scope: SeriesScope, fromMinute: number, toMinute: number, bucketMinutes: number): Promise<BucketSums[]> {
    const rows = await this.db.$queryRaw<Record<keyof BucketSums, number | bigint | null>[]>`
      SELECT "startMinute" - "startMinute" % ${bucketMinutes} AS "start",
        SUM("requests") AS "requests", SUM("status2xx") AS "status2xx", SUM("status3xx") AS "status3xx",
        SUM("status4xx") AS "status4xx", SUM("status5xx") AS "status5xx", SUM("statusOther") AS "statusOther",
        SUM("latencySumMs") AS "latencySumMs"
      FROM "UsageBucket"
      WHERE "startMinute" >= ${fromMinute} AND "startMinute" < ${toMinute} AND ${scopeCondition(scope)}
      GROUP BY 1
      ORDER BY 1`;
    return rows.map((row) => ({
      start: Number(row.start),
      requests: Number(row.requests ?? 0),
      status2xx: Number(row.status2xx ?? 0),
      status3xx: Number(row.status3xx ?? 0),
      status4xx: Number(row.status4xx ?? 0),
      status5xx: Number(row.status5xx ?? 0),
      statusOther: Number(row.statusOther ?? 0),
      latencySumMs: Number(row.latencySumMs ?? 0),
    }));
  }
}

function scopeCondition(scope: SeriesScope): Prisma.Sql {
  if ('clientId' in scope) {
    return scope.apiId === undefined ? Prisma.sql`"clientId" = ${scope.clientId}` : Prisma.sql`"clientId" = ${scope.clientId} AND "apiId" = ${scope.apiId}`;
  }
  if (scope.developerId === undefined) return Prisma.sql`"apiId" = ${scope.apiId}`;
  // A developer's share of an API: only the calls of clients they own today.
  return Prisma.sql`"apiId" = ${scope.apiId} AND "clientId" IN (SELECT "id" FROM "OAuthClient" WHERE "developerId" = ${scope.developerId})`;
}
