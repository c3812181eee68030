import type { ApiTable } from './api-definition.ts';

/** A policy as the gateway enforces it (prisma model `Policy`), with durations in milliseconds. */
export interface PolicyRule {
  readonly id: string;
  readonly name: string;
  /** An inactive policy refuses every request it would otherwise govern (403). */
  readonly active: boolean;
  /** APIs the policy grants access to (`Policy.apis`). */
  readonly apiIds: ReadonlySet<string>;
  /** At most `requests` per `periodMs`; null: unlimited. */
  readonly rateLimit: { readonly requests: number; readonly periodMs: number } | null;
  /** At most `max` requests per `renewalMs`, counted from the first request of a period; null: unlimited. */
  readonly quota: { readonly max: number; readonly renewalMs: number } | null;
  /** A client's access ends this long after the client was created; null: never. */
  readonly keyExpiresInMs: number | null;
  /**
   * While Redis cannot be reached, requests under the limits are let through and counted in this
   * gateway's memory (ALLOW) or refused with 503 (REFUSE); null: the gateway's GATEWAY_LIMITS_FAIL_MODE.
   */
  readonly limitsWhenRedisDown: 'ALLOW' | 'REFUSE' | null;
}

/** An OAuth client registered through the portal (prisma model `OAuthClient`). */
export interface PortalClient {
  /** The portal's id of the client (`OAuthClient.id`): counters and limits are kept per this id. */
  readonly id: string;
  /** client_id as the IdP issued it: what the API's identity claim carries. */
  readonly clientId: string;
  /** Key expiry counts from here (`Policy.keyExpiresInSeconds`). */
  readonly createdAtMs: number;
  /**
   * The catalogue entries the client was created for, as a key into
   * `PortalSnapshot.policiesByEntryKey` (see entryKeyOf in build-portal-snapshot.ts). Clients point
   * at their entries rather than at policies, so that a policy edit leaves client objects alone.
   */
  readonly entryKey: string;
}

/**
 * Everything the gateway needs to route and authorise requests, read from the portal database
 * at once and never mutated: a change produces a new snapshot. Reading it is the only thing a
 * request does with portal data (no database access per request).
 */
export interface PortalSnapshot {
  readonly apis: ApiTable;
  /** Clients by identity claim value (the first, when several share it). */
  readonly clientsByClientId: ReadonlyMap<string, PortalClient>;
  /**
   * Every client of a client_id several clients share, and only those: client_id is unique only
   * per IdP (`@@unique([registrationEndpoint, clientId])` in the schema), so two IdPs may issue the
   * same one. Nearly always empty.
   */
  readonly clientsSharingClientId: ReadonlyMap<string, readonly PortalClient[]>;
  /** Clients by portal id, to keep counters of existing clients only. */
  readonly clientsById: ReadonlyMap<string, PortalClient>;
  /**
   * Per set of catalogue entries (`PortalClient.entryKey`): the policy of those entries for each API
   * one of them grants. When two entries grant the same API, the older entry's policy wins.
   */
  readonly policiesByEntryKey: ReadonlyMap<string, ReadonlyMap<string, PolicyRule>>;
  /** The API's default policy (`Api.defaultPolicy`) by API id, when it has one. */
  readonly defaultPolicyByApiId: ReadonlyMap<string, PolicyRule>;
}

/**
 * Where the gateway gets its portal data. `current()` is called on every request, so it must be a
 * cheap, synchronous read of an in-memory snapshot: no I/O on the hot path.
 */
export interface PortalSource {
  current(): PortalSnapshot;
  /** For GET /healthz: where the snapshot comes from and whether it may be out of date. */
  health?(): PortalSourceHealth;
  /** For GET /readyz: whether portal data was ever read (a stale snapshot still serves); absent: always. */
  loaded?(): boolean;
}

export interface PortalSourceHealth {
  source: 'sqlite' | 'postgresql';
  /** true while the source cannot be read: the gateway serves the last good snapshot. */
  stale: boolean;
  /** ISO date of the first failed read of the current outage, while stale. */
  staleSince?: string;
}
