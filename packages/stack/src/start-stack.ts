import { loadConfig, repoRoot } from '@gatehouse/config';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { pipeLines } from './log-lines.ts';
import { PROCESSES, type ProcessName } from './processes.ts';
import { waitUntilReady } from './wait-until-ready.ts';

export interface RunningStack {
  config: ReturnType<typeof loadConfig>;
  /** Resolves with a sentence when a process exits on its own after start-up. */
  crashed: Promise<string>;
  stop(): Promise<void>;
}

export interface StartStackOptions {
  /** Environment for every process (ports, data dir...); defaults to this process's. */
  env?: NodeJS.ProcessEnv;
  /** Where process output goes; defaults to stdout. */
  write?: (line: string) => void;
  readyTimeoutMs?: number;
}

/**
 * Starts every process of the product as a real process on 127.0.0.1, each in its own process
 * group so that stopping the stack frees every port, and resolves once all answer.
 */
export async function startStack(options: StartStackOptions = {}): Promise<RunningStack> {
  const env = { ...process.env, ...options.env };
  // The gateway serves its usage counters only with a token; the API and the gateway of this run
  // share one made now when none is configured.
  env.GATEWAY_USAGE_TOKEN ||= randomBytes(32).toString('base64url');
  const config = loadConfig(env);
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const urls = {
    idpIssuer: config.idp.issuer,
    echo: config.urls.echo,
    apiOrigin: new URL(config.urls.api).origin,
    gateway: `http://${config.host}:${config.ports.gateway}`,
    web: config.urls.web,
  };
  const children = new Map<ProcessName, ChildProcess>();
  const exits = new Map<ProcessName, string>();
  const ready = new Map<ProcessName, Promise<void>>();
  let stopping = false;
  let reportCrash: (message: string) => void = () => {};
  const crashed = new Promise<string>((resolve) => (reportCrash = resolve));

  const stop = async () => {
    stopping = true;
    await Promise.all([...children.values()].map((child) => stopChild(child)));
  };

  const launch = (name: ProcessName, entry: string, envDefaults: Record<string, string> = {}) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry], {
      cwd: repoRoot,
      env: { ...envDefaults, ...env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.set(name, child);
    pipeLines(child.stdout!, name, write);
    pipeLines(child.stderr!, name, write);
    child.once('exit', (code, signal) => {
      const how = signal ?? `code ${code}`;
      exits.set(name, `${name} exited (${how}) before it was ready`);
      if (!stopping) reportCrash(`${name} exited unexpectedly (${how})`);
    });
  };

  try {
    for (const spec of PROCESSES) {
      const started = Promise.all(spec.after.map((dep) => ready.get(dep))).then(async () => {
        launch(spec.name, spec.entry, spec.envDefaults);
        await waitUntilReady(spec.readyUrl(urls), {
          timeoutMs: options.readyTimeoutMs ?? 60_000,
          exited: () => exits.get(spec.name) ?? null,
        });
      });
      ready.set(spec.name, started);
    }
    await Promise.all(ready.values());
  } catch (error) {
    await Promise.allSettled(ready.values());
    await stop();
    throw error;
  }
  return { config, crashed, stop };
}

/** SIGTERM to the child's whole process group, SIGKILL if it has not exited in 5 s. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      killGroup(pid, 'SIGKILL'); // anything the child left behind in its group
      resolve();
    });
    killGroup(pid, 'SIGTERM');
  });
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}
