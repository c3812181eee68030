import { deleteClient, discover, ERROR_FIELD, isRegistrationErrorCode, registerClient, type RegisteredClient } from '@gatehouse/dcr';
import type { Logger } from 'pino';
import type { SecretBox } from '../../lib/secret-box.ts';
import { notFound } from '../../server/errors.ts';
import { requireDeveloper, requireViewer, type Viewer } from '../../server/viewer.ts';
import type { AuditRepo } from '../audit/audit.repo.ts';
import type { CatalogueService } from '../catalogue/catalogue.service.ts';
import { toConnection, toPage, type PageArgs } from '../common/connection.ts';
import { fromZodError, validationError, type ValidationErrorResult } from '../common/validation-error.ts';
import type { PortalSettingsRepo } from '../dcr-settings/portal-settings.repo.ts';
import { createOAuthClientInput, type CreateOAuthClientInput } from './create-oauth-client-input.ts';
import { isUniqueViolation, type OAuthClientRecord, type OAuthClientRepo } from './oauth-client.repo.ts';
import { toOAuthClientView, type OAuthClientView } from './oauth-client-view.ts';
import { registrationMetadata, resolveRegistrationTarget, type RegistrationTarget } from './registration-target.ts';

export type CreateOAuthClientResult =
  | { __typename: 'CreateOAuthClientSuccess'; client: OAuthClientView }
  | { __typename: 'IdpRegistrationError'; error: string; message: string; path: string | null }
  | ValidationErrorResult;

export interface OAuthClientsDeps {
  clients: OAuthClientRepo;
  catalogue: CatalogueService;
  settings: PortalSettingsRepo;
  audit: AuditRepo;
  secrets: SecretBox;
  logger: Logger;
  idpTimeoutMs: number;
}

export class OAuthClientsService {
  /** Create requests in progress, by developer and idempotency key: a double-click waits for the first. */
  readonly #inFlight = new Map<string, Promise<CreateOAuthClientResult>>();

  constructor(private readonly deps: OAuthClientsDeps) {}

  async listMine(viewer: Viewer | null, args: PageArgs) {
    const developer = requireViewer(viewer);
    const page = toPage(args);
    const rows = await this.deps.clients.listByDeveloper(developer.id, page);
    // One settings read for the page, not one per client.
    const apis = await this.deps.catalogue.toViews(rows.flatMap((row) => row.catalogueEntries));
    const byId = new Map(apis.map((api) => [api.id, api]));
    const views = rows.map((row) =>
      toOAuthClientView(row, row.catalogueEntries.map((entry) => byId.get(entry.id)!), developer, this.deps.secrets),
    );
    return toConnection(views, page);
  }

  /** The owner and admins may read a client; anyone else gets NOT_FOUND, so ids cannot be probed. */
  async get(viewer: Viewer | null, id: string): Promise<OAuthClientView> {
    const v = requireViewer(viewer);
    const row = await this.deps.clients.findById(id);
    if (!row || (row.developerId !== v.id && v.role !== 'ADMIN')) throw notFound('OAuth client');
    return this.view(row, v);
  }

  async create(viewer: Viewer | null, input: unknown): Promise<CreateOAuthClientResult> {
    const developer = requireDeveloper(viewer);
    const key = `${developer.id}:${(input as { idempotencyKey?: unknown })?.idempotencyKey}`;
    const running = this.#inFlight.get(key);
    if (running) return running;
    const attempt = this.createOnce(developer, input).finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, attempt);
    return attempt;
  }

  /**
   * Registers at the IdP (RFC 7591 section 3.1) and stores the result. Steps: parse input ->
   * replay a finished request -> resolve the APIs' IdP -> register -> store, or undo at the IdP.
   */
  private async createOnce(developer: Viewer, rawInput: unknown): Promise<CreateOAuthClientResult> {
    const portal = await this.deps.settings.get();
    const parsed = createOAuthClientInput(portal.redirectUriSeparator).safeParse(rawInput);
    if (!parsed.success) return fromZodError(parsed.error);
    const input = parsed.data;

    const replay = await this.deps.clients.findByIdempotencyKey(developer.id, input.idempotencyKey);
    if (replay) return this.success(replay, developer);

    const entries = await this.deps.catalogue.findPublished(input.catalogueEntryIds);
    if (entries.length !== new Set(input.catalogueEntryIds).size) {
      return validationError([{ path: 'catalogueEntryIds', message: 'One of the selected APIs is no longer published.' }]);
    }
    const target = resolveRegistrationTarget(entries);
    if ('conflict' in target) return validationError([{ path: 'catalogueEntryIds', message: target.conflict }], target.conflict);
    const needsRedirect = target.settings.grantTypes.some((g) => g === 'authorization_code' || g === 'implicit');
    if (needsRedirect && input.redirectUris.length === 0) {
      return validationError([{ path: 'redirectUris', message: 'Add at least one redirect URL; the authorization code flow needs one.' }]);
    }

    const [registration, discovery] = await Promise.all([
      registerClient(
        {
          provider: target.settings.provider,
          registrationEndpoint: target.settings.registrationEndpoint,
          initialAccessToken: this.deps.secrets.openOptional(target.settings.initialAccessTokenEnc),
          metadata: registrationMetadata(target, input),
        },
        { timeoutMs: this.deps.idpTimeoutMs },
      ),
      target.settings.idpHost ? discover(target.settings.idpHost, { timeoutMs: this.deps.idpTimeoutMs }) : null,
    ]);
    if (!registration.ok) {
      if (registration.kind === 'unavailable') {
        return { __typename: 'IdpRegistrationError', error: 'idp_unavailable', message: registration.message, path: null };
      }
      return {
        __typename: 'IdpRegistrationError',
        error: registration.error,
        message: registration.description,
        path: isRegistrationErrorCode(registration.error) ? ERROR_FIELD[registration.error] : null,
      };
    }
    const tokenEndpoint = discovery?.ok ? (discovery.value.token_endpoint ?? null) : null;
    return this.store(developer, input, target, registration.value, tokenEndpoint);
  }

  /** Stores what the IdP returned; if that fails, deletes the client at the IdP so nothing is orphaned. */
  private async store(
    developer: Viewer,
    input: CreateOAuthClientInput,
    target: RegistrationTarget,
    registered: RegisteredClient,
    tokenEndpoint: string | null,
  ): Promise<CreateOAuthClientResult> {
    const { client_secret, registration_access_token, ...metadata } = registered;
    const { secrets } = this.deps;
    try {
      const row = await this.deps.clients.create({
        developerId: developer.id,
        clientId: registered.client_id,
        registrationEndpoint: target.settings.registrationEndpoint,
        provider: target.settings.provider,
        clientName: input.clientName,
        clientSecretEnc: secrets.sealOptional(client_secret),
        clientSecretExpiresAt: typeof registered.client_secret_expires_at === 'number' ? registered.client_secret_expires_at : null,
        registrationAccessTokenEnc: secrets.sealOptional(registration_access_token),
        registrationClientUri: registered.registration_client_uri ?? null,
        metadataJson: JSON.stringify(metadata),
        tokenEndpoint,
        idempotencyKey: input.idempotencyKey,
        catalogueEntryIds: input.catalogueEntryIds,
      });
      await this.deps.audit.record({
        actorId: developer.id,
        action: 'oauth_client.created',
        targetType: 'OAuthClient',
        targetId: row.id,
        details: { clientId: row.clientId, clientName: row.clientName, registrationEndpoint: row.registrationEndpoint },
      });
      return this.success(row, developer);
    } catch (error) {
      await this.undoRegistration(registered);
      if (isUniqueViolation(error)) {
        const replay = await this.deps.clients.findByIdempotencyKey(developer.id, input.idempotencyKey);
        if (replay) return this.success(replay, developer);
      }
      throw error;
    }
  }

  private async undoRegistration(registered: RegisteredClient): Promise<void> {
    const { registration_client_uri, registration_access_token, client_id } = registered;
    if (!registration_client_uri || !registration_access_token) {
      this.deps.logger.error({ clientId: client_id }, 'client registered at the IdP could not be stored and the IdP offers no RFC 7592 delete');
      return;
    }
    const result = await deleteClient({ registrationClientUri: registration_client_uri, registrationAccessToken: registration_access_token });
    if (!result.ok) this.deps.logger.error({ clientId: client_id }, 'client registered at the IdP could not be stored nor deleted there');
  }

  private async success(row: OAuthClientRecord, viewer: Viewer): Promise<CreateOAuthClientResult> {
    return { __typename: 'CreateOAuthClientSuccess', client: await this.view(row, viewer) };
  }

  private async view(row: OAuthClientRecord, viewer: Viewer): Promise<OAuthClientView> {
    const apis = await this.deps.catalogue.toViews(row.catalogueEntries);
    return toOAuthClientView(row, apis, viewer, this.deps.secrets);
  }
}
