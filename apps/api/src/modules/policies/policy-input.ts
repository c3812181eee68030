import { z } from 'zod';

const DAY = 24 * 60 * 60;

const count = (what: string) =>
  z
    .number()
    .int(`Enter a whole number of ${what}.`)
    .min(1, `Enter at least 1, or leave it empty for no limit.`)
    .max(1_000_000_000, 'Use at most 1,000,000,000.')
    .nullish()
    .transform((v) => v ?? null);

const seconds = (min: number, max: number) =>
  z
    .number()
    .int('Enter a whole number of seconds.')
    .min(min, `Use at least ${min} seconds.`)
    .max(max, `Use at most ${max / DAY} days.`)
    .nullish()
    .transform((v) => v ?? null);

/**
 * A limit is a count per period: both or neither (null is unlimited). The error goes to the
 * field that is missing, so the form shows it there.
 */
function bothOrNeither(countKey: string, periodKey: string, label: string) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const hasCount = value[countKey] !== null;
    const hasPeriod = value[periodKey] !== null;
    if (hasCount && !hasPeriod) ctx.addIssue({ code: 'custom', path: [periodKey], message: `Choose the period of the ${label}.` });
    if (hasPeriod && !hasCount) ctx.addIssue({ code: 'custom', path: [countKey], message: `Enter how many requests the ${label} allows.` });
  };
}

/** System Management -> Policies: access rights (APIs), rate limit, quota, and the Configurations tab. */
const policyFields = {
  name: z.string().trim().min(1, 'Enter a name, for example Curity Policy.').max(100, 'Use at most 100 characters.'),
  apiIds: z
    .array(z.string().min(1).max(64))
    .max(100, 'A policy can grant at most 100 APIs.')
    .transform((ids) => [...new Set(ids)]),
  rateLimitRequests: count('requests'),
  rateLimitPeriodSeconds: seconds(1, 365 * DAY),
  quotaMax: count('requests'),
  quotaRenewalSeconds: seconds(60, 365 * DAY),
  // Key expiry: how long a client issued under the policy stays valid.
  keyExpiresInSeconds: seconds(60, 10 * 365 * DAY),
  active: z.boolean(),
};

/** Values of LimitsWhenRedisDown (schema.graphql); null leaves it to the gateway's GATEWAY_LIMITS_FAIL_MODE. */
export const LIMITS_WHEN_REDIS_DOWN = ['ALLOW', 'REFUSE'] as const;
const limitsWhenRedisDown = z.enum(LIMITS_WHEN_REDIS_DOWN, 'Choose Allow, Refuse, or the gateway default.').nullable();

const refineLimits = <T extends z.ZodType<Record<string, unknown>>>(schema: T) =>
  schema
    .superRefine(bothOrNeither('rateLimitRequests', 'rateLimitPeriodSeconds', 'rate limit'))
    .superRefine(bothOrNeither('quotaMax', 'quotaRenewalSeconds', 'quota'));

export const createPolicyInput = refineLimits(
  z.object({ ...policyFields, limitsWhenRedisDown: limitsWhenRedisDown.optional().transform((v) => v ?? null) }).strict(),
);
// Omitted on update keeps the saved choice: clients written before the field existed change nothing.
export const updatePolicyInput = refineLimits(z.object({ id: z.string().min(1).max(64), ...policyFields, limitsWhenRedisDown: limitsWhenRedisDown.optional() }).strict());
export type PolicyInput = z.output<typeof createPolicyInput> | Omit<z.output<typeof updatePolicyInput>, 'id'>;
