import type { DcrSettings, PortalSettings, PrismaClient } from '@gatehouse/db';
import type { DcrSettingsData } from './dcr-settings-input.ts';

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

  /** Saves the portal settings and the global DCR settings together. */
  async update(data: { redirectUriSeparator: string; signupEnabled: boolean; globalDcr: DcrSettingsData }): Promise<PortalSettingsWithDcr> {
    await this.get();
    return this.db.portalSettings.update({
      where: { id: 1 },
      data: { redirectUriSeparator: data.redirectUriSeparator, signupEnabled: data.signupEnabled, globalDcr: { update: data.globalDcr } },
      include: { globalDcr: true },
    });
  }
}
