import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { describeError } from '../../../components/describe-error.ts';
import { getFragmentData, graphql, type FragmentType } from '../../../graphql/generated/index.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { evictRootFields } from '../components/evict-root-fields.ts';
import { toFieldErrorMap, unplacedErrors } from '../components/field-error-map.ts';
import type { FlashState } from '../components/flash-notice.tsx';
import { FormAlert, type FormAlertContent } from '../components/form-alert.tsx';
import { useFieldErrors } from '../components/use-field-errors.ts';
import { policyDraftErrors, policyDraftFrom, toPolicyInput } from './policy-draft.ts';
import { firstTabWithErrors, POLICY_TAB_FIELDS, PolicyForm, type PolicyTab } from './policy-form.tsx';
import { DeletePolicyMutation, UpdatePolicyMutation } from './save-policy-mutations.ts';

export const PolicyEditor_policy = graphql(`
  fragment PolicyEditor_policy on Policy {
    id
    name
    apis {
      id
      name
    }
    rateLimitRequests
    rateLimitPeriodSeconds
    quotaMax
    quotaRenewalSeconds
    keyExpiresInSeconds
    limitsWhenRedisDown
    active
    defaultForApis {
      id
      name
    }
    catalogueEntries {
      id
      publicName
    }
  }
`);

const allFields = [...POLICY_TAB_FIELDS.access, ...POLICY_TAB_FIELDS.configurations];

/** Edits one policy; Delete Policy asks first and is refused while the policy is in use. */
export function PolicyEditor(props: { policy: FragmentType<typeof PolicyEditor_policy>; apis: readonly { id: string; name: string; listenPath: string }[] }) {
  const policy = getFragmentData(PolicyEditor_policy, props.policy);
  const navigate = useNavigate();
  const [draft, setDraft] = useState(() => policyDraftFrom(policy));
  const [tab, setTab] = useState<PolicyTab>('access');
  const { errors, show, clear, reset } = useFieldErrors();
  const [alert, setAlert] = useState<FormAlertContent | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [updatePolicy, { loading: saving }] = useMutation(UpdatePolicyMutation, {
    update: (cache) => evictRootFields(cache, 'api', 'apis'),
  });
  const [deletePolicy, { loading: deleting }] = useMutation(DeletePolicyMutation, {
    update: (cache, { data }) => {
      if (data?.deletePolicy.__typename === 'DeletePolicySuccess') evictRootFields(cache, 'policies', 'api', 'apis');
    },
  });
  const usedBy = [...policy.catalogueEntries.map((e) => `catalogue API ${e.publicName}`), ...policy.defaultForApis.map((a) => `API ${a.name} (Default Policy)`)];

  function showErrors(list: readonly { path: string; message: string }[], title: string) {
    const map = toFieldErrorMap(list);
    show(list);
    setTab((current) => (POLICY_TAB_FIELDS[current].some((p) => map.has(p)) ? current : (firstTabWithErrors(map) ?? current)));
    setAlert({ kind: 'error', title, messages: unplacedErrors(map, allFields) });
  }

  async function save() {
    setAlert(null);
    const local = policyDraftErrors(draft);
    if (local.length > 0) return showErrors(local, 'Some fields need attention.');
    try {
      const { data } = await updatePolicy({ variables: { input: { ...toPolicyInput(draft), id: policy.id } } });
      const payload = data?.updatePolicy;
      if (payload?.__typename === 'UpdatePolicySuccess') {
        reset();
        setAlert({ kind: 'success', title: `${draft.name.trim()} was saved.` });
      } else if (payload?.__typename === 'ValidationError') {
        showErrors(payload.fieldErrors, payload.message);
      }
    } catch (error) {
      setAlert({ kind: 'error', title: describeError(error).message });
    }
  }

  async function remove() {
    try {
      const { data } = await deletePolicy({ variables: { input: { id: policy.id } } });
      const payload = data?.deletePolicy;
      setConfirming(false);
      if (payload?.__typename === 'DeletePolicySuccess') {
        await navigate('/admin/policies', { state: { notice: `${policy.name} was deleted.` } satisfies FlashState });
      } else if (payload?.__typename === 'InUseError') {
        setAlert({ kind: 'error', title: `${policy.name} was not deleted`, messages: [payload.message] });
      }
    } catch (error) {
      setConfirming(false);
      setAlert({ kind: 'error', title: describeError(error).message });
    }
  }

  return (
    <>
      {usedBy.length > 0 ? <p className="muted">Used by {usedBy.join(', ')}.</p> : null}
      <FormAlert alert={alert} />
      <PolicyForm
        draft={draft}
        onChange={setDraft}
        errors={errors}
        onFieldEdited={clear}
        apis={props.apis}
        tab={tab}
        onTabChange={setTab}
        submitLabel="Update Policy"
        pending={saving}
        onSubmit={() => void save()}
        actions={
          <button type="button" className="button" onClick={() => setConfirming(true)} disabled={saving || deleting}>
            Delete Policy
          </button>
        }
      />
      <ConfirmDialog
        open={confirming}
        title={`Delete ${policy.name}?`}
        confirmLabel="Delete Policy"
        pending={deleting}
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      >
        <p>This cannot be undone.</p>
      </ConfirmDialog>
    </>
  );
}
