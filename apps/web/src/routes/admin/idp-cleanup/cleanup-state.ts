import type { IdpCleanupState } from '../../../graphql/generated/graphql.ts';

const STATES: Record<IdpCleanupState, { label: string; fallback: string }> = {
  REGISTERING: {
    label: 'Registration interrupted',
    fallback: 'Gatehouse stopped while the identity provider was being called; it may have registered the client.',
  },
  NOT_STORED: {
    label: 'Registered, not stored',
    fallback: 'The identity provider registered the client, but Gatehouse could neither store it nor delete it there again.',
  },
  OUTCOME_UNKNOWN: {
    label: 'Outcome unknown',
    fallback: 'The identity provider did not answer usably; it may have registered the client.',
  },
  LEFT_AT_IDP: {
    label: 'Deleted in Gatehouse only',
    fallback:
      "The client was deleted in Gatehouse only. It is still registered at the identity provider, which may go on issuing tokens for it, but Gatehouse's gateway refuses them: delete it at the identity provider to finish.",
  },
};

/** What happened to a journal entry's client: a short label, and the API's words (or ours) for it. */
export function describeCleanup(state: IdpCleanupState, problem: string | null): { label: string; text: string } {
  const known = STATES[state] as (typeof STATES)[IdpCleanupState] | undefined;
  return { label: known?.label ?? state, text: problem ?? known?.fallback ?? '' };
}
