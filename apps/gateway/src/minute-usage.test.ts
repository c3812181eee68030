import { describe, expect, it } from 'vitest';
import { MinuteUsage } from './minute-usage.ts';

const MINUTE_MS = 60_000;
/** A performance.now() reading `minutesAgo` whole minutes before the current minute's middle. */
function at(minutesAgo: number): number {
  const nowMs = performance.timeOrigin + performance.now();
  return Math.floor(nowMs / MINUTE_MS) * MINUTE_MS + MINUTE_MS / 2 - minutesAgo * MINUTE_MS - performance.timeOrigin;
}
const minuteOf = (minutesAgo: number) => Math.floor((performance.timeOrigin + at(minutesAgo)) / MINUTE_MS);

describe('MinuteUsage', () => {
  it('counts per client, per API, per minute and per status class, with the latency sum', () => {
    const usage = new MinuteUsage();
    usage.record('c1', 'api-a', 200, at(2) - 10, at(2));
    usage.record('c1', 'api-a', 204, at(2) - 30, at(2));
    usage.record('c1', 'api-a', 503, at(2) - 5, at(2));
    usage.record('c1', 'api-b', 404, at(2) - 1, at(2));
    usage.record('c2', 'api-a', 302, at(1) - 2, at(1));
    usage.record('c2', 'api-a', 0, at(1) - 7, at(1)); // the caller left before an answer
    usage.record('c2', 'api-a', 101, at(1) - 1, at(1));

    const report = usage.collect();
    expect(report.instance).toBe(usage.instance);
    expect(report.currentMinute).toBe(minuteOf(0));
    expect(report.droppedMinutes).toBe(0);
    expect(report.minutes).toEqual([
      { minute: minuteOf(2), clientId: 'c1', apiId: 'api-a', requests: 3, statuses: { '2xx': 2, '3xx': 0, '4xx': 0, '5xx': 1, other: 0 }, latencySumMs: 45 },
      { minute: minuteOf(2), clientId: 'c1', apiId: 'api-b', requests: 1, statuses: { '2xx': 0, '3xx': 0, '4xx': 1, '5xx': 0, other: 0 }, latencySumMs: 1 },
      { minute: minuteOf(1), clientId: 'c2', apiId: 'api-a', requests: 3, statuses: { '2xx': 0, '3xx': 1, '4xx': 0, '5xx': 0, other: 2 }, latencySumMs: 10 },
    ]);
  });

  it('reports absolute counts until acknowledged, so reading twice never adds up twice', () => {
    const usage = new MinuteUsage();
    usage.record('c1', 'api-a', 200, at(1) - 1, at(1));
    const first = usage.collect();
    const second = usage.collect();
    expect(second.minutes).toEqual(first.minutes);
    expect(second.minutes[0]!.requests).toBe(1);
  });

  it('forgets complete minutes once acknowledged, but keeps the current one and ignores another process', () => {
    const usage = new MinuteUsage();
    usage.record('c1', 'api-a', 200, at(3) - 1, at(3));
    usage.record('c1', 'api-a', 200, at(1) - 1, at(1));
    usage.record('c1', 'api-a', 200, at(0) - 1, at(0));
    expect(usage.heldMinutes).toBe(3);

    // An acknowledgement from before a gateway restart names another instance: nothing is dropped.
    expect(usage.collect({ instance: 'another-process', throughMinute: minuteOf(0) }).minutes).toHaveLength(3);

    const afterAck = usage.collect({ instance: usage.instance, throughMinute: minuteOf(0) });
    // Minutes 3 and 1 ago are complete and gone; the current minute is still growing, so it stays.
    expect(afterAck.minutes.map((m) => m.minute)).toEqual([minuteOf(0)]);
    expect(usage.heldMinutes).toBe(1);

    // Counting goes on in the current minute, from where it was.
    usage.record('c1', 'api-a', 500, at(0) - 1, at(0));
    expect(usage.collect().minutes[0]).toMatchObject({ requests: 2, statuses: { '2xx': 1, '5xx': 1 } });
  });

  it('holds at most maxHeldMinutes minutes, dropping the oldest and saying how many it dropped', () => {
    const usage = new MinuteUsage({ maxHeldMinutes: 5 });
    for (let minutesAgo = 20; minutesAgo >= 0; minutesAgo--) usage.record('c1', 'api-a', 200, at(minutesAgo) - 1, at(minutesAgo));
    const report = usage.collect();
    expect(usage.heldMinutes).toBe(5);
    expect(report.droppedMinutes).toBe(16);
    expect(report.minutes.map((m) => m.minute)).toEqual([4, 3, 2, 1, 0].map(minuteOf));
  });

  it('starts a new minute after an acknowledged one was the last counted', () => {
    const usage = new MinuteUsage();
    usage.record('c1', 'api-a', 200, at(1) - 1, at(1));
    usage.collect({ instance: usage.instance, throughMinute: minuteOf(1) });
    expect(usage.heldMinutes).toBe(0);
    usage.record('c1', 'api-a', 200, at(0) - 1, at(0));
    expect(usage.collect().minutes).toMatchObject([{ minute: minuteOf(0), requests: 1 }]);
  });
});
