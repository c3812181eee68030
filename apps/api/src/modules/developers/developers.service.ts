import { notFound } from '../common/errors.ts';
import { requireAdmin, type Viewer } from '../common/viewer.ts';
import { isUniqueViolation } from '../common/is-unique-violation.ts';
import type { AuditRepo } from '../audit/index.ts';
import { hashPassword } from '../auth/index.ts';
import { toConnection, toPage, type PageArgs } from '../common/connection.ts';
import { fromZodError, validationError, type ValidationErrorResult } from '../common/validation-error.ts';
import { addDeveloperInput } from './add-developer-input.ts';
import type { DeveloperRecord, DevelopersRepo } from './developers.repo.ts';
import type { AddDeveloperInput } from '../../generated/graphql.ts';

export type AddDeveloperResult = { __typename: 'AddDeveloperSuccess'; developer: DeveloperRecord } | ValidationErrorResult;

/** What DevelopersService works with; server/create-services.ts builds it. */
export interface DevelopersDeps {
  developers: DevelopersRepo;
  audit: AuditRepo;
}

/** Portal Management -> Developers: list, add, deactivate, and each developer's clients. Admins only. */
export class DevelopersService {
  constructor(private readonly deps: DevelopersDeps) {}

  async list(viewer: Viewer | null, args: PageArgs) {
    requireAdmin(viewer);
    const page = toPage(args);
    return toConnection(await this.deps.developers.list(page), page);
  }

  async get(viewer: Viewer | null, id: string): Promise<DeveloperRecord> {
    requireAdmin(viewer);
    const developer = await this.deps.developers.findById(id);
    if (!developer) throw notFound('Developer');
    return developer;
  }

  async clients(viewer: Viewer | null, developerId: string, args: PageArgs) {
    requireAdmin(viewer);
    const page = toPage(args);
    return toConnection(await this.deps.developers.clients(developerId, page), page);
  }

  /** The seed guide's "add a developer": an account with a first password the admin passes on. */
  async add(viewer: Viewer | null, raw: AddDeveloperInput): Promise<AddDeveloperResult> {
    const admin = requireAdmin(viewer);
    const parsed = addDeveloperInput.safeParse(raw);
    if (!parsed.success) return fromZodError(parsed.error);
    const { name, email, password } = parsed.data;
    const taken = () => validationError([{ path: 'email', message: `An account with ${email} exists already.` }]);
    if (await this.deps.developers.emailTaken(email)) return taken();
    let developer: DeveloperRecord;
    try {
      developer = await this.deps.developers.create({ name, email, passwordHash: await hashPassword(password) });
    } catch (error) {
      if (isUniqueViolation(error)) return taken();
      throw error;
    }
    await this.deps.audit.record({ actorId: admin.id, action: 'developer.added', targetType: 'User', targetId: developer.id, details: { name, email } });
    return { __typename: 'AddDeveloperSuccess', developer };
  }

  /** Deactivated developers cannot sign in, and their sessions end; their clients stay at the IdP. */
  async setActive(viewer: Viewer | null, id: string, active: boolean): Promise<{ developer: DeveloperRecord }> {
    const admin = requireAdmin(viewer);
    const before = await this.deps.developers.findById(id);
    if (!before) throw notFound('Developer');
    const developer = await this.deps.developers.setActive(id, active);
    if (before.active !== active) {
      await this.deps.audit.record({
        actorId: admin.id,
        action: active ? 'developer.reactivated' : 'developer.deactivated',
        targetType: 'User',
        targetId: id,
        details: { email: developer.email },
      });
    }
    return { developer };
  }
}
