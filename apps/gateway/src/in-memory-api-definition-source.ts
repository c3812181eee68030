import type { ApiDefinition, ApiDefinitionSource, ApiTable } from './api-definition.ts';
import { buildApiTable, type RejectedDefinition } from './build-api-table.ts';

export interface InMemoryApiDefinitionSource extends ApiDefinitionSource {
  /** Replaces every definition at once; the next request routes with the new table. */
  set(definitions: readonly ApiDefinition[]): void;
}

/** Definitions held in memory: for tests and for embedding the gateway without a database. */
export function createInMemoryApiDefinitionSource(
  definitions: readonly ApiDefinition[] = [],
  onRejected?: (rejected: RejectedDefinition) => void,
): InMemoryApiDefinitionSource {
  let table: ApiTable = buildApiTable(definitions, onRejected);
  return {
    current: () => table,
    set(next) {
      table = buildApiTable(next, onRejected);
    },
  };
}
