import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchProcessMessage } from './serve-bench-process.ts';

export interface BenchProcess {
  url: string;
  /** RSS and used heap in bytes (after a full GC when `gc` is set), and CPU time used so far in µs. */
  memory(gc: boolean): Promise<{ rss: number; heapUsed: number; cpuMicros: number; counters: Record<string, number> }>;
  stop(): void;
}

/** Forks bench/processes/<name>.ts under tsx and waits until it listens. */
export async function startBenchProcess(name: string, env: Record<string, string> = {}): Promise<BenchProcess> {
  const child: ChildProcess = fork(fileURLToPath(new URL(`./processes/${name}.ts`, import.meta.url)), [], {
    // BENCH_PROFILE=<dir> writes a V8 CPU profile of each process there when it exits;
    // BENCH_NODE_FLAGS adds Node/V8 flags, e.g. "--trace-gc".
    execArgv: ['--import', 'tsx', '--expose-gc', ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []), ...(process.env.BENCH_NODE_FLAGS?.split(' ') ?? [])],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = <T extends BenchProcessMessage['type']>(type: T) =>
    new Promise<Extract<BenchProcessMessage, { type: T }>>((resolve, reject) => {
      const onMessage = (message: BenchProcessMessage) => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message as Extract<BenchProcessMessage, { type: T }>);
      };
      const onExit = (code: number | null) => reject(new Error(`bench process ${name} exited with ${code}`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const { url } = await next('listening');
  return {
    url,
    async memory(gc) {
      const answer = next('memory');
      child.send({ type: 'memory', gc });
      const { rss, heapUsed, cpuMicros, counters } = await answer;
      return { rss, heapUsed, cpuMicros, counters };
    },
    stop: () => void child.kill('SIGTERM'),
  };
}
