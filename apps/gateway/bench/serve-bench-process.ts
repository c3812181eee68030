import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a benchmark process sends its parent. */
export type BenchProcessMessage =
  | { type: 'listening'; url: string }
  | { type: 'memory'; rss: number; heapUsed: number };

/**
 * Runs in a child process: listens on 127.0.0.1, tells the parent the URL, answers memory
 * questions (after a full GC when asked, `--expose-gc`), and exits with the parent.
 */
export async function serveBenchProcess(server: Server): Promise<void> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const send = (message: BenchProcessMessage) => process.send!(message);
  send({ type: 'listening', url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
  process.on('message', (message: { type: 'memory'; gc: boolean }) => {
    if (message.type !== 'memory') return;
    if (message.gc) (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    send({ type: 'memory', rss, heapUsed });
  });
  process.on('disconnect', () => process.exit(0));
}
