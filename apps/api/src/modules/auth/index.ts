/** What other modules may use of this one (ADR 017); everything else here is its own. */
export { hashPassword, verifyPassword } from './password.ts';
export type { UserParent } from './user-parent.ts';
export type { UserRepo } from './user.repo.ts';
export type { AuthService } from './auth.service.ts';
