import type { ResultOf } from '@graphql-typed-document-node/core';
import { getFragmentData, graphql, type FragmentType } from '../../../graphql/generated/index.ts';
import { DeleteAction } from '../../../forms/delete-action.tsx';
import { useCreatedNotice } from '../../../forms/flash-notice.tsx';
import { useDraftForm } from '../../../forms/use-draft-form.ts';
import { useSaveDraft } from '../../../forms/use-save-draft.ts';
import { dcrDraftFrom } from '../components/dcr-draft.ts';
import { catalogueEntryDraftErrors, emptyCatalogueEntryDraft, toCatalogueEntryInput, type CatalogueEntryDraft } from './catalogue-entry-draft.ts';
import { CATALOGUE_TAB_FIELDS, CatalogueEntryForm } from './catalogue-entry-form.tsx';
import { CreateCatalogueEntryMutation, DeleteCatalogueEntryMutation, UpdateCatalogueEntryMutation } from './catalogue-queries.ts';
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

type Entry = ResultOf<typeof CatalogueEntryEditor_entry>;

function draftFrom(entry: Entry): CatalogueEntryDraft {
  return {
    publicName: entry.publicName,
    description: entry.description,
    policyId: entry.policy.id,
    visible: entry.visible,
    overrideGlobalSettings: entry.overrideGlobalSettings,
    dcr: dcrDraftFrom(entry.dcrOverride),
  };
}

interface CatalogueEntryEditorProps {
  /** The published API to edit; none to publish one. */
  entry?: FragmentType<typeof CatalogueEntryEditor_entry>;
  policies: readonly { id: string; name: string }[];
  globalDcr: Parameters<typeof GlobalDcrSummary>[0]['settings'];
}

/** Publishes or edits an API; Delete asks first and is refused while developers have clients for it. */
export function CatalogueEntryEditor(props: CatalogueEntryEditorProps) {
  const entry = props.entry ? getFragmentData(CatalogueEntryEditor_entry, props.entry) : null;
  const form = useDraftForm({ initial: () => (entry ? draftFrom(entry) : emptyCatalogueEntryDraft()), tabs: CATALOGUE_TAB_FIELDS, check: catalogueEntryDraftErrors });
  const created = useCreatedNotice('/admin/catalogue');
  const { save, pending, updating } = useSaveDraft(form, {
    id: entry?.id ?? null,
    create: CreateCatalogueEntryMutation,
    update: UpdateCatalogueEntryMutation,
    toInput: toCatalogueEntryInput,
    onCreated: (payload) => created(`${payload.entry.publicName} was published.`),
    onUpdated: (payload) => {
      form.saved(`${form.draft.publicName.trim()} was saved.`);
      // The stored token state comes back as set / not set; the typed one is gone from the form.
      const saved = getFragmentData(CatalogueEntryEditor_entry, payload.entry);
      form.setDraft((d) => ({ ...d, dcr: saved.dcrOverride ? dcrDraftFrom(saved.dcrOverride) : d.dcr }));
    },
  });

  return (
    <>
      {entry ? (
        <p className="muted">
          {entry.effectiveDcr.source === 'OVERRIDE' ? 'Uses its own Dynamic Client Registration settings.' : 'Uses the global Dynamic Client Registration settings.'}
        </p>
      ) : null}
      <CatalogueEntryForm
        form={form}
        policies={props.policies}
        globalDcr={props.globalDcr}
        pending={pending}
        onSubmit={() => void save()}
        actions={
          entry ? (
            <DeleteAction
              mutation={DeleteCatalogueEntryMutation}
              id={entry.id}
              name={entry.publicName}
              label="Delete API"
              backTo="/admin/catalogue"
              disabled={updating}
              onRefused={form.setAlert}
            >
              <p>Developers no longer see it in the catalogue. This cannot be undone; hiding it can.</p>
            </DeleteAction>
          ) : undefined
        }
      />
    </>
  );
}
