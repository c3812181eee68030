import { PROCESSES, startProcess, type ProcessName, type RunningProcess } from '@gatehouse/stack';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Whether something listens at host:port (PostgreSQL, Redis) within a second. */
export function answers(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host, timeout: 1000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

export interface ReplicaSetPorts {
  idp: number;
  echo: number;
  apis: number[];
  gateways: number[];
}

const spec = (name: ProcessName) => PROCESSES.find((p) => p.name === name)!;

/**
 * Gatehouse as it runs beyond one machine: one IdP and echo upstream, several API replicas and
 * several gateways, all real processes, sharing only PostgreSQL and Redis (each process has a
 * data directory of its own, so nothing goes through a shared file).
 */
export class ReplicaSet {
  readonly apis: (RunningProcess | null)[] = [];
  readonly gateways: (RunningProcess | null)[] = [];
  #others: RunningProcess[] = [];
  #dirs: string[] = [];
  readonly env: Record<string, string>;
  readonly #log = createWriteStream(join('test-results', `replicas-${Date.now()}.log`));

  constructor(
    readonly ports: ReplicaSetPorts,
    shared: { databaseUrl: string; redisUrl: string },
  ) {
    this.env = {
      DATABASE_URL: shared.databaseUrl,
      REDIS_URL: shared.redisUrl,
      GATEHOUSE_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      GATEWAY_USAGE_TOKEN: randomBytes(24).toString('base64url'),
      IDP_PORT: String(ports.idp),
      ECHO_PORT: String(ports.echo),
      // Tokens name one audience whichever gateway they are sent to.
      GATEWAY_PUBLIC_URL: `http://127.0.0.1:${ports.gateways[0]}`,
      // A killed replica's registration is finished or undone by another once its lease expires.
      GATEHOUSE_REGISTRATION_LEASE_SECONDS: '2',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    };
  }

  get issuer(): string {
    return `http://127.0.0.1:${this.ports.idp}/oauth/v2/oauth-anonymous`;
  }

  apiUrl(i: number): string {
    return `http://127.0.0.1:${this.ports.apis[i]}/graphql`;
  }

  gatewayUrl(i: number): string {
    return `http://127.0.0.1:${this.ports.gateways[i]}`;
  }

  /** The IdP's own store, where "registered at the IdP" is read. */
  idpDbPath = '';

  async start(): Promise<void> {
    await mkdir('test-results', { recursive: true });
    const idpDir = await this.#dir();
    this.idpDbPath = join(idpDir, 'idp.db');
    this.#others.push(await this.#start('idp', 'idp', { GATEHOUSE_DATA_DIR: idpDir }, `${this.issuer}/.well-known/openid-configuration`));
    this.#others.push(await this.#start('echo', 'echo', {}, `http://127.0.0.1:${this.ports.echo}/healthz`));
    // The first replica migrates and loads the demo data; the others then find both done.
    for (const i of this.ports.apis.keys()) await this.startApi(i);
    for (const i of this.ports.gateways.keys()) await this.startGateway(i);
  }

  async startApi(i: number): Promise<void> {
    const env = { GATEHOUSE_DATA_DIR: await this.#dir(), API_PORT: String(this.ports.apis[i]) };
    this.apis[i] = await this.#start('api', `api-${i}`, env, `http://127.0.0.1:${this.ports.apis[i]}/healthz`);
  }

  async startGateway(i: number): Promise<void> {
    const env = { GATEHOUSE_DATA_DIR: await this.#dir(), GATEWAY_PORT: String(this.ports.gateways[i]) };
    this.gateways[i] = await this.#start('gateway', `gateway-${i}`, env, `${this.gatewayUrl(i)}/healthz`);
  }

  async stop(): Promise<void> {
    const all = [...this.apis, ...this.gateways, ...this.#others].filter((p): p is RunningProcess => p !== null);
    await Promise.all(all.map((p) => p.stop()));
    await Promise.all(this.#dirs.map((d) => rm(d, { recursive: true, force: true })));
    this.#log.end();
  }

  async #dir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'gatehouse-replica-'));
    this.#dirs.push(dir);
    return dir;
  }

  #start(name: ProcessName, label: string, env: Record<string, string>, readyUrl: string): Promise<RunningProcess> {
    return startProcess({
      name: label,
      entry: spec(name).entry,
      env: { ...spec(name).envDefaults, ...process.env, ...this.env, ...env },
      readyUrl,
      write: (line) => this.#log.write(`${line}\n`),
    });
  }
}
