import {
  Kind,
  Lexer,
  Source,
  TokenKind,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLFieldMap,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../modules/common/connection.ts';

/**
 * How much one GraphQL operation may ask for (issue 7: depth and cost limits). A query that
 * nests connections multiplies: `developers(first: 100) { clients(first: 100) { ... } }` asks
 * for 10,000 clients, so a field with a `first` argument multiplies the cost of what it selects.
 */
export interface OperationLimits {
  /** Deepest field nesting, counting `edges { node { ... } }` as two levels. */
  maxDepth: number;
  /** Each field costs 1, times the page sizes (`first`) of the connections around it. */
  maxCost: number;
  /** Aliased fields in the whole document. */
  maxAliases: number;
  /** Fragment definitions in one document, checked before GraphQL validation runs. */
  maxFragments: number;
  /** Fragment spreads (`...Name`) in one document, checked before GraphQL validation runs. */
  maxSpreads: number;
  /** Lexical tokens in one document: bounds parsing and, with the two above, validation. */
  maxTokens: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxCost: 20_000,
  maxAliases: 30,
  maxFragments: 30,
  maxSpreads: 60,
  maxTokens: 5_000,
};

export interface OperationMeasure {
  depth: number;
  cost: number;
  aliases: number;
  /**
   * Selections visited to measure the operation. Each fragment is measured once however often
   * it is spread, so this stays below the number of selections written in the document.
   */
  work: number;
}

/**
 * Types are inspected by shape, not with graphql's isObjectType()/getNamedType(): those use
 * instanceof, which fails when Apollo and this file load different copies of graphql (its CJS
 * and ESM builds, as under vitest).
 */
type Composite = { getFields(): GraphQLFieldMap<unknown, unknown> };

function namedType(type: GraphQLType): GraphQLType {
  let t: GraphQLType = type;
  while ('ofType' in t && t.ofType) t = t.ofType as GraphQLType;
  return t;
}

function fieldsOf(type: unknown): GraphQLFieldMap<unknown, unknown> | undefined {
  // Object and interface types have fields; unions and leaves do not (input types never get here).
  return type && typeof (type as Composite).getFields === 'function' && !('parseValue' in (type as object)) ? (type as Composite).getFields() : undefined;
}

/** A page-size argument whose value comes from a literal, a variable or the schema default. */
function pageSize(field: GraphQLField<unknown, unknown>, args: readonly { name: { value: string }; value: ValueNode }[], variables: Record<string, unknown>): number {
  const def = field.args.find((a) => a.name === 'first');
  if (!def) return 1;
  const node = args.find((a) => a.name.value === 'first')?.value;
  let value: unknown = def.defaultValue;
  if (node?.kind === Kind.INT) value = Number(node.value);
  else if (node?.kind === Kind.VARIABLE) value = variables[node.name.value] ?? def.defaultValue;
  else if (node?.kind === Kind.NULL) value = def.defaultValue;
  // Services clamp `first` to MAX_PAGE_SIZE; cost counts what would really be fetched.
  const n = typeof value === 'number' && Number.isFinite(value) ? value : MAX_PAGE_SIZE;
  return Math.min(Math.max(Math.trunc(n), 1), MAX_PAGE_SIZE);
}

/**
 * Depth, cost and alias count of one operation, fragments expanded. Runs after validation, so
 * fields exist and fragments do not cycle. A fragment's measure depends only on the fragment:
 * its type condition, not the spread's parent, names the type its fields belong to. So each
 * fragment is measured once and reused at every spread; expanding it again at each use made
 * `fragment F1 on Query { ...F0 ...F0 }` ... `F40` cost 2^40 visits.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): OperationMeasure {
  let aliases = 0;
  let work = 0;
  const measured = new Map<string, { depth: number; cost: number }>();

  const walk = (selectionSet: SelectionSetNode, parent: unknown): { depth: number; cost: number } => {
    let depth = 0;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      work += 1;
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases += 1;
        const name = selection.name.value;
        if (name.startsWith('__')) {
          // Introspection: __typename is free; __schema/__type are bounded by the schema's size.
          if (name !== '__typename') cost += 1;
          continue;
        }
        const field = fieldsOf(parent)?.[name];
        if (!field) continue;
        const inner = selection.selectionSet ? walk(selection.selectionSet, namedType(field.type)) : { depth: 0, cost: 0 };
        depth = Math.max(depth, 1 + inner.depth);
        cost += 1 + pageSize(field, selection.arguments ?? [], variables) * inner.cost;
      } else {
        const inner = selection.kind === Kind.FRAGMENT_SPREAD ? measureFragment(selection.name.value) : walk(selection.selectionSet, typeOf(selection.typeCondition?.name.value, parent));
        depth = Math.max(depth, inner.depth);
        cost += inner.cost;
      }
    }
    return { depth, cost };
  };

  const typeOf = (typeName: string | undefined, parent: unknown): unknown => (typeName ? schema.getType(typeName) : parent);

  // Aliases are counted on the one walk of each fragment: a fragment spread many times still
  // has its aliases written once.
  const measureFragment = (name: string): { depth: number; cost: number } => {
    const known = measured.get(name);
    if (known) return known;
    const fragment = fragments[name];
    const result = fragment ? walk(fragment.selectionSet, typeOf(fragment.typeCondition.name.value, undefined)) : { depth: 0, cost: 0 };
    measured.set(name, result);
    return result;
  };

  const root = schema.getRootType(operation.operation);
  if (!root) return { depth: 0, cost: 0, aliases: 0, work: 0 };
  const { depth, cost } = walk(operation.selectionSet, root);
  return { depth, cost, aliases, work };
}

/**
 * Fragment definitions and spreads written in a document, counted on its tokens before it is
 * parsed and validated (graphql-js validation grows faster than linearly with fragments, and
 * Apollo offers no hook that may refuse a document before validating it). Null when the source
 * has more than `maxTokens` tokens or does not lex: the parser then answers with the reason.
 */
export function countFragments(source: string, maxTokens: number): { fragments: number; spreads: number } | null {
  const lexer = new Lexer(new Source(source));
  let fragments = 0;
  let spreads = 0;
  let braces = 0;
  let tokens = 0;
  let afterSpread = false;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (++tokens > maxTokens) return null;
      if (token.kind === TokenKind.BRACE_L) braces += 1;
      else if (token.kind === TokenKind.BRACE_R) braces -= 1;
      else if (token.kind === TokenKind.NAME) {
        if (braces === 0 && token.value === 'fragment') fragments += 1;
        // `... on Type` is an inline fragment, `...Name` a spread.
        if (afterSpread && token.value !== 'on') spreads += 1;
      }
      afterSpread = token.kind === TokenKind.SPREAD;
    }
  } catch {
    return null;
  }
  return { fragments, spreads };
}

/** The document-wide limit a document exceeds, before validation; null when within. */
export function exceededDocumentLimit(counts: { fragments: number; spreads: number }, limits: OperationLimits): { limit: 'fragments' | 'spreads'; message: string } | null {
  if (counts.fragments > limits.maxFragments) {
    return { limit: 'fragments', message: `The document defines ${counts.fragments} fragments; the limit is ${limits.maxFragments}. Inline small fragments or split the document into several queries.` };
  }
  if (counts.spreads > limits.maxSpreads) {
    return { limit: 'spreads', message: `The document spreads fragments ${counts.spreads} times; the limit is ${limits.maxSpreads}. Spread each fragment where it is needed once, or split the document into several queries.` };
  }
  return null;
}

/** The first limit the operation exceeds, as a message that says what to change; null when within. */
export function exceededLimit(measure: OperationMeasure, limits: Pick<OperationLimits, 'maxDepth' | 'maxCost' | 'maxAliases'>): { limit: 'depth' | 'cost' | 'aliases'; message: string } | null {
  if (measure.depth > limits.maxDepth) {
    return { limit: 'depth', message: `The query is nested ${measure.depth} levels deep; the limit is ${limits.maxDepth}. Split it into several queries.` };
  }
  if (measure.aliases > limits.maxAliases) {
    return { limit: 'aliases', message: `The query uses ${measure.aliases} aliases; the limit is ${limits.maxAliases}. Send several smaller queries instead.` };
  }
  if (measure.cost > limits.maxCost) {
    return {
      limit: 'cost',
      message: `The query could return about ${measure.cost} fields; the limit is ${limits.maxCost}. Ask for smaller pages (first) in nested lists, or fewer fields, and page with after.`,
    };
  }
  return null;
}
