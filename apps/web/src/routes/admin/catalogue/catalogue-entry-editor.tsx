import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { describeError } from '../../../components/describe-error.ts';
import { getFragmentData, graphql, type FragmentType } from '../../../graphql/generated/index.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { dcrDraftFrom } from '../components/dcr-draft.ts';
import { evictRootFields } from '../components/evict-root-fields.ts';
import { toFieldErrorMap, unplacedErrors } from '../components/field-error-map.ts';
import type { FlashState } from '../components/flash-notice.tsx';
import { FormAlert, type FormAlertContent } from '../components/form-alert.tsx';
import { useFieldErrors } from '../components/use-field-errors.ts';
import { catalogueEntryDraftErrors, toCatalogueEntryInput, type CatalogueEntryDraft } from './catalogue-entry-draft.ts';
import { CATALOGUE_TAB_FIELDS, CatalogueEntryForm, tabToShow, type CatalogueTab } from './catalogue-entry-form.tsx';
import { DeleteCatalogueEntryMutation, UpdateCatalogueEntryMutation } from './catalogue-queries.ts';
import type { GlobalDcrSummary } from './global-dcr-summary.tsx';

export const CatalogueEntryEditor_entry = graphql(`
  fragment CatalogueEntryEditor_entry on CatalogueEntry {
    id
    publicName
    description
    visible
    policy {
      id
      name
    }
    overrideGlobalSettings
    dcrOverride {
      enabled
      provider
      grantTypes
      tokenEndpointAuthMethod
      responseTypes
      identityProviderHost
      clientRegistrationEndpoint
      initialRegistrationAccessTokenSet
    }
    effectiveDcr {
      source
    }
  }
`);

const allFields = [...CATALOGUE_TAB_FIELDS.details, 'overrideGlobalSettings', 'dcr'];

interface CatalogueEntryEditorProps {
  entry: FragmentType<typeof CatalogueEntryEditor_entry>;
  policies: readonly { id: string; name: string }[];
  globalDcr: Parameters<typeof GlobalDcrSummary>[0]['settings'];
}

/** Edits a published API; Delete asks first and is refused while developers have clients for it. */
export function CatalogueEntryEditor(props: CatalogueEntryEditorProps) {
  const entry = getFragmentData(CatalogueEntryEditor_entry, props.entry);
  const navigate = useNavigate();
  const [draft, setDraft] = useState<CatalogueEntryDraft>(() => ({
    publicName: entry.publicName,
    description: entry.description,
    policyId: entry.policy.id,
    visible: entry.visible,
    overrideGlobalSettings: entry.overrideGlobalSettings,
    dcr: dcrDraftFrom(entry.dcrOverride),
  }));
  const [tab, setTab] = useState<CatalogueTab>('details');
  const { errors, show, clear, reset } = useFieldErrors();
  const [alert, setAlert] = useState<FormAlertContent | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [updateEntry, { loading: saving }] = useMutation(UpdateCatalogueEntryMutation, {
    update: (cache) => evictRootFields(cache, 'catalogue', 'publishedApis', 'publishedApi', 'policy'),
  });
  const [deleteEntry, { loading: deleting }] = useMutation(DeleteCatalogueEntryMutation, {
    update: (cache, { data }) => {
      if (data?.deleteCatalogueEntry.__typename === 'DeleteCatalogueEntrySuccess') evictRootFields(cache, 'catalogueEntries', 'catalogue', 'publishedApis', 'publishedApi', 'policy');
    },
  });

  function showErrors(list: readonly { path: string; message: string }[], title: string) {
    const map = toFieldErrorMap(list);
    show(list);
    setTab((current) => tabToShow(map, current));
    setAlert({ kind: 'error', title, messages: unplacedErrors(map, allFields) });
  }

  async function save() {
    setAlert(null);
    const local = catalogueEntryDraftErrors(draft);
    if (local.length > 0) return showErrors(local, 'Some fields need attention.');
    try {
      const { data } = await updateEntry({ variables: { input: { ...toCatalogueEntryInput(draft), id: entry.id } } });
      const payload = data?.updateCatalogueEntry;
      if (payload?.__typename === 'UpdateCatalogueEntrySuccess') {
        reset();
        // The stored token state comes back as set / not set; the typed one is gone from the form.
        const saved = getFragmentData(CatalogueEntryEditor_entry, payload.entry);
        setDraft((d) => ({ ...d, dcr: saved.dcrOverride ? dcrDraftFrom(saved.dcrOverride) : d.dcr }));
        setAlert({ kind: 'success', title: `${draft.publicName.trim()} was saved.` });
      } else if (payload?.__typename === 'ValidationError') {
        showErrors(payload.fieldErrors, payload.message);
      }
    } catch (error) {
      setAlert({ kind: 'error', title: describeError(error).message });
    }
  }

  async function remove() {
    try {
      const { data } = await deleteEntry({ variables: { input: { id: entry.id } } });
      const payload = data?.deleteCatalogueEntry;
      setConfirming(false);
      if (payload?.__typename === 'DeleteCatalogueEntrySuccess') {
        await navigate('/admin/catalogue', { state: { notice: `${entry.publicName} was deleted.` } satisfies FlashState });
      } else if (payload?.__typename === 'InUseError') {
        setAlert({ kind: 'error', title: `${entry.publicName} was not deleted`, messages: [payload.message] });
      }
    } catch (error) {
      setConfirming(false);
      setAlert({ kind: 'error', title: describeError(error).message });
    }
  }

  return (
    <>
      <p className="muted">
        {entry.effectiveDcr.source === 'OVERRIDE' ? 'Uses its own Dynamic Client Registration settings.' : 'Uses the global Dynamic Client Registration settings.'}
      </p>
      <FormAlert alert={alert} />
      <CatalogueEntryForm
        draft={draft}
        onChange={setDraft}
        errors={errors}
        onFieldEdited={clear}
        policies={props.policies}
        globalDcr={props.globalDcr}
        tab={tab}
        onTabChange={setTab}
        pending={saving}
        onSubmit={() => void save()}
        actions={
          <button type="button" className="button" onClick={() => setConfirming(true)} disabled={saving || deleting}>
            Delete API
          </button>
        }
      />
      <ConfirmDialog
        open={confirming}
        title={`Delete ${entry.publicName}?`}
        confirmLabel="Delete API"
        pending={deleting}
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      >
        <p>Developers no longer see it in the catalogue. This cannot be undone; hiding it can.</p>
      </ConfirmDialog>
    </>
  );
}
