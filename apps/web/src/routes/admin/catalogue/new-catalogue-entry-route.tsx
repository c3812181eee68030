import { useMutation, useReadQuery } from '@apollo/client/react';
import { Suspense, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { useRouteData } from '../../../app/use-route-data.ts';
import { describeError } from '../../../components/describe-error.ts';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { evictRootFields } from '../components/evict-root-fields.ts';
import { toFieldErrorMap, unplacedErrors } from '../components/field-error-map.ts';
import type { FlashState } from '../components/flash-notice.tsx';
import { FormAlert, type FormAlertContent } from '../components/form-alert.tsx';
import { useFieldErrors } from '../components/use-field-errors.ts';
import { catalogueEntryDraftErrors, emptyCatalogueEntryDraft, toCatalogueEntryInput } from './catalogue-entry-draft.ts';
import { CATALOGUE_TAB_FIELDS, CatalogueEntryForm, tabToShow, type CatalogueTab } from './catalogue-entry-form.tsx';
import { CatalogueFormChoicesQuery, CreateCatalogueEntryMutation } from './catalogue-queries.ts';

export function loader() {
  return { choicesRef: preloadQuery(CatalogueFormChoicesQuery) };
}

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

/** Add New API: publish an API to the developer portal with a policy and its DCR settings. */
export function Component() {
  return (
    <div className="page page--narrow">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/admin/catalogue">Catalogue</Link>
      </nav>
      <PageHeader title="Add New API" description="Publish an API to the developer portal." />
      <Suspense fallback={<Loading label="Loading policies…" />}>
        <NewCatalogueEntry />
      </Suspense>
    </div>
  );
}

const allFields = [...CATALOGUE_TAB_FIELDS.details, 'overrideGlobalSettings', 'dcr'];

function NewCatalogueEntry() {
  const { choicesRef } = useRouteData<typeof loader>();
  const { data } = useReadQuery(choicesRef);
  const navigate = useNavigate();
  const [draft, setDraft] = useState(emptyCatalogueEntryDraft);
  const [tab, setTab] = useState<CatalogueTab>('details');
  const { errors, show, clear } = useFieldErrors();
  const [alert, setAlert] = useState<FormAlertContent | null>(null);
  const [createEntry, { loading }] = useMutation(CreateCatalogueEntryMutation, {
    update: (cache, { data: result }) => {
      if (result?.createCatalogueEntry.__typename === 'CreateCatalogueEntrySuccess') evictRootFields(cache, 'catalogueEntries', 'catalogue', 'publishedApis', 'publishedApi', 'policy');
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
      const { data: result } = await createEntry({ variables: { input: toCatalogueEntryInput(draft) } });
      const payload = result?.createCatalogueEntry;
      if (payload?.__typename === 'CreateCatalogueEntrySuccess') {
        await navigate('/admin/catalogue', { state: { notice: `${payload.entry.publicName} was published.` } satisfies FlashState });
      } else if (payload?.__typename === 'ValidationError') {
        showErrors(payload.fieldErrors, payload.message);
      }
    } catch (error) {
      setAlert({ kind: 'error', title: describeError(error).message });
    }
  }

  return (
    <>
      <FormAlert alert={alert} />
      <CatalogueEntryForm
        draft={draft}
        onChange={setDraft}
        errors={errors}
        onFieldEdited={clear}
        policies={data.policies.edges.map((e) => e.node)}
        globalDcr={data.portalSettings.dcr}
        tab={tab}
        onTabChange={setTab}
        pending={loading}
        onSubmit={() => void save()}
      />
    </>
  );
}
