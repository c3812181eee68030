import type { User } from '@gatehouse/db';
import { requireViewer, type Viewer } from '../../server/viewer.ts';
import type { ApiTokensRepo } from '../api-tokens/api-tokens.repo.ts';
import type { AuditRepo } from '../audit/audit.repo.ts';
import { fromZodError, validationError, type ValidationErrorResult } from '../common/validation-error.ts';
import type { PortalSettingsRepo } from '../dcr-settings/portal-settings.repo.ts';
import { changePasswordInput, signUpInput } from './account-fields.ts';
import type { AuthService } from './auth.service.ts';
import { hashPassword, verifyPassword } from './password.ts';
import type { SessionRepo } from './session.repo.ts';
import { hashSessionToken } from './session-token.ts';
import { isUniqueViolation, type UserRepo } from './user.repo.ts';

export type SignUpResult =
  | { __typename: 'SignUpSuccess'; user: User; session: { token: string; expiresAt: Date } }
  | { __typename: 'SignUpDisabledError'; message: string }
  | ValidationErrorResult;

export type ChangePasswordResult = { __typename: 'ChangePasswordSuccess'; user: User; endedSessions: number; revokedApiTokens: number } | ValidationErrorResult;

const EMAIL_TAKEN = 'An account with this email address exists already; sign in instead.';

/** A person's own account: signing up (when the portal allows it) and changing the password. */
export class AccountsService {
  constructor(
    private readonly users: UserRepo,
    private readonly sessions: SessionRepo,
    private readonly settings: PortalSettingsRepo,
    private readonly auth: AuthService,
    private readonly audit: AuditRepo,
    private readonly apiTokens: Pick<ApiTokensRepo, 'revokeAllCreatedBy'>,
  ) {}

  /** Portal Management -> Settings decides whether visitors may sign up; otherwise an admin adds developers. */
  async signUpEnabled(): Promise<boolean> {
    return (await this.settings.get()).signupEnabled;
  }

  /**
   * Creates a developer account and signs it in. Steps: check the portal allows sign-up -> parse
   * -> create the user (the email is unique) -> start a session -> audit.
   */
  async signUp(input: unknown): Promise<SignUpResult> {
    if (!(await this.signUpEnabled())) {
      return { __typename: 'SignUpDisabledError', message: 'This portal does not let visitors sign up. Ask an administrator to add you as a developer.' };
    }
    const parsed = signUpInput.safeParse(input);
    if (!parsed.success) return fromZodError(parsed.error);
    const { name, email, password } = parsed.data;
    // Saying the email is taken reveals that it exists; without email verification there is no
    // way around it for sign-up, and sign-in still answers alike for both (AuthService.signIn).
    if (await this.users.findByEmail(email)) return validationError([{ path: 'email', message: EMAIL_TAKEN }]);
    let user: User;
    try {
      user = await this.users.create({ name, email, role: 'DEVELOPER', passwordHash: await hashPassword(password) });
    } catch (error) {
      // Two sign-ups with one email at once: the unique index decides.
      if (isUniqueViolation(error)) return validationError([{ path: 'email', message: EMAIL_TAKEN }]);
      throw error;
    }
    await this.audit.record({ actorId: user.id, action: 'user.signed_up', targetType: 'User', targetId: user.id, details: { email } });
    return { __typename: 'SignUpSuccess', user, session: await this.auth.startSession(user) };
  }

  /**
   * Steps: check the current password -> store the new hash -> end every other session of the
   * account (whoever knew the old password is signed out; OWASP Session Management) -> revoke
   * every API token the account created (one made from a stolen session would outlive it) -> audit.
   */
  async changePassword(viewer: Viewer | null, input: unknown, currentSessionToken: string | undefined): Promise<ChangePasswordResult> {
    const me = requireViewer(viewer);
    const parsed = changePasswordInput.safeParse(input);
    if (!parsed.success) return fromZodError(parsed.error);
    const user = await this.users.findById(me.id);
    if (!user || !(await verifyPassword(parsed.data.currentPassword, user.passwordHash))) {
      return validationError([{ path: 'currentPassword', message: 'That is not your current password.' }]);
    }
    const updated = await this.users.setPasswordHash(user.id, await hashPassword(parsed.data.newPassword));
    const endedSessions = await this.sessions.deleteOthers(user.id, currentSessionToken ? hashSessionToken(currentSessionToken) : null);
    const revokedApiTokens = await this.apiTokens.revokeAllCreatedBy(user.id, new Date());
    await this.audit.record({ actorId: user.id, action: 'user.password_changed', targetType: 'User', targetId: user.id, details: { endedSessions, revokedApiTokens } });
    return { __typename: 'ChangePasswordSuccess', user: updated, endedSessions, revokedApiTokens };
  }
}
