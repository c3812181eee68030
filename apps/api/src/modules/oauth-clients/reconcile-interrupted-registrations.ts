import type { IdpCleanup } from '@gatehouse/db';
import { failureMessage } from './idp-failure-result.ts';
import { canDeleteAtIdp, deleteJournalledClient, heldByPortal } from './idp-cleanups.ts';
import type { OAuthClientsDeps } from './oauth-clients.service.ts';

/** What became of one interrupted registration; also the `outcome` of its audit event. */
export type ReconcileOutcome = 'deleted_at_idp' | 'left_for_admin' | 'held_by_portal';

export interface ReconcileSummary {
  deletedAtIdp: number;
  leftForAdmins: number;
}

/**
 * Registrations an API replica began and never finished (it died between journalling the
 * attempt and storing the client, ADR 009). The portal never told the developer about such a
 * client, so none of them is stored now; each one the IdP registered is deleted there again with
 * the RFC 7592 section 2.3 means the journal kept. What cannot be deleted that way stays in the
 * journal for admins, saying why. Every entry gets an audit event `idp_cleanup.reconciled`, so
 * admins can see what the portal did.
 *
 * An entry counts as interrupted once its lease has expired at `now`: its replica renews the
 * lease while the registration runs (registration-leases.ts), so a registration another live
 * replica is making is never touched. Each entry is claimed with a conditional update before
 * anything is done to it, so of several replicas reconciling at once exactly one handles it.
 */
export async function reconcileInterruptedRegistrations(deps: OAuthClientsDeps, now = new Date()): Promise<ReconcileSummary> {
  const summary: ReconcileSummary = { deletedAtIdp: 0, leftForAdmins: 0 };
  for (const entry of await deps.cleanups.listInterrupted(now)) {
    if (!(await deps.cleanups.claimInterrupted(entry.id, now, deps.leases.lease()))) continue;
    const outcome = await deps.leases.holding(entry.id, () => reconcile(deps, entry));
    if (outcome !== 'held_by_portal') summary[outcome === 'deleted_at_idp' ? 'deletedAtIdp' : 'leftForAdmins'] += 1;
  }
  if (summary.deletedAtIdp + summary.leftForAdmins > 0) deps.logger.warn(summary, 'reconciled registrations interrupted by a stop of an API replica');
  return summary;
}

/**
 * At start and then once per lease length, in the background: a replica killed mid-registration
 * is reconciled by a survivor within about two lease lengths, without waiting for a restart.
 */
export function reconcileContinually(deps: OAuthClientsDeps): { stop(): void } {
  let running: Promise<unknown> | undefined;
  const run = () => {
    running ??= reconcileInterruptedRegistrations(deps)
      .catch((err: unknown) => deps.logger.error({ err }, 'could not reconcile interrupted registrations'))
      .finally(() => (running = undefined));
  };
  run();
  const timer = setInterval(run, deps.leases.leaseMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

async function reconcile(deps: OAuthClientsDeps, entry: IdpCleanup): Promise<ReconcileOutcome> {
  const { clientId } = entry;
  let problem: string;
  let state: 'NOT_STORED' | 'OUTCOME_UNKNOWN' = 'NOT_STORED';
  if (!clientId) {
    state = 'OUTCOME_UNKNOWN';
    problem = `The portal stopped while the identity provider was registering "${entry.clientName}" (or just as it answered), so it does not know whether the client exists there. Check the identity provider and delete the client there if it does.`;
  } else if (await heldByPortal(deps, entry, clientId)) {
    // The IdP answered with a client_id a stored client has: deleting it would delete that one.
    await deps.cleanups.remove(entry.id);
    await audit(deps, entry, 'held_by_portal', {});
    return 'held_by_portal';
  } else if (!canDeleteAtIdp(entry)) {
    problem = `The portal stopped after the identity provider registered client ${clientId} and before storing it, and the identity provider gave no means to delete it (RFC 7592). Delete it at the identity provider by hand, then dismiss this entry.`;
  } else {
    const deleted = await deleteJournalledClient(deps, entry, clientId);
    if (deleted.ok) {
      await deps.cleanups.remove(entry.id);
      await audit(deps, entry, 'deleted_at_idp', { idpAnswer: deleted.value });
      return 'deleted_at_idp';
    }
    problem = `The portal stopped after the identity provider registered client ${clientId} and before storing it; deleting it there on restart failed: ${failureMessage(deleted)}`;
  }
  await deps.cleanups.markFor(entry.id, state, problem);
  await audit(deps, entry, 'left_for_admin', { state });
  return 'left_for_admin';
}

function audit(deps: OAuthClientsDeps, entry: IdpCleanup, outcome: ReconcileOutcome, details: Record<string, unknown>) {
  return deps.audit.record({
    // Done by the portal itself, not by a person.
    actorId: null,
    action: 'idp_cleanup.reconciled',
    targetType: 'IdpCleanup',
    targetId: entry.id,
    details: { outcome, clientId: entry.clientId, clientName: entry.clientName, registrationEndpoint: entry.registrationEndpoint, developerId: entry.developerId, ...details },
  });
}
