import { useReadQuery } from '@apollo/client/react';
import { Suspense, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { useRouteData } from '../../../app/use-route-data.ts';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { TextField } from '../../../forms/text-field.tsx';
import { graphql } from '../../../graphql/generated/index.ts';
import { ApiEditor } from './api-editor.tsx';

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
  const [configured, setConfigured] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string[]>([]);

  function configure(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setNameError(['Enter a name, for example curity-api.']);
      return;
    }
    setConfigured(name);
  }

  return (
    <div className="page page--narrow">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/admin/apis">APIs</Link>
      </nav>
      <PageHeader title="Create API" description="An API the gateway protects with JWTs from your identity provider." />
      {configured === null ? (
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
        <ApiEditor name={configured} dcrProvider={dcr.enabled && dcr.provider !== 'OTHER' ? dcr.provider : null} />
      )}
    </div>
  );
}
