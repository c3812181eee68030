/**
 * CPU time the API spends refusing an anonymous fragment bomb (`fragment F1 on Query { ...F0
 * ...F0 }` ... `{ ...F<depth> }`): the fragment pre-check on the tokens, then (when within the
 * fragment limits) Apollo's parse and graphql-js validation, then the depth/cost measure.
 * Standalone and in-process, a few seconds:
 *
 *   pnpm --filter @gatehouse/api bench:fragment-bomb
 */
import { buildSchema, Kind, parse, validate, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { readFileSync } from 'node:fs';
import { countFragments, DEFAULT_OPERATION_LIMITS, exceededDocumentLimit, measureOperation } from '../src/server/graphql-limits.ts';

const schema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
const limits = DEFAULT_OPERATION_LIMITS;

function bomb(depth: number): string {
  let query = 'fragment F0 on Query { health }\n';
  for (let i = 1; i <= depth; i++) query += `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }\n`;
  return `${query}{ ...F${depth} }`;
}

/** What the API does with the document before any resolver would run; returns how it ended. */
function refuse(source: string): string {
  const counts = countFragments(source, limits.maxTokens);
  const exceeded = counts && exceededDocumentLimit(counts, limits);
  if (exceeded) return `refused before parsing (${exceeded.limit})`;
  const document = parse(source, { maxTokens: limits.maxTokens });
  if (validate(schema, document).length > 0) return 'invalid';
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const measure = measureOperation(schema, operation, fragments);
  return `refused after validation (cost ${measure.cost}, ${measure.work} work units)`;
}

const ROUNDS = 200;
for (const depth of [20, 40]) {
  const source = bomb(depth);
  refuse(source);
  const start = process.cpuUsage();
  let outcome = '';
  for (let i = 0; i < ROUNDS; i++) outcome = refuse(source);
  const used = process.cpuUsage(start);
  const ms = (used.user + used.system) / 1000 / ROUNDS;
  process.stdout.write(`depth ${depth} (${source.length} bytes): ${ms.toFixed(2)} ms CPU per request, ${outcome}\n`);
}
