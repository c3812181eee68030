import type { DcrSettings, PortalSettings, PrismaClient } from '@gatehouse/db';

export type PortalSettingsWithDcr = PortalSettings & { globalDcr: DcrSettings };

export class PortalSettingsRepo {
  constructor(private readonly db: PrismaClient) {}

  /** The single settings row; created with defaults on first use. */
  async get(): Promise<PortalSettingsWithDcr> {
    const existing = await this.db.portalSettings.findUnique({ where: { id: 1 }, include: { globalDcr: true } });
    if (existing) return existing;
    return this.db.portalSettings.upsert({
      where: { id: 1 },
      update: {},
      create: { id: 1, globalDcr: { create: {} } },
      include: { globalDcr: true },
    });
  }
}
