import { requireAdmin, type Viewer } from '../common/viewer.ts';
import { toConnection, toPage, type PageArgs } from '../common/connection.ts';
import type { AuditRepo } from './audit.repo.ts';

/** What AuditService works with; server/create-services.ts builds it. */
export interface AuditDeps {
  audit: AuditRepo;
}

export class AuditService {
  constructor(private readonly deps: AuditDeps) {}

  /** The audit log, newest first; admins only. */
  async list(viewer: Viewer | null, args: PageArgs & { targetType?: string | null; targetId?: string | null }) {
    requireAdmin(viewer);
    const page = toPage(args);
    return toConnection(await this.deps.audit.list(page, args), page);
  }
}
