import { describe, expect, it } from 'vitest';
import { InProcessClientLocks } from './client-locks.ts';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('InProcessClientLocks', () => {
  it('runs operations on one client one after the other, and on different clients at once', async () => {
    const locks = new InProcessClientLocks();
    const log: string[] = [];
    const op = (name: string) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([locks.run('a', op('a1')), locks.run('a', op('a2')), locks.run('b', op('b1'))]);
    expect(results).toEqual(['a1', 'a2', 'b1']);
    expect(log.indexOf('a1 end')).toBeLessThan(log.indexOf('a2 start'));
    expect(log.indexOf('b1 start')).toBeLessThan(log.indexOf('a1 end'));
  });

  it('lets the next operation run after one fails', async () => {
    const locks = new InProcessClientLocks();
    const failed = locks.run('a', async () => {
      throw new Error('IdP down');
    });
    const next = locks.run('a', async () => 'ran');
    await expect(failed).rejects.toThrow('IdP down');
    await expect(next).resolves.toBe('ran');
  });
});
