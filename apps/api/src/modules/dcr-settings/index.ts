/** What other modules may use of this one (ADR 017); everything else here is its own. */
export { dcrSettingsErrors, dcrSettingsInput, toDcrSettingsData, tokenChange } from './dcr-settings-input.ts';
export type { DcrSettingsData } from './dcr-settings-input.ts';
export { dcrSettingsSnapshot } from './dcr-settings-snapshot.ts';
export { effectiveDcrSettings } from './effective-dcr-settings.ts';
export type { EffectiveDcrSettings } from './effective-dcr-settings.ts';
export type { PortalSettingsRepo, PortalSettingsWithDcr } from './portal-settings.repo.ts';
