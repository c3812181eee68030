import type { FormEvent, ReactNode } from 'react';
import { Spinner } from '../../../components/spinner.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { DcrSettingsSection } from '../components/dcr-settings-section.tsx';
import { countUnder, errorsAt, type FieldErrorMap } from '../components/field-error-map.ts';
import { CheckboxField, SelectField, TextAreaField } from '../components/form-fields.tsx';
import { Tabs } from '../components/tabs.tsx';
import type { CatalogueEntryDraft } from './catalogue-entry-draft.ts';
import { GlobalDcrSummary } from './global-dcr-summary.tsx';

export type CatalogueTab = 'details' | 'settings';

export const CATALOGUE_TAB_FIELDS: Record<CatalogueTab, readonly string[]> = {
  details: ['publicName', 'description', 'policyId', 'visible'],
  settings: ['overrideGlobalSettings', 'dcr'],
};

export function tabToShow(errors: FieldErrorMap, current: CatalogueTab): CatalogueTab {
  if (countUnder(errors, CATALOGUE_TAB_FIELDS[current]) > 0) return current;
  return (Object.keys(CATALOGUE_TAB_FIELDS) as CatalogueTab[]).find((t) => countUnder(errors, CATALOGUE_TAB_FIELDS[t]) > 0) ?? current;
}

interface CatalogueEntryFormProps {
  draft: CatalogueEntryDraft;
  onChange: (draft: CatalogueEntryDraft) => void;
  errors: FieldErrorMap;
  onFieldEdited: (path: string) => void;
  policies: readonly { id: string; name: string }[];
  globalDcr: Parameters<typeof GlobalDcrSummary>[0]['settings'];
  tab: CatalogueTab;
  onTabChange: (tab: CatalogueTab) => void;
  pending: boolean;
  onSubmit: () => void;
  actions?: ReactNode;
}

/**
 * Publishing an API: public name, description, policy and show/hide on Details; the seed's
 * Settings tab with `Override global settings` and `Dynamic Client Registration for portal APIs`.
 */
export function CatalogueEntryForm(props: CatalogueEntryFormProps) {
  const { draft, errors, pending } = props;
  const set = <K extends keyof CatalogueEntryDraft>(key: K, value: CatalogueEntryDraft[K]) => {
    props.onChange({ ...draft, [key]: value });
    props.onFieldEdited(key);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!pending) props.onSubmit();
  }

  const details = (
    <div className="form">
      <TextField
        label="Public name"
        hint="What developers see in the catalogue, for example Curity Demo API."
        autoComplete="off"
        value={draft.publicName}
        onChange={(e) => set('publicName', e.currentTarget.value)}
        errors={errorsAt(errors, 'publicName')}
      />
      <TextAreaField
        label="Description"
        hint="What the API does, shown on its catalogue card."
        value={draft.description}
        onChange={(e) => set('description', e.currentTarget.value)}
        errors={errorsAt(errors, 'description')}
      />
      <SelectField
        label="Policy"
        hint={props.policies.length ? 'The policy clients of this API get.' : 'No policy exists yet: add one under System Management -> Policies first.'}
        value={draft.policyId}
        onChange={(e) => set('policyId', e.currentTarget.value)}
        errors={errorsAt(errors, 'policyId')}
      >
        <option value="">Select a policy</option>
        {props.policies.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <CheckboxField
        label="Show in the portal"
        hint="Hidden APIs stay configured, but developers neither see them nor create clients for them."
        checked={draft.visible}
        onChange={(e) => set('visible', e.currentTarget.checked)}
        errors={errorsAt(errors, 'visible')}
      />
    </div>
  );

  const settings = (
    <div className="form">
      <CheckboxField
        label="Override global settings"
        hint="Use Dynamic Client Registration settings of this API’s own instead of the portal’s global ones."
        checked={draft.overrideGlobalSettings}
        onChange={(e) => set('overrideGlobalSettings', e.currentTarget.checked)}
        errors={[...errorsAt(errors, 'overrideGlobalSettings'), ...errorsAt(errors, 'dcr')]}
      />
      {draft.overrideGlobalSettings ? (
        <>
          <div className="alert alert--info">
            <p className="alert__title">This API’s own settings apply</p>
          </div>
          <DcrSettingsSection draft={draft.dcr} onChange={(dcr) => props.onChange({ ...draft, dcr })} errors={errors} prefix="dcr." onFieldEdited={props.onFieldEdited} />
        </>
      ) : (
        <GlobalDcrSummary settings={props.globalDcr} />
      )}
    </div>
  );

  return (
    <form className="form-panel" onSubmit={submit} noValidate aria-busy={pending || undefined}>
      <Tabs
        label="Catalogue API"
        tabs={[
          { key: 'details', label: 'Details', errorCount: countUnder(errors, CATALOGUE_TAB_FIELDS.details) },
          { key: 'settings', label: 'Settings', errorCount: countUnder(errors, CATALOGUE_TAB_FIELDS.settings) },
        ]}
        selected={props.tab}
        onSelect={props.onTabChange}
        panels={{ details, settings }}
      />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          Save
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
