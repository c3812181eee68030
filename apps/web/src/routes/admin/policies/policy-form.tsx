import type { FormEvent, ReactNode } from 'react';
import { Spinner } from '../../../components/spinner.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { formatDuration, formatPer } from '../../../lib/format-duration.ts';
import { countUnder, errorsAt, type FieldErrorMap } from '../components/field-error-map.ts';
import { CheckboxField, CheckGroup, SelectField } from '../components/form-fields.tsx';
import { Tabs } from '../components/tabs.tsx';
import { KEY_EXPIRIES, QUOTA_RENEWALS, RATE_LIMIT_PERIODS, withCurrent } from './policy-durations.ts';
import type { PolicyDraft } from './policy-draft.ts';

export type PolicyTab = 'access' | 'configurations';

/** Which input paths each tab shows, to badge a tab with errors and open it on Save. */
export const POLICY_TAB_FIELDS: Record<PolicyTab, readonly string[]> = {
  access: ['apiIds', 'rateLimitRequests', 'rateLimitPeriodSeconds', 'quotaMax', 'quotaRenewalSeconds', 'limitsWhenRedisDown'],
  configurations: ['name', 'keyExpiresInSeconds', 'active'],
};

/** The first tab with an error, so Save can show it. */
export function firstTabWithErrors(errors: FieldErrorMap): PolicyTab | null {
  return (Object.keys(POLICY_TAB_FIELDS) as PolicyTab[]).find((tab) => countUnder(errors, POLICY_TAB_FIELDS[tab]) > 0) ?? null;
}

interface PolicyFormProps {
  draft: PolicyDraft;
  onChange: (draft: PolicyDraft) => void;
  errors: FieldErrorMap;
  onFieldEdited: (path: string) => void;
  apis: readonly { id: string; name: string; listenPath: string }[];
  tab: PolicyTab;
  onTabChange: (tab: PolicyTab) => void;
  submitLabel: string;
  pending: boolean;
  onSubmit: () => void;
  actions?: ReactNode;
}

/**
 * The policy form as the seed guide walks it: the APIs it grants (selected from the list), rate
 * limit and quota on the first tab; the `Configurations` tab with name and expiry.
 */
export function PolicyForm(props: PolicyFormProps) {
  const { draft, errors, tab, submitLabel, pending } = props;
  const set = <K extends keyof PolicyDraft>(key: K, value: PolicyDraft[K]) => {
    props.onChange({ ...draft, [key]: value });
    props.onFieldEdited(key);
  };
  const currentSeconds = (v: string) => (v === '' ? null : Number(v));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!pending) props.onSubmit();
  }

  const access = (
    <div className="form">
      {props.apis.length === 0 ? (
        <p className="alert alert--info">No APIs exist yet: create one under System Management -&gt; APIs first.</p>
      ) : (
        <CheckGroup
          label="APIs"
          hint="The APIs clients under this policy may call."
          column
          options={props.apis.map((api) => ({ value: api.id, label: api.name, hint: api.listenPath }))}
          value={draft.apiIds}
          onChange={(v) => set('apiIds', v)}
          errors={errorsAt(errors, 'apiIds')}
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
          errors={errorsAt(errors, 'rateLimitRequests')}
        />
        <SelectField
          label="Rate limit period"
          value={draft.rateLimitPeriodSeconds}
          onChange={(e) => set('rateLimitPeriodSeconds', e.currentTarget.value)}
          errors={errorsAt(errors, 'rateLimitPeriodSeconds')}
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
          errors={errorsAt(errors, 'quotaMax')}
        />
        <SelectField
          label="Quota renews every"
          value={draft.quotaRenewalSeconds}
          onChange={(e) => set('quotaRenewalSeconds', e.currentTarget.value)}
          errors={errorsAt(errors, 'quotaRenewalSeconds')}
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
        errors={errorsAt(errors, 'limitsWhenRedisDown')}
      >
        <option value="">Gateway default</option>
        <option value="ALLOW">Allow, counted by each gateway alone</option>
        <option value="REFUSE">Refuse with 503</option>
      </SelectField>
    </div>
  );

  const configurations = (
    <div className="form">
      <TextField label="Name" autoComplete="off" value={draft.name} onChange={(e) => set('name', e.currentTarget.value)} errors={errorsAt(errors, 'name')} />
      <SelectField
        label="Expiry"
        hint="Key expiry: how long an OAuth client issued under this policy stays valid."
        value={draft.keyExpiresInSeconds}
        onChange={(e) => set('keyExpiresInSeconds', e.currentTarget.value)}
        errors={errorsAt(errors, 'keyExpiresInSeconds')}
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
    <form className="form-panel" onSubmit={submit} noValidate aria-busy={pending || undefined}>
      <Tabs
        label="Policy"
        tabs={[
          { key: 'access', label: 'Access rights', errorCount: countUnder(errors, POLICY_TAB_FIELDS.access) },
          { key: 'configurations', label: 'Configurations', errorCount: countUnder(errors, POLICY_TAB_FIELDS.configurations) },
        ]}
        selected={tab}
        onSelect={props.onTabChange}
        panels={{ access, configurations }}
      />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {submitLabel}
        </button>
        {props.actions}
        <span className="actions__status" role="status">
          {pending ? (
            <>
              <Spinner size="sm" /> Saving…
            </>
          ) : null}
        </span>
      </div>
    </form>
  );
}
