import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, getOperationAST, getVariableValues, parse, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ALL_EXAMPLES } from './graphql-docs-examples.ts';
import { explorerLink } from '../explorer/explorer-link.ts';

// The API's committed schema: the file CI checks for drift, so these examples break when it does.
const schemaPath = fileURLToPath(new URL('../../../../api/schema.graphql', import.meta.url));
const schema = buildSchema(readFileSync(schemaPath, 'utf8'));

describe('GraphQL API page examples', () => {
  it('has examples, each with a unique anchor', () => {
    expect(ALL_EXAMPLES.length).toBeGreaterThanOrEqual(8);
    expect(new Set(ALL_EXAMPLES.map((e) => e.id)).size).toBe(ALL_EXAMPLES.length);
  });

  it.each(ALL_EXAMPLES.map((e) => [e.id, e] as const))('%s is valid against apps/api/schema.graphql', (_id, example) => {
    const document = parse(example.query);
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
    // One named operation per example, so the explorer runs it without asking which.
    const operation = getOperationAST(document) as OperationDefinitionNode | null;
    expect(operation?.name?.value).toBeTruthy();
    // The example variables fit the operation's variable types (input fields, enums, lists).
    const coerced = getVariableValues(schema, operation?.variableDefinitions ?? [], example.variables ?? {});
    expect(coerced.errors?.map((e) => e.message) ?? []).toEqual([]);
  });

  it('links each example to the explorer with its operation and variables', () => {
    const example = ALL_EXAMPLES.find((e) => e.variables)!;
    const url = new URL(explorerLink('admin', example.query, example.variables), 'http://portal.test');
    expect(url.pathname).toBe('/admin/explorer');
    expect(url.searchParams.get('query')).toBe(example.query);
    expect(JSON.parse(url.searchParams.get('variables')!)).toEqual(example.variables);
  });
});
