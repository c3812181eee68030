import { useMutation, useReadQuery } from '@apollo/client/react';
import { Suspense, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { useRouteData } from '../../../app/use-route-data.ts';
import { describeError } from '../../../components/describe-error.ts';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { graphql } from '../../../graphql/generated/index.ts';
import { evictRootFields } from '../components/evict-root-fields.ts';
import { toFieldErrorMap, unplacedErrors } from '../components/field-error-map.ts';
import type { FlashState } from '../components/flash-notice.tsx';
import { FormAlert, type FormAlertContent } from '../components/form-alert.tsx';
import { useFieldErrors } from '../components/use-field-errors.ts';
import { emptyApiDraft, toApiInput, type ApiDraft } from './api-draft.ts';
import { API_FIELD_PATHS, ApiForm } from './api-form.tsx';
import { CreateApiMutation } from './save-api-mutations.ts';

const NewApiRouteQuery = graphql(`
  query NewApiRoute {
    portalSettings {
      dcr {
        enabled
        provider
      }
    }
  }
`);

/** The portal's global DCR provider: whose tokens a new API most likely takes. */
export function loader() {
  return { settingsRef: preloadQuery(NewApiRouteQuery) };
}

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

/**
 * Create a new API, as the seed guide does it: give it a name, click Configure API, fill in the
 * Authentication section, Save.
 */
export function Component() {
  return (
    <Suspense fallback={<Loading label="Loading…" />}>
      <NewApi />
    </Suspense>
  );
}

function NewApi() {
  const { settingsRef } = useRouteData<typeof loader>();
  const { dcr } = useReadQuery(settingsRef).data.portalSettings;
  const navigate = useNavigate();
  const [draft, setDraft] = useState<ApiDraft | null>(null);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string[]>([]);
  const { errors, show, clear } = useFieldErrors();
  const [alert, setAlert] = useState<FormAlertContent | null>(null);
  const [createApi, { loading }] = useMutation(CreateApiMutation, {
    update: (cache, { data }) => {
      if (data?.createApi.__typename === 'CreateApiSuccess') evictRootFields(cache, 'apis');
    },
  });

  function configure(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setNameError(['Enter a name, for example curity-api.']);
      return;
    }
    setDraft(emptyApiDraft(name));
  }

  async function save(current: ApiDraft) {
    setAlert(null);
    try {
      const { data } = await createApi({ variables: { input: toApiInput(current) } });
      const payload = data?.createApi;
      if (payload?.__typename === 'CreateApiSuccess') {
        await navigate('/admin/apis', { state: { notice: `${payload.api.name} was created.` } satisfies FlashState });
      } else if (payload?.__typename === 'ValidationError') {
        show(payload.fieldErrors);
        setAlert({ kind: 'error', title: payload.message, messages: unplacedErrors(toFieldErrorMap(payload.fieldErrors), API_FIELD_PATHS) });
      }
    } catch (error) {
      setAlert({ kind: 'error', title: describeError(error).message });
    }
  }

  return (
    <div className="page page--narrow">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/admin/apis">APIs</Link>
      </nav>
      <PageHeader title="Create API" description="An API the gateway protects with JWTs from your identity provider." />
      <FormAlert alert={alert} />
      {draft === null ? (
        <form className="form-panel" onSubmit={configure} noValidate>
          <TextField
            label="API Name"
            hint="For example curity-api."
            autoComplete="off"
            autoFocus
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value);
              setNameError([]);
            }}
            errors={nameError}
          />
          <div className="actions">
            <button type="submit" className="button button--primary">
              Configure API
            </button>
          </div>
        </form>
      ) : (
        <ApiForm
          draft={draft}
          onChange={setDraft}
          errors={errors}
          onFieldEdited={clear}
          defaultPolicyOptions={null}
          dcrProvider={dcr.enabled && dcr.provider !== 'OTHER' ? dcr.provider : null}
          pending={loading}
          onSubmit={() => void save(draft)}
        />
      )}
    </div>
  );
}
