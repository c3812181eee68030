import { getFragmentData, graphql, type FragmentType } from '../../../graphql/generated/index.ts';
import { DeleteAction } from '../../../forms/delete-action.tsx';
import { useCreatedNotice } from '../../../forms/flash-notice.tsx';
import { useDraftForm } from '../../../forms/use-draft-form.ts';
import { useSaveDraft } from '../../../forms/use-save-draft.ts';
import { emptyPolicyDraft, policyDraftErrors, policyDraftFrom, toPolicyInput } from './policy-draft.ts';
import { POLICY_TAB_FIELDS, PolicyForm } from './policy-form.tsx';
import { CreatePolicyMutation, DeletePolicyMutation, UpdatePolicyMutation } from './save-policy-mutations.ts';

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

interface PolicyEditorProps {
  /** The policy to edit; none to add one. */
  policy?: FragmentType<typeof PolicyEditor_policy>;
  apis: readonly { id: string; name: string; listenPath: string }[];
}

/** Adds or edits a policy; Delete Policy asks first and is refused while the policy is in use. */
export function PolicyEditor(props: PolicyEditorProps) {
  const policy = props.policy ? getFragmentData(PolicyEditor_policy, props.policy) : null;
  const form = useDraftForm({ initial: () => (policy ? policyDraftFrom(policy) : emptyPolicyDraft()), tabs: POLICY_TAB_FIELDS, check: policyDraftErrors });
  const created = useCreatedNotice('/admin/policies');
  const { save, pending, updating } = useSaveDraft(form, {
    id: policy?.id ?? null,
    create: CreatePolicyMutation,
    update: UpdatePolicyMutation,
    toInput: toPolicyInput,
    onCreated: (payload) => created(`${payload.policy.name} was created.`),
    onUpdated: () => form.saved(`${form.draft.name.trim()} was saved.`),
  });

  const usedBy = policy
    ? [...policy.catalogueEntries.map((e) => `catalogue API ${e.publicName}`), ...policy.defaultForApis.map((a) => `API ${a.name} (Default Policy)`)]
    : [];
  return (
    <>
      {usedBy.length > 0 ? <p className="muted">Used by {usedBy.join(', ')}.</p> : null}
      <PolicyForm
        form={form}
        apis={props.apis}
        submitLabel={policy ? 'Update Policy' : 'Create Policy'}
        pending={pending}
        onSubmit={() => void save()}
        actions={
          policy ? (
            <DeleteAction
              mutation={DeletePolicyMutation}
              id={policy.id}
              name={policy.name}
              label="Delete Policy"
              backTo="/admin/policies"
              disabled={updating}
              onRefused={form.setAlert}
            >
              <p>This cannot be undone.</p>
            </DeleteAction>
          ) : undefined
        }
      />
    </>
  );
}
