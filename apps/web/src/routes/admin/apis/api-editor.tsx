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
import { apiDraftFrom, toApiInput, type ApiDraft } from './api-draft.ts';
import { API_FIELD_PATHS, ApiForm } from './api-form.tsx';
import { DeleteApiMutation, UpdateApiMutation } from './save-api-mutations.ts';

export const ApiEditor_api = graphql(`
  fragment ApiEditor_api on Api {
    id
    name
    listenPath
    upstreamUrl
    jwksUri
    identitySource
    issuer
    audience
    active
    gatewayUrl
    defaultPolicy {
      id
      name
    }
    grantedBy {
      id
      name
    }
  }
`);

/** Edits one API; Delete API asks first and is refused while a policy grants the API. */
export function ApiEditor(props: { api: FragmentType<typeof ApiEditor_api> }) {
  const api = getFragmentData(ApiEditor_api, props.api);
  const navigate = useNavigate();
  const [draft, setDraft] = useState<ApiDraft>(() => apiDraftFrom(api));
  const { errors, show, clear, reset } = useFieldErrors();
  const [alert, setAlert] = useState<FormAlertContent | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [updateApi, { loading: saving }] = useMutation(UpdateApiMutation);
  const [deleteApi, { loading: deleting }] = useMutation(DeleteApiMutation, {
    update: (cache, { data }) => {
      if (data?.deleteApi.__typename === 'DeleteApiSuccess') evictRootFields(cache, 'apis', 'policies');
    },
  });

  async function save() {
    setAlert(null);
    try {
      const { data } = await updateApi({ variables: { input: { ...toApiInput(draft), id: api.id } } });
      const payload = data?.updateApi;
      if (payload?.__typename === 'UpdateApiSuccess') {
        reset();
        setAlert({ kind: 'success', title: `${draft.name.trim()} was saved.` });
      } else if (payload?.__typename === 'ValidationError') {
        show(payload.fieldErrors);
        setAlert({ kind: 'error', title: payload.message, messages: unplacedErrors(toFieldErrorMap(payload.fieldErrors), API_FIELD_PATHS) });
      }
    } catch (error) {
      setAlert({ kind: 'error', title: describeError(error).message });
    }
  }

  async function remove() {
    try {
      const { data } = await deleteApi({ variables: { input: { id: api.id } } });
      const payload = data?.deleteApi;
      setConfirming(false);
      if (payload?.__typename === 'DeleteApiSuccess') {
        await navigate('/admin/apis', { state: { notice: `${api.name} was deleted.` } satisfies FlashState });
      } else if (payload?.__typename === 'InUseError') {
        setAlert({ kind: 'error', title: `${api.name} was not deleted`, messages: [payload.message] });
      }
    } catch (error) {
      setConfirming(false);
      setAlert({ kind: 'error', title: describeError(error).message });
    }
  }

  return (
    <>
      <p className="muted">
        Served at <code className="code">{api.gatewayUrl}</code>
      </p>
      <FormAlert alert={alert} />
      <ApiForm
        draft={draft}
        onChange={setDraft}
        errors={errors}
        onFieldEdited={clear}
        defaultPolicyOptions={api.grantedBy}
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
        title={`Delete ${api.name}?`}
        confirmLabel="Delete API"
        pending={deleting}
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      >
        <p>The gateway stops serving {api.listenPath} at once. This cannot be undone.</p>
      </ConfirmDialog>
    </>
  );
}
