import type { LimitsWhenRedisDown, UpdatePolicyInput } from '../../../graphql/generated/graphql.ts';

/** System Management -> Policies as the form holds it; counts as typed, periods as seconds ('' = none). */
export interface PolicyDraft {
  name: string;
  apiIds: string[];
  rateLimitRequests: string;
  rateLimitPeriodSeconds: string;
  quotaMax: string;
  quotaRenewalSeconds: string;
  keyExpiresInSeconds: string;
  /** '' = the gateway's own setting. */
  limitsWhenRedisDown: '' | LimitsWhenRedisDown;
  active: boolean;
}

export function emptyPolicyDraft(): PolicyDraft {
  return {
    name: '',
    apiIds: [],
    rateLimitRequests: '',
    rateLimitPeriodSeconds: '60',
    quotaMax: '',
    quotaRenewalSeconds: String(30 * 86_400),
    keyExpiresInSeconds: '',
    limitsWhenRedisDown: '',
    active: true,
  };
}

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

export function policyDraftFrom(policy: {
  name: string;
  apis: readonly { id: string }[];
  rateLimitRequests?: number | null;
  rateLimitPeriodSeconds?: number | null;
  quotaMax?: number | null;
  quotaRenewalSeconds?: number | null;
  keyExpiresInSeconds?: number | null;
  limitsWhenRedisDown?: LimitsWhenRedisDown | null;
  active: boolean;
}): PolicyDraft {
  const empty = emptyPolicyDraft();
  return {
    name: policy.name,
    apiIds: policy.apis.map((a) => a.id),
    rateLimitRequests: text(policy.rateLimitRequests),
    rateLimitPeriodSeconds: text(policy.rateLimitPeriodSeconds) || empty.rateLimitPeriodSeconds,
    quotaMax: text(policy.quotaMax),
    quotaRenewalSeconds: text(policy.quotaRenewalSeconds) || empty.quotaRenewalSeconds,
    keyExpiresInSeconds: text(policy.keyExpiresInSeconds),
    limitsWhenRedisDown: policy.limitsWhenRedisDown ?? '',
    active: policy.active,
  };
}

/** A count as typed: empty is null (unlimited); anything else goes to the API, which says what is wrong. */
function count(value: string): number | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : Number(trimmed);
}

/**
 * The mutation input. A limit with no count is unlimited, so its period is not sent either;
 * the period select always has a value, which would otherwise read as half a limit.
 */
export function toPolicyInput(draft: PolicyDraft): Omit<UpdatePolicyInput, 'id'> {
  const rate = count(draft.rateLimitRequests);
  const quota = count(draft.quotaMax);
  return {
    name: draft.name.trim(),
    apiIds: draft.apiIds,
    rateLimitRequests: rate,
    rateLimitPeriodSeconds: rate === null ? null : Number(draft.rateLimitPeriodSeconds),
    quotaMax: quota,
    quotaRenewalSeconds: quota === null ? null : Number(draft.quotaRenewalSeconds),
    keyExpiresInSeconds: draft.keyExpiresInSeconds === '' ? null : Number(draft.keyExpiresInSeconds),
    limitsWhenRedisDown: draft.limitsWhenRedisDown === '' ? null : draft.limitsWhenRedisDown,
    active: draft.active,
  };
}

/**
 * What the browser can tell before sending: a count that is not a whole number. GraphQL's Int
 * would refuse it as a request error (and NaN would travel as null, i.e. unlimited).
 */
export function policyDraftErrors(draft: PolicyDraft): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = [];
  for (const key of ['rateLimitRequests', 'quotaMax'] as const) {
    const value = draft[key].trim();
    if (value !== '' && !/^\d+$/.test(value)) errors.push({ path: key, message: 'Enter a whole number of requests, or leave it empty for no limit.' });
  }
  return errors;
}
