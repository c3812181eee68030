import type { Role, Viewer } from '../common/viewer.ts';
import { requireSession, requireViewer } from '../common/viewer.ts';
import { notFound } from '../common/errors.ts';
import type { AuditRepo } from '../audit/index.ts';
import { verifyPassword, type UserRepo } from '../auth/index.ts';
import { toConnection, toPage, type PageArgs } from '../common/connection.ts';
import { fromZodError, validationError, type ValidationErrorResult } from '../common/validation-error.ts';
import { API_TOKEN_ROLES, DEFAULT_TOKEN_ROLE, type ApiTokenRole } from './api-token-roles.ts';
import { displayParts, hashApiToken, isApiTokenShaped, newApiTokenValue } from './api-token-value.ts';
import type { ApiTokenRecord, ApiTokensRepo } from './api-tokens.repo.ts';
import { createApiTokenInput } from './create-api-token-input.ts';
import type { CreateApiTokenInput } from '../../generated/graphql.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** lastUsedAt is written at most once a minute per token, so reads do not turn into writes. */
const LAST_USED_GRANULARITY_MS = 60_000;

export type CreateApiTokenResult = { __typename: 'CreateApiTokenSuccess'; apiToken: ApiTokenRecord; value: string } | ValidationErrorResult;

/** Why a bearer token was refused; each message says what to do. */
export type TokenRejection = { reason: 'malformed' | 'unknown' | 'expired' | 'revoked' | 'owner_inactive'; message: string };

export type TokenAuthentication = { viewer: Viewer } | { rejected: TokenRejection };

/** What ApiTokensService works with; server/create-services.ts builds it. */
export interface ApiTokensDeps {
  tokens: ApiTokensRepo;
  audit: AuditRepo;
  /** The creator's password is checked before a token is made. */
  users: Pick<UserRepo, 'findById'>;
}

export class ApiTokensService {
  private readonly now = () => new Date();

  constructor(private readonly deps: ApiTokensDeps) {}

  /**
   * Admins make integrator tokens (ADMIN or READ_ONLY), developers personal ones; never with a
   * token, and only with the account's current password: a token outlives the session, so a
   * stolen session cookie alone must not be enough to mint one.
   */
  async create(viewer: Viewer | null, raw: CreateApiTokenInput): Promise<CreateApiTokenResult> {
    const creator = requireSession(viewer, 'create API tokens');
    const parsed = createApiTokenInput.safeParse(raw);
    if (!parsed.success) return fromZodError(parsed.error);
    const account = await this.deps.users.findById(creator.id);
    if (!account || !(await verifyPassword(parsed.data.currentPassword, account.passwordHash))) {
      return validationError([{ path: 'currentPassword', message: 'That is not your current password. Enter the password you sign in with.' }]);
    }
    const role: ApiTokenRole = parsed.data.role ?? DEFAULT_TOKEN_ROLE[creator.role];
    if (API_TOKEN_ROLES[role].createdBy !== creator.role) {
      return validationError([{ path: 'role', message: rolesFor(creator.role) }], `You cannot create ${role} tokens.`);
    }
    const value = newApiTokenValue();
    const expiresAt = new Date(this.now().getTime() + parsed.data.expiresInDays * DAY_MS);
    const apiToken = await this.deps.tokens.create({
      name: parsed.data.name,
      role,
      tokenHash: hashApiToken(value),
      ...displayParts(value),
      createdById: creator.id,
      expiresAt,
    });
    await this.deps.audit.record({
      actorId: creator.id,
      action: 'api_token.created',
      targetType: 'ApiToken',
      targetId: apiToken.id,
      details: { name: apiToken.name, role, prefix: apiToken.prefix, expiresAt: expiresAt.toISOString() },
    });
    return { __typename: 'CreateApiTokenSuccess', apiToken, value };
  }

  /** Admins see every token; developers their own. */
  async list(viewer: Viewer | null, args: PageArgs) {
    const v = requireViewer(viewer);
    const page = toPage(args);
    return toConnection(await this.deps.tokens.list(page, v.role === 'ADMIN' ? {} : { createdById: v.id }), page);
  }

  /** Takes effect at the next request. Someone else's token is NOT_FOUND to a developer, so IDs cannot be probed. */
  async revoke(viewer: Viewer | null, id: string): Promise<{ apiToken: ApiTokenRecord }> {
    const v = requireViewer(viewer);
    const token = await this.deps.tokens.findById(id);
    if (!token || (v.role !== 'ADMIN' && token.createdById !== v.id)) throw notFound('API token');
    if (token.revokedAt) return { apiToken: token };
    const apiToken = await this.deps.tokens.revoke(id, this.now());
    await this.deps.audit.record({
      actorId: v.id,
      action: 'api_token.revoked',
      targetType: 'ApiToken',
      targetId: id,
      details: { name: token.name, role: token.role, prefix: token.prefix, ...(v.via === 'token' ? { withTokenId: v.tokenId } : {}) },
    });
    return { apiToken };
  }

  status(token: ApiTokenRecord): 'ACTIVE' | 'EXPIRED' | 'REVOKED' {
    if (token.revokedAt) return 'REVOKED';
    return token.expiresAt <= this.now() ? 'EXPIRED' : 'ACTIVE';
  }

  /** The viewer behind `Authorization: Bearer <value>`, or why the value is refused. */
  async authenticate(value: string): Promise<TokenAuthentication> {
    if (!isApiTokenShaped(value)) {
      return reject('malformed', 'The bearer token is not a Gatehouse API token (they start with gh_). Create one in the portal under API tokens.');
    }
    const token = await this.deps.tokens.findByHash(hashApiToken(value));
    if (!token) return reject('unknown', 'The API token is not valid. Check that it was copied whole, or create a new one.');
    if (token.revokedAt) return reject('revoked', `The API token "${token.name}" was revoked on ${token.revokedAt.toISOString()}. Create a new one.`);
    const now = this.now();
    if (token.expiresAt <= now) return reject('expired', `The API token "${token.name}" expired on ${token.expiresAt.toISOString()}. Create a new one.`);
    const role = API_TOKEN_ROLES[token.role as ApiTokenRole];
    const owner = token.createdBy;
    if (!role || !owner.active || owner.role !== role.actsAs) {
      return reject('owner_inactive', `The API token "${token.name}" no longer works: the account that created it is deactivated or changed role.`);
    }
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_GRANULARITY_MS) await this.deps.tokens.touch(token.id, now);
    return {
      viewer: { id: owner.id, role: owner.role as Role, email: owner.email, name: owner.name, via: 'token', readOnly: role.readOnly, tokenId: token.id },
    };
  }
}

function reject(reason: TokenRejection['reason'], message: string): TokenAuthentication {
  return { rejected: { reason, message } };
}

function rolesFor(role: Role): string {
  return role === 'ADMIN' ? 'Admins create ADMIN or READ_ONLY tokens.' : 'Developers create DEVELOPER (personal) tokens only.';
}
