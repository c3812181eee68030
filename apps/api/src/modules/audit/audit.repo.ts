import type { AuditEvent, PrismaClient, User } from '@gatehouse/db';
import type { Page } from '../common/connection.ts';
import { redactSecrets } from './redact-secrets.ts';

export interface AuditEntry {
  actorId: string | null;
  /** e.g. `oauth_client.created` */
  action: string;
  targetType: string;
  targetId?: string | null;
  /** Never a secret: callers pass identifiers, names and changes; secret-looking keys are redacted anyway. */
  details?: Record<string, unknown>;
}

export type AuditEventRecord = AuditEvent & { actor: User | null };

export class AuditRepo {
  constructor(private readonly db: PrismaClient) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.db.auditEvent.create({
      data: {
        actorId: entry.actorId,
        action: entry.action,
        targetType: entry.targetType,
        targetId: entry.targetId ?? null,
        detailsJson: JSON.stringify(redactSecrets(entry.details ?? {})),
      },
    });
  }

  /** Newest first; the id breaks ties so the cursor is stable. */
  list(page: Page, filter: { targetType?: string | null; targetId?: string | null } = {}): Promise<AuditEventRecord[]> {
    return this.db.auditEvent.findMany({
      where: { ...(filter.targetType ? { targetType: filter.targetType } : {}), ...(filter.targetId ? { targetId: filter.targetId } : {}) },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: page.take,
      ...(page.afterId ? { cursor: { id: page.afterId }, skip: 1 } : {}),
      include: { actor: true },
    });
  }
}
