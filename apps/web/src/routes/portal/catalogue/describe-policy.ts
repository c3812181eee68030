import { formatCount, formatDuration, formatPer } from '../../../lib/format-duration.ts';

export interface PolicyNumbers {
  rateLimitRequests?: number | null;
  rateLimitPeriodSeconds?: number | null;
  quotaMax?: number | null;
  quotaRenewalSeconds?: number | null;
  keyExpiresInSeconds?: number | null;
}

function requests(n: number): string {
  return `${formatCount(n)} ${n === 1 ? 'request' : 'requests'}`;
}

/** What a policy grants, in words a developer reads on a catalogue card. */
export function describePolicy(p: PolicyNumbers): { rateLimit: string; quota: string; expiry: string } {
  const rateLimit =
    p.rateLimitRequests == null
      ? 'Unlimited'
      : p.rateLimitPeriodSeconds
        ? `${requests(p.rateLimitRequests)} ${formatPer(p.rateLimitPeriodSeconds)}`
        : requests(p.rateLimitRequests);
  const quota =
    p.quotaMax == null
      ? 'Unlimited'
      : p.quotaRenewalSeconds
        ? `${requests(p.quotaMax)} ${formatPer(p.quotaRenewalSeconds)}`
        : `${requests(p.quotaMax)} in total`;
  const expiry = p.keyExpiresInSeconds
    ? `${formatDuration(p.keyExpiresInSeconds)} after the client is created`
    : 'Never';
  return { rateLimit, quota, expiry };
}
