import type { Redis } from 'ioredis';
import type { ThrottleStore } from './sign-in-throttle.ts';

/**
 * Failed sign-in times in Redis, one sorted set per key (score = time), so that every API replica
 * counts the same failures: five wrong passwords spread over two replicas are five, not two and
 * three. Each set expires with its longest window, so Redis holds only what a limit still needs.
 */
export class RedisThrottleStore implements ThrottleStore {
  constructor(private readonly redis: Redis) {}

  async recent(key: string, since: number): Promise<number[]> {
    const members = await this.redis.zrangebyscore(this.#key(key), `(${since}`, '+inf');
    return members.map((member) => Number(member.split(':')[0]));
  }

  async add(key: string, at: number, keepMs: number): Promise<void> {
    const k = this.#key(key);
    // The member carries a random part: two failures in one millisecond are two failures.
    await this.redis
      .multi()
      .zadd(k, at, `${at}:${Math.random().toString(36).slice(2)}`)
      .zremrangebyscore(k, '-inf', at - keepMs)
      .pexpire(k, keepMs)
      .exec();
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(this.#key(key));
  }

  #key(key: string): string {
    return `sign-in-throttle:${key}`;
  }
}
