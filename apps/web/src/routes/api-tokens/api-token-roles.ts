import type { ApiTokenRole, ApiTokenStatus } from '../../graphql/generated/graphql.ts';

/** What each role may do, in the words the create form and the list use. */
export const API_TOKEN_ROLES: Record<ApiTokenRole, { label: string; description: string }> = {
  READ_ONLY: { label: 'Read-only', description: 'Runs queries only; every mutation is refused.' },
  ADMIN: { label: 'Admin', description: "Everything an admin may do, revoking API tokens included; it cannot create tokens or change the admin's account." },
  DEVELOPER: { label: 'Personal', description: 'Acts as the developer who created it.' },
};

/** The roles an admin may give an integrator token, the safer one first (it is the default). */
export const ADMIN_TOKEN_ROLES: readonly ApiTokenRole[] = ['READ_ONLY', 'ADMIN'];

export const API_TOKEN_STATUS_LABELS: Record<ApiTokenStatus, string> = {
  ACTIVE: 'Active',
  EXPIRED: 'Expired',
  REVOKED: 'Revoked',
};

/** Expiry choices of the create form, in days (the API accepts 1 to 365; its default is 90). */
export const EXPIRY_CHOICES: readonly { days: number; label: string }[] = [
  { days: 7, label: '7 days' },
  { days: 30, label: '30 days' },
  { days: 90, label: '90 days' },
  { days: 180, label: '180 days' },
  { days: 365, label: '1 year' },
];

export const DEFAULT_EXPIRY_DAYS = 90;
