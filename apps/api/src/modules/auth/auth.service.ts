import type { User } from '@gatehouse/db';
import { z } from 'zod';
import type { Role, Viewer } from '../common/viewer.ts';
import type { AuditRepo } from '../audit/index.ts';
import { fromZodError, type ValidationErrorResult } from '../common/validation-error.ts';
import { DUMMY_HASH_PROMISE, hashPassword, verifyPassword } from './password.ts';
import { SESSION_TTL_MS } from './session-cookie.ts';
import type { SessionRepo } from './session.repo.ts';
import type { SignInThrottle } from './sign-in-throttle.ts';
import { hashSessionToken, newSessionToken } from './session-token.ts';
import type { UserRepo } from './user.repo.ts';
import type { SignInInput } from '../../generated/graphql.ts';

const signInInput = z.object({
  email: z.string().trim().min(1, 'Enter your email address.').max(254, 'That email address is too long.'),
  password: z.string().min(1, 'Enter your password.').max(1024, 'That password is too long.'),
});

export type SignInResult =
  | { __typename: 'SignInSuccess'; user: User; session: { token: string; expiresAt: Date } }
  | { __typename: 'InvalidCredentialsError'; message: string }
  | { __typename: 'SignInThrottledError'; message: string; retryAfterSeconds: number }
  | ValidationErrorResult;

export function toViewer(user: User): Viewer {
  return { id: user.id, role: user.role as Role, email: user.email, name: user.name };
}

function throttled(retryAt: Date, now: Date): Extract<SignInResult, { __typename: 'SignInThrottledError' }> {
  const retryAfterSeconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const wait = retryAfterSeconds < 60 ? `${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}` : `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return {
    __typename: 'SignInThrottledError',
    message: `Too many failed sign-in attempts. Try again in ${wait}.`,
    retryAfterSeconds,
  };
}

/** What AuthService works with; server/create-services.ts builds it. */
export interface AuthDeps {
  users: UserRepo;
  sessions: SessionRepo;
  audit: AuditRepo;
  /** Failed sign-ins per account and client (in this process, or shared through Redis). */
  throttle: SignInThrottle;
}

export class AuthService {
  private readonly now = () => new Date();

  constructor(private readonly deps: AuthDeps) {}

  /** `clientIp` is the caller's address, for the per-client limit on failed attempts. */
  async signIn(input: SignInInput, clientIp?: string): Promise<SignInResult> {
    const checked = await this.checkPassword(input, clientIp);
    if (checked.__typename !== 'PasswordAccepted') return checked;
    return { __typename: 'SignInSuccess', user: checked.user, session: await this.startSession(checked.user) };
  }

  /**
   * The password check of a sign-in, throttle and lockout included, without a portal session:
   * the embedded IdP signs people in with it and keeps its own session (ADR 018).
   */
  async checkPassword(input: SignInInput, clientIp?: string): Promise<Exclude<SignInResult, { __typename: 'SignInSuccess' }> | { __typename: 'PasswordAccepted'; user: User }> {
    const parsed = signInInput.safeParse(input);
    if (!parsed.success) return fromZodError(parsed.error);
    const attempt = { email: parsed.data.email, clientIp };
    // Checked before the password: a locked account is not verified at all, which also keeps
    // a flood of guesses from costing 32 MiB of scrypt each.
    const retryAt = await this.deps.throttle.retryAt(attempt, this.now());
    if (retryAt) return throttled(retryAt, this.now());
    const user = await this.deps.users.findByEmail(parsed.data.email);
    // Verify against a dummy hash for unknown emails so timing does not reveal which exist.
    const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? (await DUMMY_HASH_PROMISE));
    if (!user || !ok || !user.active) {
      await this.deps.throttle.recordFailure(attempt, this.now());
      return { __typename: 'InvalidCredentialsError', message: 'Email or password is incorrect.' };
    }
    await this.deps.throttle.recordSuccess(attempt, this.now());
    return { __typename: 'PasswordAccepted', user };
  }

  /** The active user with this id, for the embedded IdP's `sub`; null when gone or deactivated. */
  async activeUser(id: string): Promise<User | null> {
    const user = await this.deps.users.findById(id);
    return user?.active ? user : null;
  }

  /** A new session for the user; only the token's SHA-256 is stored. */
  async startSession(user: User): Promise<{ token: string; expiresAt: Date }> {
    const token = newSessionToken();
    const expiresAt = new Date(this.now().getTime() + SESSION_TTL_MS);
    await this.deps.sessions.create({ tokenHash: hashSessionToken(token), userId: user.id, expiresAt });
    await this.deps.audit.record({ actorId: user.id, action: 'session.created', targetType: 'User', targetId: user.id });
    return { token, expiresAt };
  }

  async signOut(token: string | undefined): Promise<boolean> {
    return token ? this.deps.sessions.delete(hashSessionToken(token)) : false;
  }

  /** The viewer behind a session cookie; null when absent, expired or the user was deactivated. */
  async viewerForSession(token: string | undefined): Promise<Viewer | null> {
    if (!token) return null;
    const session = await this.deps.sessions.findLive(hashSessionToken(token), this.now());
    return session && session.user.active ? toViewer(session.user) : null;
  }

  async createUser(data: { email: string; name: string; role: Role; password: string }): Promise<User> {
    return this.deps.users.create({ email: data.email, name: data.name, role: data.role, passwordHash: await hashPassword(data.password) });
  }
}
