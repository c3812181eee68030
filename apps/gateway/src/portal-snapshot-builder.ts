import type { ApiDefinition, ApiTable } from './api-definition.ts';
import { buildApiTable } from './build-api-table.ts';
import { assembleSnapshot, buildClientIndex, buildPolicyIndex, type ClientIndex, type ClientRow, type PolicyRows } from './build-portal-snapshot.ts';
import { silentLogger, type GatewayLogger } from './gateway-logger.ts';
import type { PortalSnapshot } from './portal-snapshot.ts';

/**
 * Turns successive reads of the portal tables into snapshots, rebuilding only the parts that
 * changed: the clients only when they were read again, the routing table only when API
 * definitions changed (it keeps its identity otherwise), nothing when the small tables read the
 * same. Shared by the SQLite and PostgreSQL sources.
 */
export class PortalSnapshotBuilder {
  #clients: ClientIndex = buildClientIndex([]);
  #policyRowsFingerprint = '';
  #apisFingerprint = '';
  #snapshot: PortalSnapshot;

  constructor(private readonly logger: GatewayLogger = silentLogger) {
    this.#snapshot = assembleSnapshot(buildApiTable([]), this.#clients, buildPolicyIndex({ apis: [], policies: [], grants: [], entries: [] }, new Set()));
  }

  get snapshot(): PortalSnapshot {
    return this.#snapshot;
  }

  /** One consistent read: the small tables, and the clients when they were read again (else undefined). */
  apply(policyRows: PolicyRows, clients: ClientRow[] | undefined): void {
    const fingerprint = JSON.stringify(policyRows);
    if (clients === undefined && fingerprint === this.#policyRowsFingerprint) return;
    this.#policyRowsFingerprint = fingerprint;
    if (clients !== undefined) this.#clients = buildClientIndex(clients);
    this.#snapshot = assembleSnapshot(this.#apiTableFor(policyRows.apis), this.#clients, buildPolicyIndex(policyRows, this.#clients.entryKeys));
  }

  #apiTableFor(apis: ApiDefinition[]): ApiTable {
    const fingerprint = JSON.stringify(apis);
    if (fingerprint === this.#apisFingerprint) return this.#snapshot.apis;
    this.#apisFingerprint = fingerprint;
    const table = buildApiTable(apis, (rejected) => this.logger.warn(rejected, 'API definition skipped'));
    this.logger.info({ apis: table.size }, 'API definitions loaded');
    return table;
  }
}
