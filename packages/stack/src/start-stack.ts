import { loadConfig } from '@gatehouse/config';
import { randomBytes } from 'node:crypto';
import { PROCESSES, type ProcessName } from './processes.ts';
import { startProcess, type RunningProcess } from './start-process.ts';

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
  const running: RunningProcess[] = [];
  const ready = new Map<ProcessName, Promise<void>>();
  let stopping = false;
  let reportCrash: (message: string) => void = () => {};
  const crashed = new Promise<string>((resolve) => (reportCrash = resolve));

  const stop = async () => {
    stopping = true;
    await Promise.all(running.map((process) => process.stop()));
  };

  try {
    for (const spec of PROCESSES) {
      const started = Promise.all(spec.after.map((dep) => ready.get(dep))).then(async () => {
        const process = await startProcess({
          name: spec.name,
          entry: spec.entry,
          env: { ...spec.envDefaults, ...env },
          readyUrl: spec.readyUrl(urls),
          readyTimeoutMs: options.readyTimeoutMs,
          write,
        });
        running.push(process);
        process.child.once('exit', () => {
          if (!stopping) reportCrash(`${spec.name} exited unexpectedly (${process.exit()})`);
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
