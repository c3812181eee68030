import type { SecretBox } from '@gatehouse/config';
import { requireAdmin, requireViewer, type Viewer } from '../common/viewer.ts';
import { describeChanges, type AuditRepo } from '../audit/index.ts';
import { fromZodError, validationError, type ValidationErrorResult } from '../common/validation-error.ts';
import { dcrSettingsErrors, dcrSettingsSnapshot, toDcrSettingsData, tokenChange, type PortalSettingsRepo, type PortalSettingsWithDcr } from '../dcr-settings/index.ts';
import { updatePortalSettingsInput } from './portal-settings-input.ts';
import type { UpdatePortalSettingsInput } from '../../generated/graphql.ts';

export type UpdatePortalSettingsResult = { __typename: 'UpdatePortalSettingsSuccess'; settings: PortalSettingsWithDcr } | ValidationErrorResult;

const snapshot = (s: PortalSettingsWithDcr) => ({
  redirectUriSeparator: s.redirectUriSeparator,
  signupEnabled: s.signupEnabled,
  dcr: dcrSettingsSnapshot(s.globalDcr),
});

/** What PortalSettingsService works with; server/create-services.ts builds it. */
export interface PortalSettingsDeps {
  settings: PortalSettingsRepo;
  audit: AuditRepo;
  /** Seals the initial registration access token. */
  secrets: SecretBox;
}

/** Portal Management -> Settings: the redirect URI separator, self sign-up and the global DCR settings. */
export class PortalSettingsService {
  constructor(private readonly deps: PortalSettingsDeps) {}

  async get(viewer: Viewer | null): Promise<PortalSettingsWithDcr> {
    requireAdmin(viewer);
    return this.deps.settings.get();
  }

  /** The separator the wizard splits redirect URLs by; every signed-in user needs it. */
  async redirectUriSeparator(viewer: Viewer | null): Promise<string> {
    requireViewer(viewer);
    return (await this.deps.settings.get()).redirectUriSeparator;
  }

  async update(viewer: Viewer | null, raw: UpdatePortalSettingsInput): Promise<UpdatePortalSettingsResult> {
    const admin = requireAdmin(viewer);
    const parsed = updatePortalSettingsInput.safeParse(raw);
    if (!parsed.success) return fromZodError(parsed.error);
    const input = parsed.data;
    const before = await this.deps.settings.get();
    const errors = dcrSettingsErrors(input.dcr, Boolean(before.globalDcr.initialAccessTokenEnc), 'dcr.');
    if (errors.length > 0) return validationError(errors);

    const after = await this.deps.settings.update({
      redirectUriSeparator: input.redirectUriSeparator,
      signupEnabled: input.signupEnabled,
      globalDcr: toDcrSettingsData(input.dcr, this.deps.secrets),
    });
    await this.deps.audit.record({
      actorId: admin.id,
      action: 'portal_settings.updated',
      targetType: 'PortalSettings',
      targetId: '1',
      details: { changes: describeChanges(snapshot(before), snapshot(after)), initialRegistrationAccessTokenChange: tokenChange(input.dcr) },
    });
    return { __typename: 'UpdatePortalSettingsSuccess', settings: after };
  }
}
