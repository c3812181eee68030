import type { DcrSettings } from '@gatehouse/db';
import { requireViewer, type Viewer } from '../../server/viewer.ts';
import { effectiveDcrSettings, type EffectiveDcrSettings } from '../dcr-settings/effective-dcr-settings.ts';
import type { PortalSettingsRepo } from '../dcr-settings/portal-settings.repo.ts';
import type { CatalogueEntryRecord, CatalogueRepo } from './catalogue.repo.ts';

export interface CatalogueEntryView extends CatalogueEntryRecord {
  dcr: EffectiveDcrSettings;
  /** The global settings row, so admin screens can show the effective settings whichever applies. */
  globalDcr: DcrSettings;
}

export class CatalogueService {
  constructor(
    private readonly catalogue: CatalogueRepo,
    private readonly settings: PortalSettingsRepo,
  ) {}

  async listPublished(viewer: Viewer | null): Promise<CatalogueEntryView[]> {
    requireViewer(viewer);
    return this.toViews(await this.catalogue.listVisible());
  }

  /** Published entries by id, with their effective DCR settings; unknown or hidden ids are left out. */
  async findPublished(ids: string[]): Promise<CatalogueEntryView[]> {
    return this.toViews(await this.catalogue.findVisibleByIds(ids));
  }

  /** Adds each entry's effective DCR settings (one settings read for the whole list). */
  async toViews(entries: CatalogueEntryRecord[]): Promise<CatalogueEntryView[]> {
    const { globalDcr } = await this.settings.get();
    return entries.map((entry) => ({ ...entry, dcr: effectiveDcrSettings(entry, globalDcr), globalDcr }));
  }
}
