import type { Redis } from 'ioredis';
import { LATENCY_BUCKETS_MS, STATUS_CLASSES, type ClientUsageReport, type UsageTotalsChange } from './usage-counters.ts';

/**
 * Live per-client totals shared by every gateway through Redis (docs/decisions/014-gateways-on-several-hosts.md),
 * read by the portal API instead of one gateway's GET /_gatehouse/usage.
 *
 * Why shared counters with idempotent batches, not a hash per gateway with absolute totals: a
 * per-gateway hash must vanish when its gateway dies (or it would be counted forever) and then
 * takes that gateway's counts with it, and folding it into a shared total races a gateway that was
 * only slow. Here each gateway adds what it counted since its last flush (HINCRBY into one hash per
 * client, `<prefix>usage:totals:<clientId>`) and numbers each batch; the script applies a batch only
 * if its number is above the last one applied for that gateway process (`...:applied:<instance>`).
 * A flush whose answer was lost is sent again unchanged, so it is never added twice; a restarted
 * gateway has a new instance id and adds from zero, so nothing it counted before is lost or
 * repeated (only what a killed gateway counted in its last second is lost). Memory is bounded by
 * the portal's clients: a gateway deletes the totals of clients deleted in the portal.
 */

export const USAGE_TOTALS_FIELDS = {
  requests: 'requests',
  latencySumMs: 'latencySumMs',
  lastRequestAt: 'lastRequestAt',
  status: (i: number) => `s${i}`,
  bucket: (i: number) => `b${i}`,
};

/** One flush's changes, numbered per gateway process. */
export interface UsageTotalsBatch {
  seq: number;
  clients: UsageTotalsChange[];
}

// ARGV: prefix, instance, batches (JSON), forgotten client ids (JSON), now (ISO date).
// Keys are built in the script, as in redis-usage.ts: standalone Redis, not Cluster.
const ADD_TOTALS_LUA = `
local prefix, instance = ARGV[1], ARGV[2]
local batches, forget = cjson.decode(ARGV[3]), cjson.decode(ARGV[4])
redis.call('SET', prefix .. 'usage:totals:since', ARGV[5], 'NX')
local appliedKey = prefix .. 'usage:totals:applied:' .. instance
local applied = tonumber(redis.call('GET', appliedKey) or '0')
for _, batch in ipairs(batches) do
  if batch.seq > applied then
    for _, c in ipairs(batch.clients) do
      local key = prefix .. 'usage:totals:' .. c.id
      redis.call('HINCRBY', key, 'requests', c.requests)
      for i, n in ipairs(c.statuses) do if n > 0 then redis.call('HINCRBY', key, 's' .. (i - 1), n) end end
      redis.call('HINCRBYFLOAT', key, 'latencySumMs', c.latencySumMs)
      for i, n in ipairs(c.buckets) do if n > 0 then redis.call('HINCRBY', key, 'b' .. (i - 1), n) end end
      local last = tonumber(redis.call('HGET', key, 'lastRequestAt') or '0')
      if c.lastRequestAt > last then redis.call('HSET', key, 'lastRequestAt', string.format('%d', c.lastRequestAt)) end
    end
    applied = batch.seq
  end
end
redis.call('SET', appliedKey, applied, 'EX', 86400)
for _, id in ipairs(forget) do redis.call('DEL', prefix .. 'usage:totals:' .. id) end
return applied
`;

/** Queues the script adding `batches` (and deleting the totals of `forget`) on a MULTI or pipeline. */
export function queueUsageTotals(
  multi: ReturnType<Redis['multi']>,
  prefix: string,
  instance: string,
  batches: readonly UsageTotalsBatch[],
  forget: readonly string[],
): void {
  const payload = batches.map(({ seq, clients }) => ({
    seq,
    clients: clients.map((c) => ({ ...c, statuses: [...c.statuses], buckets: [...c.buckets] })),
  }));
  multi.eval(ADD_TOTALS_LUA, 0, prefix, instance, JSON.stringify(payload), JSON.stringify(forget), new Date().toISOString());
}

/** Adds the batches in one transaction (tests and callers without a flush of their own). */
export async function addUsageTotalsToRedis(redis: Redis, prefix: string, instance: string, batches: readonly UsageTotalsBatch[], forget: readonly string[] = []): Promise<void> {
  const multi = redis.multi();
  queueUsageTotals(multi, prefix, instance, batches, forget);
  const results = (await multi.exec()) ?? [];
  for (const [err] of results) if (err) throw err;
}

/**
 * The totals every gateway added for these clients (zeros for a client without requests), in the
 * shape of GET /_gatehouse/usage. One pipeline: the shared `since`, then one HGETALL per client.
 */
export async function readUsageTotals(redis: Redis, prefix: string, clientIds: readonly string[]): Promise<{ since: string; clients: ClientUsageReport[] }> {
  const pipeline = redis.pipeline();
  pipeline.get(`${prefix}usage:totals:since`);
  for (const id of clientIds) pipeline.hgetall(`${prefix}usage:totals:${id}`);
  const results = (await pipeline.exec()) ?? [];
  for (const [err] of results) if (err) throw err;
  const since = (results[0]?.[1] as string | null) ?? new Date().toISOString();
  const clients = clientIds.map((id, i) => reportOf(id, (results[i + 1]?.[1] ?? {}) as Record<string, string>));
  return { since, clients };
}

function reportOf(id: string, hash: Record<string, string>): ClientUsageReport {
  const n = (field: string) => Number(hash[field] ?? 0);
  const last = n(USAGE_TOTALS_FIELDS.lastRequestAt);
  return {
    id,
    requests: n(USAGE_TOTALS_FIELDS.requests),
    statuses: Object.fromEntries(STATUS_CLASSES.map((name, i) => [name, n(USAGE_TOTALS_FIELDS.status(i))])) as ClientUsageReport['statuses'],
    latencyMs: {
      sum: n(USAGE_TOTALS_FIELDS.latencySumMs),
      buckets: [...LATENCY_BUCKETS_MS, null].map((le, i) => ({ le, count: n(USAGE_TOTALS_FIELDS.bucket(i)) })),
    },
    lastRequestAt: last > 0 ? new Date(last).toISOString() : null,
  };
}
