import { repoRoot } from '@gatehouse/config';
import { spawn, type ChildProcess } from 'node:child_process';
import { pipeLines } from './log-lines.ts';
import { waitUntilReady } from './wait-until-ready.ts';

export interface ProcessToStart {
  /** Prefix of its log lines, e.g. "api" or "api-b". */
  name: string;
  /** Entry file, run with tsx. */
  entry: string;
  env: NodeJS.ProcessEnv;
  /** URL that answers 2xx once the process is ready. */
  readyUrl: string;
  readyTimeoutMs?: number;
  write: (line: string) => void;
}

export interface RunningProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Set once the process has exited, with how ("code 0", "SIGKILL"). */
  exit(): string | null;
  /** SIGTERM to the process group, SIGKILL after 5 s. */
  stop(): Promise<void>;
  /** SIGKILL to the process group at once: a crash, as far as the rest of the system can tell. */
  kill(): Promise<void>;
}

/**
 * Starts one process of the product as a real process on 127.0.0.1, in its own process group so
 * that stopping it frees its ports, and resolves once `readyUrl` answers.
 */
export async function startProcess(spec: ProcessToStart): Promise<RunningProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', spec.entry], {
    cwd: repoRoot,
    env: spec.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  pipeLines(child.stdout!, spec.name, spec.write);
  pipeLines(child.stderr!, spec.name, spec.write);
  let exit: string | null = null;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exit = signal ?? `code ${code}`;
      resolve();
    }),
  );
  const running: RunningProcess = {
    name: spec.name,
    child,
    exit: () => exit,
    stop: () => endGroup(child, exited, 'SIGTERM'),
    kill: () => endGroup(child, exited, 'SIGKILL'),
  };
  try {
    await waitUntilReady(spec.readyUrl, {
      timeoutMs: spec.readyTimeoutMs ?? 60_000,
      exited: () => (exit ? `${spec.name} exited (${exit}) before it was ready` : null),
    });
  } catch (error) {
    await running.kill();
    throw error;
  }
  return running;
}

/** Ends the child's whole process group; anything left in the group after the child exits is killed. */
async function endGroup(child: ChildProcess, exited: Promise<void>, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const pid = child.pid;
  const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), 5000);
  killGroup(pid, signal);
  await exited;
  clearTimeout(timer);
  killGroup(pid, 'SIGKILL');
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}
