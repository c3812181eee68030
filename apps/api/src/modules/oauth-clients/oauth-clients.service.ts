import { requireAdmin, requireDeveloper, requireViewer, type Viewer } from '../../server/viewer.ts';
import { toConnection, toPage, type PageArgs } from '../common/connection.ts';
import { ClientLocks } from './client-locks.ts';
import { createOAuthClient, type CreateOAuthClientResult } from './create-oauth-client.ts';
import { deleteOAuthClient, type DeleteOAuthClientInput } from './delete-oauth-client.ts';
import { findVisibleClient } from './find-client.ts';
import { listIdpCleanups, resolveIdpCleanup } from './idp-cleanups.ts';
import type { OAuthClientRecord } from './oauth-client.repo.ts';
import { toOAuthClientView, type OAuthClientView } from './oauth-client-view.ts';
import type { OAuthClientsDeps } from './oauth-clients-deps.ts';
import { reconcileInterruptedRegistrations } from './reconcile-interrupted-registrations.ts';
import { rotateOAuthClientSecret } from './rotate-client-secret.ts';
import { updateOAuthClient } from './update-oauth-client.ts';

/** A payload whose `client`, if any, is a stored record: the shape resolvers get it in is the view. */
type WithView<T> = T extends { client: OAuthClientRecord } ? Omit<T, 'client'> & { client: OAuthClientView } : T;

/**
 * OAuth clients for the resolvers: who may do what (roles here, ownership in find-client.ts),
 * each operation in its own file, and stored records turned into what the schema shows.
 */
export class OAuthClientsService {
  /** Create requests in progress, by developer and idempotency key: a double-click waits for the first. */
  readonly #inFlight = new Map<string, Promise<CreateOAuthClientResult>>();
  readonly #locks = new ClientLocks();

  constructor(private readonly deps: OAuthClientsDeps) {}

  async listMine(viewer: Viewer | null, args: PageArgs) {
    const developer = requireViewer(viewer);
    const page = toPage(args);
    return toConnection(await this.views(await this.deps.clients.listByDeveloper(developer.id, page), developer), page);
  }

  /** Every developer's clients, for admins. */
  async listAll(viewer: Viewer | null, args: PageArgs) {
    const admin = requireAdmin(viewer);
    const page = toPage(args);
    return toConnection(await this.views(await this.deps.clients.listAll(page), admin), page);
  }

  /** The owner and admins may read a client; anyone else gets NOT_FOUND, so ids cannot be probed. */
  async get(viewer: Viewer | null, id: string): Promise<OAuthClientView> {
    const v = requireViewer(viewer);
    return (await this.views([await findVisibleClient(this.deps, v, id)], v))[0]!;
  }

  async create(viewer: Viewer | null, input: unknown) {
    const developer = requireDeveloper(viewer);
    const key = `${developer.id}:${(input as { idempotencyKey?: unknown })?.idempotencyKey}`;
    let attempt = this.#inFlight.get(key);
    if (!attempt) {
      attempt = createOAuthClient(this.deps, developer, input).finally(() => this.#inFlight.delete(key));
      this.#inFlight.set(key, attempt);
    }
    return this.withView(await attempt, developer);
  }

  async update(viewer: Viewer | null, input: { id: string }) {
    const v = requireViewer(viewer);
    return this.withView(await this.#locks.run(input.id, () => updateOAuthClient(this.deps, v, input)), v);
  }

  async rotateSecret(viewer: Viewer | null, input: { id: string }) {
    const v = requireViewer(viewer);
    return this.withView(await this.#locks.run(input.id, () => rotateOAuthClientSecret(this.deps, v, input.id)), v);
  }

  /** Its owner or an admin; deleting goes to the IdP first (RFC 7592 section 2.3). */
  async delete(viewer: Viewer | null, input: DeleteOAuthClientInput) {
    const v = requireViewer(viewer);
    return this.#locks.run(input.id, () => deleteOAuthClient(this.deps, v, input));
  }

  async listIdpCleanups(viewer: Viewer | null, args: PageArgs) {
    requireAdmin(viewer);
    return listIdpCleanups(this.deps, args);
  }

  async resolveIdpCleanup(viewer: Viewer | null, input: { id: string; action: 'DELETE_AT_IDP' | 'DISMISS' }) {
    return resolveIdpCleanup(this.deps, requireAdmin(viewer), input);
  }

  /** At start, no viewer: finish what a previous run of the API left half-done (ADR 009). */
  reconcileInterruptedRegistrations(startedAt: Date) {
    return reconcileInterruptedRegistrations(this.deps, startedAt);
  }

  private async withView<T extends { __typename: string }>(result: T, viewer: Viewer): Promise<WithView<T>> {
    if (!('client' in result)) return result as WithView<T>;
    const [client] = await this.views([result.client as OAuthClientRecord], viewer);
    return { ...result, client } as WithView<T>;
  }

  /** Views of several clients with one settings read for all their APIs. */
  private async views(rows: OAuthClientRecord[], viewer: Viewer): Promise<OAuthClientView[]> {
    const apis = await this.deps.catalogue.toViews(rows.flatMap((row) => row.catalogueEntries));
    const byId = new Map(apis.map((api) => [api.id, api]));
    return rows.map((row) => toOAuthClientView(row, row.catalogueEntries.map((entry) => byId.get(entry.id)!), viewer, this.deps.secrets));
  }
}
