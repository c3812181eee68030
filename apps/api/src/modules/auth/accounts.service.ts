import type { User } from '@gatehouse/db';
import { requireViewer, type Viewer } from '../common/viewer.ts';
import type { ApiTokensRepo } from '../api-tokens/index.ts';
import type { AuditRepo } from '../audit/index.ts';
import { fromZodError, validationError, type ValidationErrorResult } from '../common/validation-error.ts';
import type { PortalSettingsRepo } from '../dcr-settings/index.ts';
import { changePasswordInput, signUpInput } from './account-fields.ts';
import { hashPassword, verifyPassword } from './password.ts';
import type { SessionRepo } from './session.repo.ts';
import { hashSessionToken } from './session-token.ts';
import { isUniqueViolation } from '../common/is-unique-violation.ts';
import type { UserRepo } from './user.repo.ts';
import type { ChangePasswordInput, SignUpInput } from '../../generated/graphql.ts';

export type SignUpResult =
  | { __typename: 'SignUpSuccess'; message: string }
  | { __typename: 'SignUpDisabledError'; message: string }
  | ValidationErrorResult;

export type ChangePasswordResult = { __typename: 'ChangePasswordSuccess'; user: User; endedSessions: number; revokedApiTokens: number } | ValidationErrorResult;

const SIGN_UP_RECEIVED = 'If this email address had no account, it has one now: sign in with it and your password.';

/** What AccountsService works with; server/create-services.ts builds it. */
export interface AccountsDeps {
  users: UserRepo;
  sessions: SessionRepo;
  /** Whether the portal lets visitors sign up. */
  settings: PortalSettingsRepo;
  audit: AuditRepo;
  /** A changed password revokes the account's API tokens. */
  apiTokens: Pick<ApiTokensRepo, 'revokeAllCreatedBy'>;
}

/** A person's own account: signing up (when the portal allows it) and changing the password. */
export class AccountsService {
  constructor(private readonly deps: AccountsDeps) {}

  /** Portal Management -> Settings decides whether visitors may sign up; otherwise an admin adds developers. */
  async signUpEnabled(): Promise<boolean> {
    return (await this.deps.settings.get()).signupEnabled;
  }

  /**
   * Creates a developer account. Steps: check the portal allows sign-up -> parse -> hash the
   * password -> create the user unless the email has one -> audit. The answer, and the work
   * before it, are the same for a known email as for a new one, so sign-up reveals no accounts
   * (OWASP Authentication Cheat Sheet, "Account creation"); no session starts, so the caller
   * proves the password with signIn, which answers alike for both too.
   */
  async signUp(input: SignUpInput): Promise<SignUpResult> {
    if (!(await this.signUpEnabled())) {
      return { __typename: 'SignUpDisabledError', message: 'This portal does not let visitors sign up. Ask an administrator to add you as a developer.' };
    }
    const parsed = signUpInput.safeParse(input);
    if (!parsed.success) return fromZodError(parsed.error);
    const { name, email, password } = parsed.data;
    const received = { __typename: 'SignUpSuccess', message: SIGN_UP_RECEIVED } as const;
    const passwordHash = await hashPassword(password);
    if (await this.deps.users.findByEmail(email)) return received;
    let user: User;
    try {
      user = await this.deps.users.create({ name, email, role: 'DEVELOPER', passwordHash });
    } catch (error) {
      // Two sign-ups with one email at once: the unique index decides.
      if (isUniqueViolation(error)) return received;
      throw error;
    }
    await this.deps.audit.record({ actorId: user.id, action: 'user.signed_up', targetType: 'User', targetId: user.id, details: { email } });
    return received;
  }

  /**
   * Steps: check the current password -> store the new hash -> end every other session of the
   * account (whoever knew the old password is signed out; OWASP Session Management) -> revoke
   * every API token the account created (one made from a stolen session would outlive it) -> audit.
   */
  async changePassword(viewer: Viewer | null, input: ChangePasswordInput, currentSessionToken: string | undefined): Promise<ChangePasswordResult> {
    const me = requireViewer(viewer);
    const parsed = changePasswordInput.safeParse(input);
    if (!parsed.success) return fromZodError(parsed.error);
    const user = await this.deps.users.findById(me.id);
    if (!user || !(await verifyPassword(parsed.data.currentPassword, user.passwordHash))) {
      return validationError([{ path: 'currentPassword', message: 'That is not your current password.' }]);
    }
    const updated = await this.deps.users.setPasswordHash(user.id, await hashPassword(parsed.data.newPassword));
    const endedSessions = await this.deps.sessions.deleteOthers(user.id, currentSessionToken ? hashSessionToken(currentSessionToken) : null);
    const revokedApiTokens = await this.deps.apiTokens.revokeAllCreatedBy(user.id, new Date());
    await this.deps.audit.record({ actorId: user.id, action: 'user.password_changed', targetType: 'User', targetId: user.id, details: { endedSessions, revokedApiTokens } });
    return { __typename: 'ChangePasswordSuccess', user: updated, endedSessions, revokedApiTokens };
  }
}
