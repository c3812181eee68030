import type { Role } from '../common/viewer.ts';

export type ApiTokenRole = 'ADMIN' | 'READ_ONLY' | 'DEVELOPER';

/**
 * Token roles as data: which signed-in role may create each, which user role the token acts
 * as, and whether it may run mutations. A token whose creator no longer has `actsAs` stops working.
 */
export const API_TOKEN_ROLES: Record<ApiTokenRole, { createdBy: Role; actsAs: Role; readOnly: boolean }> = {
  ADMIN: { createdBy: 'ADMIN', actsAs: 'ADMIN', readOnly: false },
  READ_ONLY: { createdBy: 'ADMIN', actsAs: 'ADMIN', readOnly: true },
  DEVELOPER: { createdBy: 'DEVELOPER', actsAs: 'DEVELOPER', readOnly: false },
};

/** The role a new token gets when the input names none: the least an admin may pick, a developer's only one. */
export const DEFAULT_TOKEN_ROLE: Record<Role, ApiTokenRole> = { ADMIN: 'READ_ONLY', DEVELOPER: 'DEVELOPER' };

export const DEFAULT_EXPIRY_DAYS = 90;
export const MAX_EXPIRY_DAYS = 365;
