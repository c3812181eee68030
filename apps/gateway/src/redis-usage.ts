import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { MinuteUsageRow } from './minute-usage.ts';

export { DEFAULT_REDIS_KEY_PREFIX } from './connect-redis.ts';

/**
 * Per-minute usage counted in Redis by every gateway and taken by whichever API replica collects
 * (the same rows as POST /_gatehouse/usage/minutes, see docs/decisions/007-usage-over-time.md).
 *
 * Gateways add (HINCRBY, one MULTI per flush) into one hash per minute, `<prefix>usage:<minute>`,
 * and note the minute in the sorted set `<prefix>usage:minutes`. A collector takes every closed
 * minute in one script: RENAME moves each hash under a take id, so no other collector can take
 * it and a gateway flushing late for that minute starts a new hash, taken next time. The
 * collector stores the take under its id (an upsert: storing it twice overwrites) and then
 * forgets it; a take whose collector died is reclaimed after a lease and stored by another.
 * Every count is thus stored once. Keys are built in the script: standalone Redis, not Cluster.
 */
export const REDIS_USAGE_FLUSH_INTERVAL_MS = 1000;

// Hash fields: "<clientId> <apiId> <metric>"; portal ids never contain a space.
type Metric = 'requests' | '2xx' | '3xx' | '4xx' | '5xx' | 'other' | 'latencySumMs';

const keys = (prefix: string) => ({
  minute: (minute: number) => `${prefix}usage:${minute}`,
  minutes: `${prefix}usage:minutes`,
  takes: `${prefix}usage:takes`,
  takeMinutes: (takeId: string) => `${prefix}usage:take:${takeId}`,
  takenMinute: (takeId: string, minute: string) => `${prefix}usage:take:${takeId}:${minute}`,
});

/** Uncollected minutes expire after this long, as the gateway's own hold is bounded. */
const KEEP_UNCOLLECTED_SECONDS = 2 * 24 * 3600;

/** Adds the rows to Redis in one transaction (one round trip). */
export async function addUsageToRedis(redis: Redis, prefix: string, rows: readonly MinuteUsageRow[]): Promise<void> {
  if (rows.length === 0) return;
  const multi = redis.multi();
  queueUsageRows(multi, prefix, rows);
  await multi.exec();
}

/** Queues the HINCRBYs adding `rows` on a MULTI, so the flush can send them with the live totals. */
export function queueUsageRows(multi: ReturnType<Redis['multi']>, prefix: string, rows: readonly MinuteUsageRow[]): void {
  const k = keys(prefix);
  const minutes = new Set<number>();
  for (const row of rows) {
    const key = k.minute(row.minute);
    const field = `${row.clientId} ${row.apiId} `;
    multi.hincrby(key, `${field}requests`, row.requests);
    for (const status of ['2xx', '3xx', '4xx', '5xx', 'other'] as const) if (row.statuses[status] > 0) multi.hincrby(key, field + status, row.statuses[status]);
    multi.hincrbyfloat(key, `${field}latencySumMs`, row.latencySumMs);
    minutes.add(row.minute);
  }
  for (const minute of minutes) {
    multi.expire(k.minute(minute), KEEP_UNCOLLECTED_SECONDS);
    multi.zadd(k.minutes, minute, String(minute));
  }
}

/**
 * Takes every minute up to `throughMinute` (or reclaims a take abandoned for `leaseMs`); returns
 * the take id, or undefined when there was nothing. ARGV: prefix, take id, throughMinute, leaseMs.
 */
const TAKE_MINUTES_LUA = `
local prefix, takeId, through, lease = ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local takes = prefix .. 'usage:takes'
local abandoned = redis.call('ZRANGEBYSCORE', takes, '-inf', now - lease, 'LIMIT', 0, 1)
if #abandoned > 0 then
  redis.call('ZADD', takes, now, abandoned[1])
  return abandoned[1]
end
local minutes = redis.call('ZRANGEBYSCORE', prefix .. 'usage:minutes', '-inf', through)
if #minutes == 0 then return false end
for _, minute in ipairs(minutes) do
  local from = prefix .. 'usage:' .. minute
  if redis.call('EXISTS', from) == 1 then
    redis.call('RENAME', from, prefix .. 'usage:take:' .. takeId .. ':' .. minute)
    redis.call('SADD', prefix .. 'usage:take:' .. takeId, minute)
  end
end
redis.call('ZREMRANGEBYSCORE', prefix .. 'usage:minutes', '-inf', through)
redis.call('ZADD', takes, now, takeId)
return takeId
`;

export interface UsageTake {
  /** Unique per take: store the rows under it, then forgetUsageTake() it. */
  takeId: string;
  rows: MinuteUsageRow[];
}

/** Takes the closed minutes up to `throughMinute` for this collector alone (see above). */
export async function takeUsageFromRedis(redis: Redis, prefix: string, throughMinute: number, leaseMs = 60_000): Promise<UsageTake | undefined> {
  const takeId = (await redis.eval(TAKE_MINUTES_LUA, 0, prefix, `redis-${randomUUID()}`, throughMinute, leaseMs)) as string | null;
  if (!takeId) return undefined;
  const k = keys(prefix);
  const minutes = await redis.smembers(k.takeMinutes(takeId));
  const pipeline = redis.pipeline();
  for (const minute of minutes) pipeline.hgetall(k.takenMinute(takeId, minute));
  const hashes = (await pipeline.exec()) ?? [];
  const rows: MinuteUsageRow[] = [];
  minutes.forEach((minute, i) => {
    const [err, hash] = hashes[i]!;
    if (err) throw err;
    rows.push(...rowsOf(Number(minute), hash as Record<string, string>));
  });
  return { takeId, rows };
}

/** Forgets a take once its rows are stored. */
export async function forgetUsageTake(redis: Redis, prefix: string, takeId: string): Promise<void> {
  const k = keys(prefix);
  const minutes = await redis.smembers(k.takeMinutes(takeId));
  await redis.multi().del(k.takeMinutes(takeId), ...minutes.map((m) => k.takenMinute(takeId, m))).zrem(k.takes, takeId).exec();
}

function rowsOf(minute: number, hash: Record<string, string>): MinuteUsageRow[] {
  const cells = new Map<string, Record<Metric, number>>();
  for (const [field, value] of Object.entries(hash)) {
    const [clientId, apiId, metric] = field.split(' ') as [string, string, Metric];
    const cellKey = `${clientId} ${apiId}`;
    let cell = cells.get(cellKey);
    if (!cell) cells.set(cellKey, (cell = { requests: 0, '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0, other: 0, latencySumMs: 0 }));
    cell[metric] = Number(value);
  }
  return [...cells].map(([cellKey, cell]) => {
    const [clientId, apiId] = cellKey.split(' ') as [string, string];
    return {
      minute, clientId, apiId, requests: cell.requests,
      statuses: { '2xx': cell['2xx'], '3xx': cell['3xx'], '4xx': cell['4xx'], '5xx': cell['5xx'], other: cell.other },
      latencySumMs: cell.latencySumMs,
    };
  });
}
