import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { access, chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { answers } from './replica-set.ts';

/**
 * PostgreSQL and Redis servers of a test's own, on free ports, that the test may stop and start:
 * the ones on 5432/6379 are shared by other engineers and the rest of CI and must never be
 * restarted by a test.
 */
const run = promisify(execFile);
const PG_BIN = process.env.GATEHOUSE_TEST_PG_BIN ?? '/usr/lib/postgresql/15/bin';
const REDIS_SERVER = process.env.GATEHOUSE_TEST_REDIS_SERVER ?? 'redis-server';
/** initdb and postgres refuse to run as root; as root they run as this system user. */
const PG_OS_USER = 'postgres';

/** The binaries a private engine needs that this machine lacks (empty when it has them all). */
export async function missingEngineBinaries(): Promise<string[]> {
  const missing: string[] = [];
  for (const bin of ['initdb', 'pg_ctl', 'postgres']) {
    if (!(await access(join(PG_BIN, bin)).then(() => true, () => false))) missing.push(join(PG_BIN, bin));
  }
  if (!(await run(REDIS_SERVER, ['--version']).then(() => true, () => false))) missing.push(REDIS_SERVER);
  return missing;
}

/** A TCP port nobody listens on now (the kernel's pick). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A redis-server that keeps nothing on disk, so a restart starts it empty, as the shared one does. */
export class PrivateRedis {
  #child: ChildProcess | undefined;
  private constructor(readonly port: number) {}

  static async start(): Promise<PrivateRedis> {
    const redis = new PrivateRedis(await freePort());
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(REDIS_SERVER, ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--loglevel', 'warning'], {
      stdio: 'ignore',
    });
    this.#child = child;
    await until(() => answers(this.port), `redis-server did not answer on port ${this.port}`);
  }

  async stop(): Promise<void> {
    const child = this.#child;
    this.#child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

/** A PostgreSQL cluster in a temporary directory (trust authentication, superuser `postgres`). */
export class PrivatePostgres {
  private constructor(
    readonly port: number,
    readonly dir: string,
  ) {}

  static async start(): Promise<PrivatePostgres> {
    const dir = await mkdtemp(join(tmpdir(), 'gatehouse-pg-'));
    if (process.getuid?.() === 0) {
      const { stdout } = await run('id', ['-u', PG_OS_USER]);
      const { stdout: gid } = await run('id', ['-g', PG_OS_USER]);
      await chown(dir, Number(stdout.trim()), Number(gid.trim()));
    }
    const pg = new PrivatePostgres(await freePort(), dir);
    await pg.#asOwner(join(PG_BIN, 'initdb'), ['-D', pg.#dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    await pg.start();
    return pg;
  }

  get #dataDir(): string {
    return join(this.dir, 'data');
  }

  /** URL of `database` on this cluster. */
  url(database = 'postgres'): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async start(): Promise<void> {
    // The socket in the cluster's own directory: nothing shared, not even /tmp/.s.PGSQL.<port>.
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
    await this.#pgCtl(['start', '-w', '-t', '30', '-l', join(this.dir, 'postgres.log'), '-o', options]);
    await until(() => answers(this.port), `PostgreSQL did not answer on port ${this.port}`);
  }

  /** Fast shutdown: open connections are ended, as by a restart of the server. */
  async stop(): Promise<void> {
    await this.#pgCtl(['stop', '-w', '-t', '30', '-m', 'fast']);
  }

  /** Stops the server and removes its files. */
  async destroy(): Promise<void> {
    await this.stop().catch(() => {});
    await rm(this.dir, { recursive: true, force: true });
  }

  #pgCtl(args: string[]): Promise<unknown> {
    return this.#asOwner(join(PG_BIN, 'pg_ctl'), ['-D', this.#dataDir, ...args]);
  }

  #asOwner(bin: string, args: string[]): Promise<unknown> {
    // pg_ctl start leaves the server running: its output must not hold the pipes open.
    const options = { cwd: this.dir, timeout: 60_000 };
    if (process.getuid?.() === 0) return run('runuser', ['-u', PG_OS_USER, '--', bin, ...args], options);
    return run(bin, args, options);
  }
}
