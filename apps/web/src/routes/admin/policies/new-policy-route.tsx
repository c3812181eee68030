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
import { emptyPolicyDraft, policyDraftErrors, toPolicyInput } from './policy-draft.ts';
import { firstTabWithErrors, POLICY_TAB_FIELDS, PolicyForm, type PolicyTab } from './policy-form.tsx';
import { CreatePolicyMutation, PolicyApiChoicesQuery } from './save-policy-mutations.ts';

export function loader() {
  return { apisRef: preloadQuery(PolicyApiChoicesQuery) };
}

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

/** Add Policy: select the APIs, then the Configurations tab (name, expiry), then Create Policy. */
export function Component() {
  return (
    <div className="page page--narrow">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/admin/policies">Policies</Link>
      </nav>
      <PageHeader title="Add Policy" description="Which APIs clients may call, how often, and for how long." />
      <Suspense fallback={<Loading label="Loading the APIs…" />}>
        <NewPolicy />
      </Suspense>
    </div>
  );
}

const allFields = [...POLICY_TAB_FIELDS.access, ...POLICY_TAB_FIELDS.configurations];

function NewPolicy() {
  const { apisRef } = useRouteData<typeof loader>();
  const { data } = useReadQuery(apisRef);
  const navigate = useNavigate();
  const [draft, setDraft] = useState(emptyPolicyDraft);
  const [tab, setTab] = useState<PolicyTab>('access');
  const { errors, show, clear } = useFieldErrors();
  const [alert, setAlert] = useState<FormAlertContent | null>(null);
  const [createPolicy, { loading }] = useMutation(CreatePolicyMutation, {
    update: (cache, { data: result }) => {
      if (result?.createPolicy.__typename === 'CreatePolicySuccess') evictRootFields(cache, 'policies', 'apis', 'api');
    },
  });

  function showErrors(list: readonly { path: string; message: string }[], title: string) {
    const map = toFieldErrorMap(list);
    show(list);
    setTab((current) => (countIn(map, current) ? current : (firstTabWithErrors(map) ?? current)));
    setAlert({ kind: 'error', title, messages: unplacedErrors(map, allFields) });
  }

  async function save() {
    setAlert(null);
    const local = policyDraftErrors(draft);
    if (local.length > 0) return showErrors(local, 'Some fields need attention.');
    try {
      const { data: result } = await createPolicy({ variables: { input: toPolicyInput(draft) } });
      const payload = result?.createPolicy;
      if (payload?.__typename === 'CreatePolicySuccess') {
        await navigate('/admin/policies', { state: { notice: `${payload.policy.name} was created.` } satisfies FlashState });
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
      <PolicyForm
        draft={draft}
        onChange={setDraft}
        errors={errors}
        onFieldEdited={clear}
        apis={data.apis.edges.map((e) => e.node)}
        tab={tab}
        onTabChange={setTab}
        submitLabel="Create Policy"
        pending={loading}
        onSubmit={() => void save()}
      />
    </>
  );
}

function countIn(map: ReturnType<typeof toFieldErrorMap>, tab: PolicyTab): boolean {
  return POLICY_TAB_FIELDS[tab].some((path) => map.has(path));
}
