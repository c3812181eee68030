import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Messages between the benchmark and a server it runs in a process of its own. */
export type ChildMessage =
  | { type: 'listening'; url: string }
  | { type: 'ask'; id: number; question: string }
  | { type: 'answer'; id: number; value: unknown };

export interface BenchChild {
  url: string;
  /** Asks the child something it answers (counters, timings); see each file in processes/. */
  ask<T>(question: string): Promise<T>;
  stop(): Promise<void>;
}

/**
 * Forks processes/<name>.ts under tsx, as its own process on 127.0.0.1 (as the product runs), and
 * waits until it listens. The child exits with the parent (IPC disconnect), so no port stays taken.
 */
export async function startChild(name: string, env: Record<string, string> = {}): Promise<BenchChild> {
  const child: ChildProcess = fork(fileURLToPath(new URL(`./processes/${name}.ts`, import.meta.url)), [], {
    // BENCH_PROFILE=<dir>: a V8 CPU profile of each process, written there when it exits.
    execArgv: ['--import', 'tsx', ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [])],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.on('message', (message: ChildMessage) => message.type === 'listening' && resolve(message.url));
    child.once('exit', (code) => reject(new Error(`bench process ${name} exited with ${code} before listening`)));
  });
  let next = 0;
  const waiting = new Map<number, (value: unknown) => void>();
  child.on('message', (message: ChildMessage) => {
    if (message.type === 'answer') waiting.get(message.id)?.(message.value);
  });
  return {
    url,
    ask<T>(question: string) {
      const id = next++;
      return new Promise<T>((resolve) => {
        waiting.set(id, (value) => (waiting.delete(id), resolve(value as T)));
        child.send({ type: 'ask', id, question } satisfies ChildMessage);
      });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * In the child: tells the parent its URL and answers its questions. Every child answers `cpu`:
 * the CPU time it has used, in µs, which depends far less on the machine's other load than
 * its throughput does.
 */
export function serveChild(url: string, answers: Record<string, () => unknown>): void {
  answers = { cpu: () => ((usage) => usage.user + usage.system)(process.cpuUsage()), ...answers };
  process.send!({ type: 'listening', url } satisfies ChildMessage);
  process.on('message', (message: ChildMessage) => {
    if (message.type !== 'ask') return;
    process.send!({ type: 'answer', id: message.id, value: answers[message.question]?.() ?? null } satisfies ChildMessage);
  });
  process.on('disconnect', () => process.exit(0));
  process.on('SIGTERM', () => process.exit(0));
}
