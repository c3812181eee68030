import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const TSX = fileURLToPath(new URL('../../../../node_modules/.bin/tsx', import.meta.url));
const CHECK = fileURLToPath(new URL('./check-schema.ts', import.meta.url));
const ACCEPT = fileURLToPath(new URL('./accept-schema.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'schema-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BASELINE = `type Query {\n  "One API."\n  api(id: ID!): Api\n}\n\n"An API."\ntype Api {\n  id: ID!\n  name: String!\n}\n`;

function run(script: string, current: string) {
  const schema = join(dir, 'schema.graphql');
  const baseline = join(dir, 'schema.baseline.graphql');
  writeFileSync(schema, current);
  const res = spawnSync(TSX, [script, '--schema', schema, '--baseline', baseline], { encoding: 'utf8' });
  return { status: res.status, out: res.stdout + res.stderr, baseline };
}

describe('schema:check', () => {
  it('fails on a breaking change against the baseline and says how to accept it on purpose', () => {
    writeFileSync(join(dir, 'schema.baseline.graphql'), BASELINE);
    const removed = run(CHECK, BASELINE.replace('  name: String!\n', ''));
    expect(removed.status).toBe(1);
    expect(removed.out).toContain("1 breaking change(s)");
    expect(removed.out).toContain("Field 'name' was removed from object type 'Api'");
    expect(removed.out).toContain('pnpm --filter @gatehouse/api schema:accept');

    const retyped = run(CHECK, BASELINE.replace('name: String!', 'name: Int!'));
    expect(retyped.status).toBe(1);
    expect(retyped.out).toMatch(/Field 'Api.name' changed type from 'String!' to 'Int!'/);
  });

  it('passes compatible additions, and accepting makes the current schema the baseline', () => {
    writeFileSync(join(dir, 'schema.baseline.graphql'), BASELINE);
    const added = BASELINE.replace('  name: String!\n', '  name: String!\n  "New."\n  description: String\n');
    const check = run(CHECK, added);
    expect(check.status).toBe(0);
    expect(check.out).toMatch(/no breaking change; \d+ compatible change\(s\)/);

    const breaking = added.replace('  name: String!\n', '');
    expect(run(CHECK, breaking).status).toBe(1);
    const accept = run(ACCEPT, breaking);
    expect(accept.status).toBe(0);
    expect(readFileSync(accept.baseline, 'utf8')).toBe(breaking);
    expect(run(CHECK, breaking).out).toContain('the schema matches the baseline');
  });
});
