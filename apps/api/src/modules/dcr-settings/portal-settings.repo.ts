import { tableWritesOf, type DcrSettings, type PortalSettings, type PrismaClient } from '@gatehouse/db';
import { ReadCache } from '../common/read-cache.ts';
import type { DcrSettingsData } from './dcr-settings-input.ts';

export type PortalSettingsWithDcr = PortalSettings & { globalDcr: DcrSettings };

export class PortalSettingsRepo {
  /** Read by nearly every request (separator, sign-up, DCR defaults); kept until a save. */
  readonly #cache: ReadCache<PortalSettingsWithDcr>;

  constructor(private readonly db: PrismaClient) {
    this.#cache = new ReadCache(tableWritesOf(db), ['PortalSettings', 'DcrSettings']);
  }

  /** The single settings row; created with defaults on first use. */
  get(): Promise<PortalSettingsWithDcr> {
    return this.#cache.get('settings', () => this.read());
  }

  private async read(): Promise<PortalSettingsWithDcr> {
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
