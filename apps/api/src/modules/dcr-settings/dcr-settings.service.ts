import type { Viewer } from '../common/viewer.ts';
import { discoverIdentityProvider, type DiscoverIdentityProviderResult } from './discover-identity-provider.ts';

/** What DcrSettingsService works with; server/create-services.ts builds it. */
export interface DcrSettingsDeps {
  /** Time allowed for an identity provider's discovery document. */
  discoveryTimeoutMs: number;
}

/**
 * What the DCR settings forms (Portal Management -> Settings and a catalogue API's override) ask
 * the API besides saving: the identity provider behind a URL. Admins only.
 */
export class DcrSettingsService {
  constructor(private readonly deps: DcrSettingsDeps) {}

  discoverIdentityProvider(viewer: Viewer | null, url: string): Promise<DiscoverIdentityProviderResult> {
    return discoverIdentityProvider(viewer, url, this.deps.discoveryTimeoutMs);
  }
}
