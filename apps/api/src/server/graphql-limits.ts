import {
  Kind,
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
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = { maxDepth: 12, maxCost: 20_000, maxAliases: 30 };

export interface OperationMeasure {
  depth: number;
  cost: number;
  aliases: number;
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
 * fields exist and fragments do not cycle.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): OperationMeasure {
  let aliases = 0;
  const countedFragments = new Set<string>();

  const walk = (selectionSet: SelectionSetNode, parent: unknown, countAliases: boolean): { depth: number; cost: number } => {
    let depth = 0;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias && countAliases) aliases += 1;
        const name = selection.name.value;
        if (name.startsWith('__')) {
          // Introspection: __typename is free; __schema/__type are bounded by the schema's size.
          if (name !== '__typename') cost += 1;
          continue;
        }
        const field = fieldsOf(parent)?.[name];
        if (!field) continue;
        const inner = selection.selectionSet
          ? walk(selection.selectionSet, namedType(field.type), countAliases)
          : { depth: 0, cost: 0 };
        depth = Math.max(depth, 1 + inner.depth);
        cost += 1 + pageSize(field, selection.arguments ?? [], variables) * inner.cost;
      } else {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments[selection.name.value] : selection;
        if (!fragment) continue;
        const typeName = fragment.typeCondition?.name.value;
        const type = typeName ? schema.getType(typeName) : parent;
        // A fragment spread many times still has its aliases written once.
        const firstVisit = selection.kind !== Kind.FRAGMENT_SPREAD || !countedFragments.has(selection.name.value);
        if (selection.kind === Kind.FRAGMENT_SPREAD) countedFragments.add(selection.name.value);
        const inner = walk(fragment.selectionSet, type, countAliases && firstVisit);
        depth = Math.max(depth, inner.depth);
        cost += inner.cost;
      }
    }
    return { depth, cost };
  };

  const root = schema.getRootType(operation.operation);
  if (!root) return { depth: 0, cost: 0, aliases: 0 };
  const { depth, cost } = walk(operation.selectionSet, root, true);
  return { depth, cost, aliases };
}

/** The first limit the operation exceeds, as a message that says what to change; null when within. */
export function exceededLimit(measure: OperationMeasure, limits: OperationLimits): { limit: 'depth' | 'cost' | 'aliases'; message: string } | null {
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
