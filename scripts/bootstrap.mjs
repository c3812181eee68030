#!/usr/bin/env node
// The README's two commands, with nothing but Node 20 and npm on the machine:
//   npm start  -> install, generate, then start every process (packages/stack)
//   npm test   -> install, generate, install Chromium if missing, then every check and test
// Plain Node on purpose: it runs before any dependency is installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pnpmVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
const toolsDir = join(root, '.tools');
const env = { ...process.env, PATH: `${join(toolsDir, 'node_modules', '.bin')}:${process.env.PATH}` };

function step(title) {
  process.stdout.write(`\n==> ${title}\n`);
}

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    process.stderr.write(`\n${cmd} ${args.join(' ')} failed (${result.signal ?? `exit ${result.status}`}).\n`);
    process.exit(result.status ?? 1);
  }
}

function has(cmd, args = ['--version']) {
  try {
    return execFileSync(cmd, args, { env, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return null;
  }
}

/** pnpm at the version package.json pins, installed into .tools/ (no global install, no sudo). */
function ensurePnpm() {
  if (has('pnpm') === pnpmVersion) return;
  step(`Installing pnpm ${pnpmVersion} into .tools/`);
  run('npm', ['install', '--prefix', toolsDir, '--no-audit', '--no-fund', '--no-save', `pnpm@${pnpmVersion}`]);
}

function install() {
  ensurePnpm();
  step('Installing dependencies');
  run('pnpm', ['install', '--frozen-lockfile']);
  step('Generating the Prisma client');
  run('pnpm', ['--filter', '@gatehouse/db', 'run', 'generate']);
}

/** Debian's Chromium for Playwright: the Playwright CDN is not reachable from these machines. */
function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return;
  step('Installing Chromium from apt (about a minute)');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (args) => run(sudo[0] ?? 'apt-get', sudo.length ? ['apt-get', ...args] : args, { env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } });
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', 'chromium']);
}

const command = process.argv[2];
if (command === 'start') {
  install();
  step('Building the web app');
  run('pnpm', ['--filter', '@gatehouse/web', 'run', 'build']);
  step('Starting Gatehouse');
  // exec-like: the stack handles Ctrl-C itself and stops every process it started.
  process.on('SIGINT', () => {}); // the stack stops its processes on Ctrl-C; wait for it
  process.on('SIGTERM', () => {});
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'packages/stack/src/cli/start.ts'], { cwd: root, env, stdio: 'inherit' });
  process.exit(child.status ?? 0);
} else if (command === 'test') {
  install();
  ensureChromium();
  run('pnpm', ['run', 'test:all']);
} else {
  process.stderr.write('usage: node scripts/bootstrap.mjs start|test\n');
  process.exit(2);
}
