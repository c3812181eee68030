import { deleteClient, registerClient, type IdpFailure, type IdpResult, type RegisteredClient, type SalvagedClient } from '@gatehouse/dcr';
import type { Viewer } from '../common/viewer.ts';
import type { CatalogueEntryView } from '../catalogue/index.ts';
import { validationError, type ValidationErrorResult } from '../common/validation-error.ts';
import { missingRedirectProblem } from './client-fields.ts';
import { idpOriginOf } from './client-identity.ts';
import type { CreateOAuthClientInput } from './create-oauth-client-input.ts';
import { LeaseLostError } from './idp-cleanup.repo.ts';
import { DUPLICATE_CLIENT_ID, failureMessage, idpFailureResult, type IdpRegistrationErrorResult } from './idp-failure-result.ts';
import { isUniqueViolation } from '../common/is-unique-violation.ts';
import type { OAuthClientRecord } from './oauth-client.repo.ts';
import type { OAuthClientsDeps } from './oauth-clients.service.ts';
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
 *   replay a finished request -> resolve the APIs' IdP -> journal the attempt,
 *   claiming the idempotency key (or wait for the replica that holds it)
 *   -> register and journal the IdP's answer (and discover the token endpoint)
 *   -> store and clear the journal -> or undo at the IdP
 *   -> whatever cannot be undone stays in the journal for admins.
 *
 * The journal entry is written before the IdP is called, and the IdP's answer goes into it
 * before anything else, so a crash at any point leaves what the restart needs to delete the
 * client at the IdP again (reconcile-interrupted-registrations.ts, ADR 009).
 */
export async function createOAuthClient(deps: OAuthClientsDeps, developer: Viewer, input: CreateOAuthClientInput): Promise<CreateOAuthClientResult> {
  const replay = await deps.clients.findByIdempotencyKey(developer.id, input.idempotencyKey);
  if (replay) return { __typename: 'CreateOAuthClientSuccess', client: replay };

  const resolved = await resolveTarget(deps, input);
  if ('__typename' in resolved) return resolved;
  const { target, apis } = resolved;

  const journal = await journalAttempt(deps, developer, input, target);
  if ('__typename' in journal) return journal;
  const attempt: Attempt = { developer, input, target, apis, journalId: journal.id };

  return deps.leases.holding(journal.id, async () => {
    const [registration, tokenEndpoint] = await Promise.all([registerAndJournal(deps, attempt), discoverTokenEndpoint(deps, target)]);
    if (!registration.ok) return registrationFailed(deps, attempt, registration);
    return store(deps, attempt, registration.value, tokenEndpoint);
  });
}

/** How often a request polls for another replica's registration with the same idempotency key. */
const OTHER_REGISTRATION_POLL_MS = 100;

/**
 * Step: journal the attempt under this replica's lease. The entry also claims the idempotency
 * key (unique per developer while REGISTERING): when a retry of the same request reached another
 * API replica first, this one waits for that registration and answers with its client, so the
 * IdP registers the client once however the load balancer spreads the retries. When that
 * registration fails, this request registers itself, as the developer's next retry would.
 */
async function journalAttempt(deps: OAuthClientsDeps, developer: Viewer, input: CreateOAuthClientInput, target: RegistrationTarget) {
  // Long enough for the other registration's IdP calls (register and undo), or for its lease
  // to expire and another replica to reconcile it, should its replica have died.
  const deadline = Date.now() + 3 * deps.idpTimeoutMs + 2 * deps.leases.leaseMs;
  for (;;) {
    const journal = await begin(deps, developer, input, target);
    // Checked again once the key is claimed: the other registration may have stored its client
    // (and cleared its entry, in one transaction) between the first check and the claim.
    const replay = await deps.clients.findByIdempotencyKey(developer.id, input.idempotencyKey);
    if (replay) {
      if (journal) await deps.cleanups.remove(journal.id);
      return { __typename: 'CreateOAuthClientSuccess' as const, client: replay };
    }
    if (journal) return journal;
    while (await deps.cleanups.findRegistering(developer.id, input.idempotencyKey)) {
      if (Date.now() > deadline) {
        return validationError([{ path: 'idempotencyKey', message: 'A request with this idempotency key is still being registered at the identity provider; try again in a minute.' }]);
      }
      await new Promise((resolve) => setTimeout(resolve, OTHER_REGISTRATION_POLL_MS));
    }
  }
}

/** The journal entry, or null while another registration holds the idempotency key. */
async function begin(deps: OAuthClientsDeps, developer: Viewer, input: CreateOAuthClientInput, target: RegistrationTarget) {
  const { provider, registrationEndpoint } = target.settings;
  try {
    return await deps.cleanups.begin({ developerId: developer.id, provider, registrationEndpoint, clientName: input.clientName, idempotencyKey: input.idempotencyKey }, deps.leases.lease());
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
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
 * which a crash leaves a client the portal cannot name is this one write (ADR 009). This holds
 * for every answer shape: an answer the portal refuses still named a client_id, which is
 * journalled before the refusal is acted on.
 */
async function registerAndJournal(deps: OAuthClientsDeps, attempt: Attempt): Promise<IdpResult<Journalled>> {
  const registration = await register(deps, attempt.target, attempt.input);
  const named = registration.ok ? meansOf(registration.value) : registration.salvaged;
  if (!named?.clientId) return registration.ok ? { ok: false, kind: 'unavailable', message: 'The identity provider answered without a client_id.' } : registration;
  const means = { ...named, clientId: named.clientId };
  if (deps.faults) await deps.faults.reach('registration-answered');
  const registrationAccessTokenEnc = deps.secrets.sealOptional(means.registrationAccessToken);
  try {
    const noted = await deps.cleanups.noteRegistered(attempt.journalId, deps.leases.owner, {
      clientId: means.clientId,
      registrationClientUri: means.registrationClientUri,
      registrationAccessTokenEnc,
    });
    if (!noted) throw new LeaseLostError(attempt.journalId);
  } catch (error) {
    await undoRegistration(deps, attempt, means, undefined, error);
    throw error;
  }
  if (deps.faults) await deps.faults.reach('registration-journalled');
  if (!registration.ok) return registration;
  return { ok: true, value: { registered: registration.value, registrationAccessTokenEnc } };
}

/** The RFC 7592 section 3 means of a registration the portal accepted. */
function meansOf(registered: RegisteredClient): SalvagedClient & { clientId: string } {
  return {
    clientId: registered.client_id,
    registrationAccessToken: registered.registration_access_token ?? null,
    registrationClientUri: registered.registration_client_uri ?? null,
  };
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
 * Step: nothing to store. A client the answer named (journalled already) is deleted at the IdP
 * again, or left in the journal for admins; otherwise the journal entry goes, unless the IdP
 * may have registered the client after all (it timed out, or answered something unreadable):
 * then admins are told.
 */
async function registrationFailed(deps: OAuthClientsDeps, attempt: Attempt, failure: IdpFailure): Promise<CreateOAuthClientResult> {
  const named = failure.salvaged;
  if (named?.clientId) {
    if (await storedElsewhere(deps, attempt, named.clientId)) return duplicateClientId(deps, attempt, named.clientId);
    await undoRegistration(deps, attempt, { ...named, clientId: named.clientId }, `the portal refused its answer (${failureMessage(failure)})`);
  } else if (failure.kind === 'unavailable' && failure.outcomeUnknown) {
    await deps.cleanups.markFor(attempt.journalId, 'OUTCOME_UNKNOWN', `${failure.message} The identity provider may have registered "${attempt.input.clientName}"; check it there.`);
  } else {
    await deps.cleanups.remove(attempt.journalId);
  }
  return idpFailureResult(failure) as IdpRegistrationErrorResult;
}

/** Whether another portal client already has this client_id at the IdP (the identity rule). */
async function storedElsewhere(deps: OAuthClientsDeps, attempt: Attempt, clientId: string): Promise<boolean> {
  return (await deps.clients.findByIdentity(idpOriginOf(attempt.target.settings.registrationEndpoint), clientId)) !== null;
}

/**
 * Step: the IdP answered with a client_id another portal client already has there (it handed
 * out an id twice, or one IdP was configured under two endpoint spellings). Nothing is stored and
 * nothing is sent to the IdP: a DELETE would hit the existing client. The journal entry goes,
 * since the client_id is held by the portal.
 */
async function duplicateClientId(deps: OAuthClientsDeps, attempt: Attempt, clientId: string): Promise<CreateOAuthClientResult> {
  await deps.cleanups.remove(attempt.journalId);
  deps.logger.warn({ clientId, registrationEndpoint: attempt.target.settings.registrationEndpoint }, 'the IdP answered with a client_id another client has');
  return {
    __typename: 'IdpRegistrationError',
    error: DUPLICATE_CLIENT_ID,
    message: `The identity provider at ${new URL(attempt.target.settings.registrationEndpoint).host} answered with client_id ${clientId}, which another client in the portal already has there. The portal stored nothing and left that client as it is; ask an admin to check the identity provider.`,
    path: null,
  };
}

/** Step: store what the IdP returned and clear the journal; if that fails, undo at the IdP. */
async function store(deps: OAuthClientsDeps, attempt: Attempt, journalled: Journalled, tokenEndpoint: string | null): Promise<CreateOAuthClientResult> {
  const { registered, registrationAccessTokenEnc } = journalled;
  if (await storedElsewhere(deps, attempt, registered.client_id)) return duplicateClientId(deps, attempt, registered.client_id);
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
        idpOrigin: idpOriginOf(target.settings.registrationEndpoint),
        provider: target.settings.provider,
        clientName: input.clientName,
        clientSecretEnc: secrets.sealOptional(client_secret),
        clientSecretExpiresAt: typeof registered.client_secret_expires_at === 'number' ? registered.client_secret_expires_at : null,
        registrationAccessTokenEnc,
        registrationClientUri: registered.registration_client_uri ?? null,
        metadataJson: JSON.stringify(metadata),
        requestedMetadataJson: JSON.stringify(registrationMetadata(target, input)),
        tokenEndpoint,
        idempotencyKey: input.idempotencyKey,
        catalogueEntryIds: input.catalogueEntryIds,
      },
      { id: journalId, leaseOwner: deps.leases.owner },
      { developer: { id: developer.id, email: developer.email, name: developer.name, role: developer.role }, catalogueEntries: apis },
    );
  } catch (error) {
    // Stored by another request meanwhile: the IdP's client is that one, not to be deleted.
    if (isUniqueViolation(error) && (await storedElsewhere(deps, attempt, registered.client_id))) return duplicateClientId(deps, attempt, registered.client_id);
    await undoRegistration(deps, attempt, meansOf(registered), undefined, error);
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
  if (deps.faults) await deps.faults.reach('client-stored');
  return { __typename: 'CreateOAuthClientSuccess', client: row };
}

/**
 * Step: the portal could not store the client, so delete it at the IdP again (RFC 7592 section
 * 2.3, or the vendor's API). If that fails too, the journal entry says so for admins; unless
 * the entry is another replica's by now (`cause`), which then deletes the client itself.
 */
async function undoRegistration(
  deps: OAuthClientsDeps,
  attempt: Attempt,
  means: SalvagedClient & { clientId: string },
  why = 'the portal could not store it',
  cause?: unknown,
): Promise<void> {
  const { target, journalId } = attempt;
  const undone = await deleteClient(
    {
      provider: target.settings.provider,
      client: {
        clientId: means.clientId,
        registrationEndpoint: target.settings.registrationEndpoint,
        registrationClientUri: means.registrationClientUri,
        registrationAccessToken: means.registrationAccessToken,
        initialAccessToken: deps.secrets.openOptional(target.settings.initialAccessTokenEnc),
      },
    },
    { timeoutMs: deps.idpTimeoutMs },
  );
  if (cause instanceof LeaseLostError) return;
  try {
    if (undone.ok) {
      await deps.cleanups.remove(journalId);
      return;
    }
    deps.logger.error({ clientId: means.clientId }, 'client registered at the IdP could not be stored nor deleted there');
    await deps.cleanups.markFor(
      journalId,
      'NOT_STORED',
      `The identity provider registered client ${means.clientId}, but ${why}, and deleting it there failed: ${failureMessage(undone)}`,
    );
  } catch (journalError) {
    // The database that failed the store may fail this too; the entry then stays REGISTERING.
    deps.logger.error({ err: journalError, clientId: means.clientId }, 'could not update the IdP cleanup journal');
  }
}
