import { buildApiTable, type RejectedDefinition } from './build-api-table.ts';
import { buildPortalSnapshot, type PortalRows } from './build-portal-snapshot.ts';
import type { PortalSnapshot, PortalSource } from './portal-snapshot.ts';

export interface InMemoryPortalSource extends PortalSource {
  /** Replaces all portal data at once; the next request sees the new snapshot. */
  set(rows: PortalRows): void;
}

/** Portal data held in memory: for tests, benchmarks and embedding the gateway without a database. */
export function createInMemoryPortalSource(rows: PortalRows, onRejected?: (rejected: RejectedDefinition) => void): InMemoryPortalSource {
  const build = (next: PortalRows): PortalSnapshot => buildPortalSnapshot(next, buildApiTable(next.apis, onRejected));
  let snapshot = build(rows);
  return {
    current: () => snapshot,
    set(next) {
      snapshot = build(next);
    },
  };
}
