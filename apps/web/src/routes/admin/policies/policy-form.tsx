import type { ReactNode } from 'react';
import { TextField } from '../../../forms/text-field.tsx';
import { formatDuration, formatPer } from '../../../lib/format-duration.ts';
import { EditorForm } from '../../../forms/editor-form.tsx';
import { CheckboxField, CheckGroup, SelectField } from '../../../forms/form-fields.tsx';
import type { DraftForm } from '../../../forms/use-draft-form.ts';
import { KEY_EXPIRIES, QUOTA_RENEWALS, RATE_LIMIT_PERIODS, withCurrent } from './policy-durations.ts';
import type { PolicyDraft } from './policy-draft.ts';

export type PolicyTab = 'access' | 'configurations';

/** Which input paths each tab shows, to badge a tab with errors and open it on Save. */
export const POLICY_TAB_FIELDS: Record<PolicyTab, readonly string[]> = {
  access: ['apiIds', 'rateLimitRequests', 'rateLimitPeriodSeconds', 'quotaMax', 'quotaRenewalSeconds', 'limitsWhenRedisDown'],
  configurations: ['name', 'keyExpiresInSeconds', 'active'],
};

interface PolicyFormProps {
  form: DraftForm<PolicyDraft, PolicyTab>;
  apis: readonly { id: string; name: string; listenPath: string }[];
  submitLabel: string;
  pending: boolean;
  onSubmit: () => void;
  actions?: ReactNode;
}

/**
 * The policy form as the seed guide walks it: the APIs it grants (selected from the list), rate
 * limit and quota on the first tab; the `Configurations` tab with name and expiry.
 */
export function PolicyForm({ form, apis, ...submit }: PolicyFormProps) {
  const { draft, edit: set, at } = form;
  const currentSeconds = (v: string) => (v === '' ? null : Number(v));

  const access = (
    <div className="form">
      {apis.length === 0 ? (
        <p className="alert alert--info">No APIs exist yet: create one under System Management -&gt; APIs first.</p>
      ) : (
        <CheckGroup
          label="APIs"
          hint="The APIs clients under this policy may call."
          column
          options={apis.map((api) => ({ value: api.id, label: api.name, hint: api.listenPath }))}
          value={draft.apiIds}
          onChange={(v) => set('apiIds', v)}
          errors={at('apiIds')}
        />
      )}
      <div className="field-row">
        <TextField
          label="Rate limit: requests"
          hint="Leave empty for no rate limit."
          type="number"
          min={1}
          inputMode="numeric"
          value={draft.rateLimitRequests}
          onChange={(e) => set('rateLimitRequests', e.currentTarget.value)}
          errors={at('rateLimitRequests')}
        />
        <SelectField
          label="Rate limit period"
          value={draft.rateLimitPeriodSeconds}
          onChange={(e) => set('rateLimitPeriodSeconds', e.currentTarget.value)}
          errors={at('rateLimitPeriodSeconds')}
        >
          {withCurrent(RATE_LIMIT_PERIODS, currentSeconds(draft.rateLimitPeriodSeconds), formatPer).map((o) => (
            <option key={o.seconds} value={o.seconds}>
              {o.label}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="field-row">
        <TextField
          label="Quota: requests"
          hint="Leave empty for no quota."
          type="number"
          min={1}
          inputMode="numeric"
          value={draft.quotaMax}
          onChange={(e) => set('quotaMax', e.currentTarget.value)}
          errors={at('quotaMax')}
        />
        <SelectField
          label="Quota renews every"
          value={draft.quotaRenewalSeconds}
          onChange={(e) => set('quotaRenewalSeconds', e.currentTarget.value)}
          errors={at('quotaRenewalSeconds')}
        >
          {withCurrent(QUOTA_RENEWALS, currentSeconds(draft.quotaRenewalSeconds), formatDuration).map((o) => (
            <option key={o.seconds} value={o.seconds}>
              {o.label}
            </option>
          ))}
        </SelectField>
      </div>
      <SelectField
        label="While Redis is unreachable"
        hint="Gateways count these limits together in Redis. Allow: requests go on, each gateway counting the limits alone, so several gateways admit more until Redis is back. Refuse: requests under these limits get 503 until Redis is back. Gateway default: the gateway's GATEWAY_LIMITS_FAIL_MODE (allow unless set to closed)."
        value={draft.limitsWhenRedisDown}
        onChange={(e) => set('limitsWhenRedisDown', e.currentTarget.value as PolicyDraft['limitsWhenRedisDown'])}
        errors={at('limitsWhenRedisDown')}
      >
        <option value="">Gateway default</option>
        <option value="ALLOW">Allow, counted by each gateway alone</option>
        <option value="REFUSE">Refuse with 503</option>
      </SelectField>
    </div>
  );

  const configurations = (
    <div className="form">
      <TextField label="Name" autoComplete="off" value={draft.name} onChange={(e) => set('name', e.currentTarget.value)} errors={at('name')} />
      <SelectField
        label="Expiry"
        hint="Key expiry: how long an OAuth client issued under this policy stays valid."
        value={draft.keyExpiresInSeconds}
        onChange={(e) => set('keyExpiresInSeconds', e.currentTarget.value)}
        errors={at('keyExpiresInSeconds')}
      >
        <option value="">Never</option>
        {withCurrent(KEY_EXPIRIES, currentSeconds(draft.keyExpiresInSeconds), formatDuration).map((o) => (
          <option key={o.seconds} value={o.seconds}>
            {o.label}
          </option>
        ))}
      </SelectField>
      <CheckboxField label="Active" hint="Only active policies are in force." checked={draft.active} onChange={(e) => set('active', e.currentTarget.checked)} />
    </div>
  );

  return (
    <EditorForm
      form={form}
      {...submit}
      tabs={{ label: 'Policy', names: { access: 'Access rights', configurations: 'Configurations' }, panels: { access, configurations } }}
    />
  );
}
