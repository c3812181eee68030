/** What other modules may use of this one (ADR 017); everything else here is its own. */
export type { CatalogueEntryRecord } from './catalogue.repo.ts';
export type { CatalogueEntryView, CatalogueService } from './catalogue.service.ts';
