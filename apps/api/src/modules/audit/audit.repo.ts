import type { PrismaClient } from '@gatehouse/db';

export interface AuditEntry {
  actorId: string | null;
  /** e.g. `oauth_client.created` */
  action: string;
  targetType: string;
  targetId?: string | null;
  /** Never a secret: callers pass identifiers and names only. */
  details?: Record<string, unknown>;
}

export class AuditRepo {
  constructor(private readonly db: PrismaClient) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.db.auditEvent.create({
      data: {
        actorId: entry.actorId,
        action: entry.action,
        targetType: entry.targetType,
        targetId: entry.targetId ?? null,
        detailsJson: JSON.stringify(entry.details ?? {}),
      },
    });
  }
}
