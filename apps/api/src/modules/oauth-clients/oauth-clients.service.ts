import type { DiscoveryCache } from '@gatehouse/dcr';
import type { Logger } from 'pino';
import type { Faults } from '../../faults/fault-points.ts';
import type {
  CreateOAuthClientInput,
  DeleteOAuthClientInput,
  ResolveIdpCleanupInput,
  RotateOAuthClientSecretInput,
  UpdateOAuthClientInput,
} from '../../generated/graphql.ts';
import type { SecretBox } from '@gatehouse/config';
import type { AuditRepo } from '../audit/index.ts';
import type { CatalogueService } from '../catalogue/index.ts';
import { forbidden } from '../common/errors.ts';
import { requireAdmin, requireDeveloper, requireViewer, type Viewer } from '../common/viewer.ts';
import { fromZodError, validationError, type ValidationErrorResult } from '../common/validation-error.ts';
import { toConnection, toPage, type PageArgs } from '../common/connection.ts';
import type { ClientLocks } from './client-locks.ts';
import { createOAuthClient, type CreateOAuthClientResult } from './create-oauth-client.ts';
import { createOAuthClientInput } from './create-oauth-client-input.ts';
import { deleteOAuthClient } from './delete-oauth-client.ts';
import { findVisibleClient } from './find-client.ts';
import type { IdpCleanupRepo } from './idp-cleanup.repo.ts';
import { listIdpCleanups, resolveIdpCleanup } from './idp-cleanups.ts';
import type { OAuthClientRecord, OAuthClientRepo } from './oauth-client.repo.ts';
import { toOAuthClientView, type OAuthClientView } from './oauth-client-view.ts';
import { reconcileContinually, reconcileInterruptedRegistrations } from './reconcile-interrupted-registrations.ts';
import type { RegistrationLeases } from './registration-leases.ts';
import { rotateOAuthClientSecret } from './rotate-client-secret.ts';
import { updateOAuthClient } from './update-oauth-client.ts';
import { updateOAuthClientInput } from './update-oauth-client-input.ts';

/** A payload whose `client`, if any, is a stored record: the shape resolvers get it in is the view. */
type WithView<T> = T extends { client: OAuthClientRecord } ? Omit<T, 'client'> & { client: OAuthClientView } : T;

/** What OAuthClientsService and its operation files work with; server/create-services.ts builds it. */
export interface OAuthClientsDeps {
  clients: OAuthClientRepo;
  cleanups: IdpCleanupRepo;
  /** This replica's leases on the journal entries of its registrations underway (ADR 009). */
  leases: RegistrationLeases;
  catalogue: CatalogueService;
  audit: AuditRepo;
  secrets: SecretBox;
  logger: Logger;
  /** Issuers' configurations (token endpoint), shared by the registrations of a few minutes. */
  discoveries: DiscoveryCache;
  /** One management operation per client at a time: in this process, or across replicas through Redis. */
  locks: ClientLocks;
  /** Time allowed for each call to an identity provider. */
  idpTimeoutMs: number;
  /** Where tests make the process stop (GATEHOUSE_FAULT); absent otherwise, and then skipped without a call. */
  faults?: Faults;
}

/**
 * OAuth clients for the resolvers: who may do what (roles here, ownership in find-client.ts),
 * each operation in its own file, and stored records turned into what the schema shows.
 */
export class OAuthClientsService {
  /** Create requests in progress, by developer and idempotency key: a double-click waits for the first. */
  readonly #inFlight = new Map<string, Promise<CreateOAuthClientResult>>();
  #reconciling: { stop(): void } | undefined;

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

  async create(viewer: Viewer | null, input: CreateOAuthClientInput) {
    const { developerId, ...clientInput } = input;
    const owner = developerId == null ? requireDeveloper(viewer) : await this.ownerForIntegrator(viewer, developerId);
    if ('__typename' in owner) return owner;
    const parsed = createOAuthClientInput.safeParse(clientInput);
    if (!parsed.success) return fromZodError(parsed.error);
    const key = `${owner.id}:${parsed.data.idempotencyKey}`;
    let attempt = this.#inFlight.get(key);
    if (!attempt) {
      attempt = createOAuthClient(this.deps, owner, parsed.data).finally(() => this.#inFlight.delete(key));
      this.#inFlight.set(key, attempt);
    }
    const result = await attempt;
    if (owner.id !== viewer!.id && result.__typename === 'CreateOAuthClientSuccess') {
      await this.deps.audit.record({
        actorId: viewer!.id,
        action: 'oauth_client.provisioned',
        targetType: 'OAuthClient',
        targetId: result.client.id,
        details: { developerId: owner.id, clientId: result.client.clientId, apiTokenId: viewer!.tokenId },
      });
    }
    // The view is the caller's: an integrator creating for a developer does not see the secret.
    return this.withView(result, viewer!);
  }

  /** Issue 6: an ADMIN API token provisions a client for a developer, who then owns it. */
  private async ownerForIntegrator(viewer: Viewer | null, developerId: string): Promise<Viewer | ValidationErrorResult> {
    const caller = requireViewer(viewer);
    if (caller.role !== 'ADMIN' || caller.via !== 'token') {
      throw forbidden('create a client for another developer; only ADMIN API tokens may set developerId');
    }
    const developer = await this.deps.clients.findActiveDeveloper(developerId);
    if (!developer) return validationError([{ path: 'developerId', message: 'No active developer has this ID; look it up with the developers query.' }]);
    return { id: developer.id, role: 'DEVELOPER', email: developer.email, name: developer.name };
  }

  async update(viewer: Viewer | null, input: UpdateOAuthClientInput) {
    const v = requireViewer(viewer);
    const parsed = updateOAuthClientInput.safeParse(input);
    if (!parsed.success) return fromZodError(parsed.error);
    return this.withView(await this.deps.locks.run(parsed.data.id, () => updateOAuthClient(this.deps, v, parsed.data)), v);
  }

  async rotateSecret(viewer: Viewer | null, input: RotateOAuthClientSecretInput) {
    const v = requireViewer(viewer);
    return this.withView(await this.deps.locks.run(input.id, () => rotateOAuthClientSecret(this.deps, v, input.id)), v);
  }

  /** Its owner or an admin; deleting goes to the IdP first (RFC 7592 section 2.3). */
  async delete(viewer: Viewer | null, input: DeleteOAuthClientInput) {
    const v = requireViewer(viewer);
    return this.deps.locks.run(input.id, () => deleteOAuthClient(this.deps, v, input));
  }

  async listIdpCleanups(viewer: Viewer | null, args: PageArgs) {
    requireAdmin(viewer);
    return listIdpCleanups(this.deps, args);
  }

  async resolveIdpCleanup(viewer: Viewer | null, input: ResolveIdpCleanupInput) {
    return resolveIdpCleanup(this.deps, requireAdmin(viewer), input);
  }

  /** No viewer: finish what a stopped API replica left half-done, as of `now` (ADR 009). */
  reconcileInterruptedRegistrations(now?: Date) {
    return reconcileInterruptedRegistrations(this.deps, now);
  }

  /** From now until close(): reconcile at once, then once per lease length (main.ts). */
  startReconciling(): void {
    this.#reconciling ??= reconcileContinually(this.deps);
  }

  close(): void {
    this.#reconciling?.stop();
    this.deps.leases.stop();
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
