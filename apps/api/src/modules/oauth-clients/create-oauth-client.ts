import { deleteClient, registerClient, type IdpFailure, type IdpResult, type RegisteredClient } from '@gatehouse/dcr';
import type { Viewer } from '../../server/viewer.ts';
import type { CatalogueEntryView } from '../catalogue/catalogue.service.ts';
import { fromZodError, validationError, type ValidationErrorResult } from '../common/validation-error.ts';
import { missingRedirectProblem } from './client-fields.ts';
import { createOAuthClientInput, type CreateOAuthClientInput } from './create-oauth-client-input.ts';
import { failureMessage, idpFailureResult, type IdpRegistrationErrorResult } from './idp-failure-result.ts';
import { isUniqueViolation, type OAuthClientRecord } from './oauth-client.repo.ts';
import type { OAuthClientsDeps } from './oauth-clients-deps.ts';
import { registrationMetadata, resolveRegistrationTarget, type RegistrationTarget } from './registration-target.ts';

export type CreateOAuthClientResult =
  | { __typename: 'CreateOAuthClientSuccess'; client: OAuthClientRecord }
  | IdpRegistrationErrorResult
  | ValidationErrorResult;

/** A registration underway: what was asked, where, and its journal entry. */
interface Attempt {
  developer: Viewer;
  input: CreateOAuthClientInput;
  target: RegistrationTarget;
  /** The chosen APIs, as read when the target was resolved. */
  apis: CatalogueEntryView[];
  journalId: string;
}

/**
 * Registers a client at the IdP of the chosen APIs (RFC 7591 section 3.1) and stores what the
 * IdP returned, so that no client is left at the IdP without the portal knowing:
 *
 *   parse input -> replay a finished request -> resolve the APIs' IdP -> journal the attempt
 *   -> register and journal the IdP's answer (and discover the token endpoint)
 *   -> store and clear the journal -> or undo at the IdP
 *   -> whatever cannot be undone stays in the journal for admins.
 *
 * The journal entry is written before the IdP is called, and the IdP's answer goes into it
 * before anything else, so a crash at any point leaves what the restart needs to delete the
 * client at the IdP again (reconcile-interrupted-registrations.ts, ADR 009).
 */
export async function createOAuthClient(deps: OAuthClientsDeps, developer: Viewer, rawInput: unknown): Promise<CreateOAuthClientResult> {
  const parsed = createOAuthClientInput.safeParse(rawInput);
  if (!parsed.success) return fromZodError(parsed.error);
  const input = parsed.data;

  const replay = await deps.clients.findByIdempotencyKey(developer.id, input.idempotencyKey);
  if (replay) return { __typename: 'CreateOAuthClientSuccess', client: replay };

  const resolved = await resolveTarget(deps, input);
  if ('__typename' in resolved) return resolved;
  const { target, apis } = resolved;

  const journal = await deps.cleanups.begin({
    developerId: developer.id,
    provider: target.settings.provider,
    registrationEndpoint: target.settings.registrationEndpoint,
    clientName: input.clientName,
  });
  const attempt: Attempt = { developer, input, target, apis, journalId: journal.id };

  const [registration, tokenEndpoint] = await Promise.all([registerAndJournal(deps, attempt), discoverTokenEndpoint(deps, target)]);
  if (!registration.ok) return registrationFailed(deps, attempt, registration);
  return store(deps, attempt, registration.value, tokenEndpoint);
}

/** Step: the chosen APIs must be published and agree on one IdP and one set of DCR settings. */
async function resolveTarget(
  deps: OAuthClientsDeps,
  input: CreateOAuthClientInput,
): Promise<{ target: RegistrationTarget; apis: CatalogueEntryView[] } | ValidationErrorResult> {
  const entries = await deps.catalogue.findPublished(input.catalogueEntryIds);
  if (entries.length !== new Set(input.catalogueEntryIds).size) {
    return validationError([{ path: 'catalogueEntryIds', message: 'One of the selected APIs is no longer published.' }]);
  }
  const target = resolveRegistrationTarget(entries);
  if ('conflict' in target) return validationError([{ path: 'catalogueEntryIds', message: target.conflict }], target.conflict);
  const missing = missingRedirectProblem(target.settings.grantTypes, input.redirectUris);
  if (missing) return validationError([{ path: 'redirectUris', message: missing }]);
  return { target, apis: entries };
}

/** Step: RFC 7591 section 3.1 registration with the provider's authentication. */
function register(deps: OAuthClientsDeps, target: RegistrationTarget, input: CreateOAuthClientInput) {
  return registerClient(
    {
      provider: target.settings.provider,
      registrationEndpoint: target.settings.registrationEndpoint,
      initialAccessToken: deps.secrets.openOptional(target.settings.initialAccessTokenEnc),
      metadata: registrationMetadata(target, input),
    },
    { timeoutMs: deps.idpTimeoutMs },
  );
}

/**
 * Step: register, and put the IdP's answer (client_id, RFC 7592 section 3 means, the token
 * sealed) into the journal before anything else, without waiting for discovery: the window in
 * which a crash leaves a client the portal cannot name is this one write (ADR 009).
 */
async function registerAndJournal(deps: OAuthClientsDeps, attempt: Attempt): Promise<IdpResult<Journalled>> {
  const registration = await register(deps, attempt.target, attempt.input);
  if (!registration.ok) return registration;
  await deps.faults.reach('registration-answered');
  const registered = registration.value;
  const registrationAccessTokenEnc = deps.secrets.sealOptional(registered.registration_access_token);
  try {
    await deps.cleanups.noteRegistered(attempt.journalId, {
      clientId: registered.client_id,
      registrationClientUri: registered.registration_client_uri ?? null,
      registrationAccessTokenEnc,
    });
  } catch (error) {
    await undoRegistration(deps, attempt, registered);
    throw error;
  }
  await deps.faults.reach('registration-journalled');
  return { ok: true, value: { registered, registrationAccessTokenEnc } };
}

/** The IdP's answer, and its registration access token as sealed into the journal (stored as is). */
interface Journalled {
  registered: RegisteredClient;
  registrationAccessTokenEnc: string | null;
}

/** Step: the token endpoint the client's page shows, from the issuer's discovery document. */
async function discoverTokenEndpoint(deps: OAuthClientsDeps, target: RegistrationTarget): Promise<string | null> {
  if (!target.settings.idpHost) return null;
  const discovery = await deps.discoveries.discover(target.settings.idpHost, { timeoutMs: deps.idpTimeoutMs });
  return discovery.ok ? (discovery.value.token_endpoint ?? null) : null;
}

/**
 * Step: nothing to store. The journal entry goes, unless the IdP may have registered the
 * client after all (it timed out, or answered something unreadable): then admins are told.
 */
async function registrationFailed(deps: OAuthClientsDeps, attempt: Attempt, failure: IdpFailure): Promise<CreateOAuthClientResult> {
  if (failure.kind === 'unavailable' && failure.outcomeUnknown) {
    await deps.cleanups.markFor(attempt.journalId, 'OUTCOME_UNKNOWN', `${failure.message} The identity provider may have registered "${attempt.input.clientName}"; check it there.`);
  } else {
    await deps.cleanups.remove(attempt.journalId);
  }
  return idpFailureResult(failure) as IdpRegistrationErrorResult;
}

/** Step: store what the IdP returned and clear the journal; if that fails, undo at the IdP. */
async function store(deps: OAuthClientsDeps, attempt: Attempt, journalled: Journalled, tokenEndpoint: string | null): Promise<CreateOAuthClientResult> {
  const { registered, registrationAccessTokenEnc } = journalled;
  // The credentials are taken out: metadataJson holds no secret.
  const { client_secret, registration_access_token, ...metadata } = registered;
  const { secrets } = deps;
  const { developer, input, target, apis, journalId } = attempt;
  let row: OAuthClientRecord;
  try {
    row = await deps.clients.createResolvingCleanup(
      {
        developerId: developer.id,
        clientId: registered.client_id,
        registrationEndpoint: target.settings.registrationEndpoint,
        provider: target.settings.provider,
        clientName: input.clientName,
        clientSecretEnc: secrets.sealOptional(client_secret),
        clientSecretExpiresAt: typeof registered.client_secret_expires_at === 'number' ? registered.client_secret_expires_at : null,
        registrationAccessTokenEnc,
        registrationClientUri: registered.registration_client_uri ?? null,
        metadataJson: JSON.stringify(metadata),
        tokenEndpoint,
        idempotencyKey: input.idempotencyKey,
        catalogueEntryIds: input.catalogueEntryIds,
      },
      journalId,
      { developer: { id: developer.id, email: developer.email, name: developer.name, role: developer.role }, catalogueEntries: apis },
    );
  } catch (error) {
    await undoRegistration(deps, attempt, registered);
    if (isUniqueViolation(error)) {
      const replay = await deps.clients.findByIdempotencyKey(developer.id, input.idempotencyKey);
      if (replay) return { __typename: 'CreateOAuthClientSuccess', client: replay };
    }
    throw error;
  }
  await deps.audit.record({
    actorId: developer.id,
    action: 'oauth_client.created',
    targetType: 'OAuthClient',
    targetId: row.id,
    details: { clientId: row.clientId, clientName: row.clientName, registrationEndpoint: row.registrationEndpoint },
  });
  await deps.faults.reach('client-stored');
  return { __typename: 'CreateOAuthClientSuccess', client: row };
}

/**
 * Step: the portal could not store the client, so delete it at the IdP again (RFC 7592 section
 * 2.3, or the vendor's API). If that fails too, the journal entry says so for admins.
 */
async function undoRegistration(deps: OAuthClientsDeps, attempt: Attempt, registered: RegisteredClient): Promise<void> {
  const { target, journalId } = attempt;
  const undone = await deleteClient(
    {
      provider: target.settings.provider,
      client: {
        clientId: registered.client_id,
        registrationEndpoint: target.settings.registrationEndpoint,
        registrationClientUri: registered.registration_client_uri ?? null,
        registrationAccessToken: registered.registration_access_token ?? null,
        initialAccessToken: deps.secrets.openOptional(target.settings.initialAccessTokenEnc),
      },
    },
    { timeoutMs: deps.idpTimeoutMs },
  );
  try {
    if (undone.ok) {
      await deps.cleanups.remove(journalId);
      return;
    }
    deps.logger.error({ clientId: registered.client_id }, 'client registered at the IdP could not be stored nor deleted there');
    await deps.cleanups.markFor(
      journalId,
      'NOT_STORED',
      `The identity provider registered the client, but the portal could not store it, and deleting it there failed: ${failureMessage(undone)}`,
    );
  } catch (journalError) {
    // The database that failed the store may fail this too; the entry then stays REGISTERING.
    deps.logger.error({ err: journalError, clientId: registered.client_id }, 'could not update the IdP cleanup journal');
  }
}
