import { redactUrl } from '../database-kind.ts';
import { devPostgresUrl, whyPostgresDoesNotAnswer } from '../postgresql/temporary-database.ts';

/** How to get the PostgreSQL half to run, for the messages of the CLIs. */
export function howToRunPostgres(url = devPostgresUrl()): string {
  return (
    `Start PostgreSQL on 127.0.0.1:5432 (Debian: apt-get install postgresql; then ` +
    `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) or point ` +
    `GATEHOUSE_DEV_POSTGRES_URL at a server where this user may create databases ` +
    `(now ${redactUrl(url)}).`
  );
}

/** Null when the dev PostgreSQL server answers, else why not. */
export function whyDevPostgresDoesNotAnswer(): Promise<string | null> {
  return whyPostgresDoesNotAnswer(devPostgresUrl());
}

/** CI=true makes PostgreSQL required: a missing server fails instead of being skipped. */
export function postgresRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['CI'] === 'true';
}
