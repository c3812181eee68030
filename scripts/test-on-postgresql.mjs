#!/usr/bin/env node
// `pnpm test:postgresql` (part of `npm test`): the API's whole test suite a second time, on
// PostgreSQL, when a server answers (GATEHOUSE_DEV_POSTGRES_URL, default 127.0.0.1:5432).
// With CI=true PostgreSQL is required: a missing server fails the run. Without CI and without
// PostgreSQL it says clearly that the run was skipped and how to run it.
import { spawnSync } from 'node:child_process';
import { connect } from 'node:net';

const serverUrl = process.env.GATEHOUSE_DEV_POSTGRES_URL || 'postgresql://postgres@127.0.0.1:5432/test';
const url = new URL(serverUrl);
const host = url.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1';
const port = Number(url.port || 5432);

/** Whether something accepts TCP connections there; the tests' global setup then checks it is PostgreSQL. */
function answers() {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 3000 });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

const HOW =
  `Start PostgreSQL on 127.0.0.1:5432 (Debian: apt-get install postgresql), or set GATEHOUSE_DEV_POSTGRES_URL to a ` +
  `server where this user may create databases, then run \`pnpm test:postgresql\`.`;

if (!(await answers())) {
  if (process.env.CI === 'true') {
    process.stderr.write(`\nPostgreSQL does not answer at ${host}:${port}, and CI=true requires the API tests on PostgreSQL. ${HOW}\n`);
    process.exit(1);
  }
  process.stdout.write(`\nSKIPPED: the API tests on PostgreSQL, because nothing answers at ${host}:${port}. ${HOW}\n`);
  process.exit(0);
}
const result = spawnSync('pnpm', ['--filter', '@gatehouse/api', 'run', 'test:postgresql'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
