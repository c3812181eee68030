import type { Provider } from '@gatehouse/dcr/identity-claims';
import { getFragmentData, graphql, type FragmentType } from '../../../graphql/generated/index.ts';
import { DeleteAction } from '../../../forms/delete-action.tsx';
import { useCreatedNotice } from '../../../forms/flash-notice.tsx';
import { useDraftForm } from '../../../forms/use-draft-form.ts';
import { useSaveDraft } from '../../../forms/use-save-draft.ts';
import { apiDraftFrom, emptyApiDraft, toApiInput } from './api-draft.ts';
import { API_FIELD_PATHS, ApiForm } from './api-form.tsx';
import { CreateApiMutation, DeleteApiMutation, UpdateApiMutation } from './save-api-mutations.ts';

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

type ApiEditorProps =
  | { api: FragmentType<typeof ApiEditor_api> }
  /** A new API: its name as given, and the DCR provider whose tokens it most likely takes. */
  | { api?: undefined; name: string; dcrProvider: Provider | null };

/** Creates or edits an API; Delete API asks first and is refused while a policy grants the API. */
export function ApiEditor(props: ApiEditorProps) {
  const api = props.api ? getFragmentData(ApiEditor_api, props.api) : null;
  const form = useDraftForm({ initial: () => (api ? apiDraftFrom(api) : emptyApiDraft(props.api ? '' : props.name)), tabs: { api: API_FIELD_PATHS } });
  const created = useCreatedNotice('/admin/apis');
  const { save, pending, updating } = useSaveDraft(form, {
    id: api?.id ?? null,
    create: CreateApiMutation,
    update: UpdateApiMutation,
    toInput: toApiInput,
    onCreated: (payload) => created(`${payload.api.name} was created.`),
    onUpdated: () => form.saved(`${form.draft.name.trim()} was saved.`),
  });

  return (
    <>
      {api ? (
        <p className="muted">
          Served at <code className="code">{api.gatewayUrl}</code>
        </p>
      ) : null}
      <ApiForm
        form={form}
        defaultPolicyOptions={api ? api.grantedBy : null}
        dcrProvider={props.api ? null : props.dcrProvider}
        pending={pending}
        onSubmit={() => void save()}
        actions={
          api ? (
            <DeleteAction mutation={DeleteApiMutation} id={api.id} name={api.name} label="Delete API" backTo="/admin/apis" disabled={updating} onRefused={form.setAlert}>
              <p>The gateway stops serving {api.listenPath} at once. This cannot be undone.</p>
            </DeleteAction>
          ) : undefined
        }
      />
    </>
  );
}
