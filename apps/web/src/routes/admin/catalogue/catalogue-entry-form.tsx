import type { ReactNode } from 'react';
import { TextField } from '../../../forms/text-field.tsx';
import { DcrSettingsSection } from '../components/dcr-settings-section.tsx';
import { EditorForm } from '../../../forms/editor-form.tsx';
import { CheckboxField, SelectField, TextAreaField } from '../../../forms/form-fields.tsx';
import type { DraftForm } from '../../../forms/use-draft-form.ts';
import type { CatalogueEntryDraft } from './catalogue-entry-draft.ts';
import { GlobalDcrSummary } from './global-dcr-summary.tsx';

export type CatalogueTab = 'details' | 'settings';

export const CATALOGUE_TAB_FIELDS: Record<CatalogueTab, readonly string[]> = {
  details: ['publicName', 'description', 'policyId', 'visible'],
  settings: ['overrideGlobalSettings', 'dcr'],
};

interface CatalogueEntryFormProps {
  form: DraftForm<CatalogueEntryDraft, CatalogueTab>;
  policies: readonly { id: string; name: string }[];
  globalDcr: Parameters<typeof GlobalDcrSummary>[0]['settings'];
  pending: boolean;
  onSubmit: () => void;
  actions?: ReactNode;
}

/**
 * Publishing an API: public name, description, policy and show/hide on Details; the seed's
 * Settings tab with `Override global settings` and `Dynamic Client Registration for portal APIs`.
 */
export function CatalogueEntryForm({ form, policies, globalDcr, ...submit }: CatalogueEntryFormProps) {
  const { draft, edit: set, at } = form;

  const details = (
    <div className="form">
      <TextField
        label="Public name"
        hint="What developers see in the catalogue, for example Curity Demo API."
        autoComplete="off"
        value={draft.publicName}
        onChange={(e) => set('publicName', e.currentTarget.value)}
        errors={at('publicName')}
      />
      <TextAreaField
        label="Description"
        hint="What the API does, shown on its catalogue card."
        value={draft.description}
        onChange={(e) => set('description', e.currentTarget.value)}
        errors={at('description')}
      />
      <SelectField
        label="Policy"
        hint={policies.length ? 'The policy clients of this API get.' : 'No policy exists yet: add one under System Management -> Policies first.'}
        value={draft.policyId}
        onChange={(e) => set('policyId', e.currentTarget.value)}
        errors={at('policyId')}
      >
        <option value="">Select a policy</option>
        {policies.map((p) => (
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
        errors={at('visible')}
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
        errors={[...at('overrideGlobalSettings'), ...at('dcr')]}
      />
      {draft.overrideGlobalSettings ? (
        <>
          <div className="alert alert--info">
            <p className="alert__title">This API’s own settings apply</p>
          </div>
          <DcrSettingsSection draft={draft.dcr} onChange={(dcr) => form.setDraft((d) => ({ ...d, dcr }))} errors={form.errors} prefix="dcr." onFieldEdited={form.clear} />
        </>
      ) : (
        <GlobalDcrSummary settings={globalDcr} />
      )}
    </div>
  );

  return (
    <EditorForm
      form={form}
      submitLabel="Save"
      {...submit}
      tabs={{ label: 'Catalogue API', names: { details: 'Details', settings: 'Settings' }, panels: { details, settings } }}
    />
  );
}
