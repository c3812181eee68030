import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../main.ts', import.meta.url));
/** apps/api, from where `--import tsx` resolves (as `pnpm start` runs it). */
const API_DIR = fileURLToPath(new URL('../../../', import.meta.url));

export interface ApiProcess {
  url: string;
  /** Resolves when the process ends, with the signal that ended it, if any. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything it wrote, for a failing test's message. */
  output(): string;
  /** SIGTERM to its process group, then waits for it to end. */
  stop(): Promise<void>;
  /** SIGKILL to its process group, as a crash or the OOM killer would, then waits for it to end. */
  kill(): Promise<void>;
}

/**
 * The real API (src/main.ts) as its own process, as `npm start` runs it, on `port`, with its data
 * in `dataDir` and `env` on top (e.g. GATEHOUSE_FAULT). Resolves once it answers GraphQL.
 */
export async function startApiProcess(options: { dataDir: string; port: number; env: Record<string, string> }): Promise<ApiProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: API_DIR,
    env: { ...process.env, GATEHOUSE_DATA_DIR: options.dataDir, API_PORT: String(options.port), LOG_LEVEL: 'warn', ...options.env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let ended = false;
  void exited.then(() => (ended = true));
  const url = `http://127.0.0.1:${options.port}/graphql`;

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (ended) throw new Error(`the API process ended before it was ready:\n${output}`);
    if (Date.now() > deadline) {
      process.kill(-child.pid!, 'SIGKILL');
      throw new Error(`the API process was not ready within 30 s:\n${output}`);
    }
    const ready = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then(
      (res) => res.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    url,
    exited,
    output: () => output,
    async stop() {
      if (ended) return;
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    },
    async kill() {
      if (ended) return;
      process.kill(-child.pid!, 'SIGKILL');
      await exited;
    },
  };
}
