import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a benchmark process sends its parent. */
export type BenchProcessMessage =
  | { type: 'listening'; url: string }
  | { type: 'memory'; rss: number; heapUsed: number; cpuMicros: number; counters: Record<string, number> };

/**
 * Runs in a child process: listens on 127.0.0.1, tells the parent the URL, answers questions about
 * its memory (after a full GC when asked, `--expose-gc`), CPU time and `counters`, and exits with the parent.
 */
export async function serveBenchProcess(server: Server, counters: () => Record<string, number> = () => ({})): Promise<void> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const send = (message: BenchProcessMessage) => process.send!(message);
  send({ type: 'listening', url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
  process.on('message', (message: { type: 'memory'; gc: boolean }) => {
    if (message.type !== 'memory') return;
    if (message.gc) (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    const { user, system } = process.cpuUsage();
    send({ type: 'memory', rss, heapUsed, cpuMicros: user + system, counters: counters() });
  });
  process.on('disconnect', () => process.exit(0));
  // Exit through process.exit so that --cpu-prof writes its profile.
  process.on('SIGTERM', () => process.exit(0));
}
