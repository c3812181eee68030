import { useReadQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { useRouteData } from '../../../app/use-route-data.ts';
import { describeError } from '../../../components/describe-error.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { graphql } from '../../../graphql/generated/index.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useFormMutation } from '../../../forms/cache-effects.ts';
import { FormAlert, type FormAlertContent } from '../../../forms/form-alert.tsx';
import { SubPage } from '../../../components/sub-page.tsx';
import { DataTable } from '../../../components/data-table.tsx';

const DeveloperRouteQuery = graphql(`
  query DeveloperRoute($id: ID!) {
    developer(id: $id) {
      id
      name
      email
      active
      createdAt
      clientCount
      clients(first: 100) {
        edges {
          node {
            id
            clientId
            clientName
            apis
            createdAt
          }
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`);

const DeactivateDeveloperMutation = graphql(`
  mutation DeactivateDeveloper($input: DeactivateDeveloperInput!) {
    deactivateDeveloper(input: $input) {
      developer {
        id
        active
      }
    }
  }
`);

const ReactivateDeveloperMutation = graphql(`
  mutation ReactivateDeveloper($input: ReactivateDeveloperInput!) {
    reactivateDeveloper(input: $input) {
      developer {
        id
        active
      }
    }
  }
`);

export function loader({ params }: LoaderFunctionArgs) {
  return { developerRef: preloadQuery(DeveloperRouteQuery, { variables: { id: params.id! } }) };
}

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

export function Component() {
  return (
    <SubPage parent={{ to: '/admin/developers', label: 'Developers' }} narrow={false} loading="Loading the developer…">
      <DeveloperPage />
    </SubPage>
  );
}

/** One developer: status, Deactivate / Reactivate, and their OAuth clients (never their secrets). */
function DeveloperPage() {
  const { developerRef } = useRouteData<typeof loader>();
  const { data } = useReadQuery(developerRef);
  const developer = data.developer;
  const [confirming, setConfirming] = useState(false);
  const [alert, setAlert] = useState<FormAlertContent | null>(null);
  const [deactivate, { loading: deactivating }] = useFormMutation(DeactivateDeveloperMutation);
  const [reactivate, { loading: reactivating }] = useFormMutation(ReactivateDeveloperMutation);
  const clients = developer.clients.edges.map((e) => e.node);

  async function run(action: 'deactivate' | 'reactivate') {
    setAlert(null);
    try {
      if (action === 'deactivate') await deactivate({ variables: { input: { id: developer.id } } });
      else await reactivate({ variables: { input: { id: developer.id } } });
      setAlert({
        kind: 'success',
        title: action === 'deactivate' ? `${developer.name} is deactivated and signed out.` : `${developer.name} can sign in again.`,
      });
    } catch (error) {
      setAlert({ kind: 'error', title: describeError(error).message });
    } finally {
      setConfirming(false);
    }
  }

  return (
    <>
      <PageHeader
        title={developer.name}
        description={developer.email}
        actions={
          developer.active ? (
            <button type="button" className="button" onClick={() => setConfirming(true)} disabled={deactivating}>
              Deactivate
            </button>
          ) : (
            <button type="button" className="button" onClick={() => void run('reactivate')} disabled={reactivating}>
              Reactivate
            </button>
          )
        }
      />
      <FormAlert alert={alert} />
      <dl className="details form-panel">
        <div className="details__row">
          <dt>Status</dt>
          <dd>{developer.active ? <span className="badge badge--success">Active</span> : <span className="badge">Deactivated</span>}</dd>
        </div>
        <div className="details__row">
          <dt>Account created</dt>
          <dd>{formatDateTime(developer.createdAt)}</dd>
        </div>
      </dl>
      <section className="page" aria-labelledby="developer-clients">
        <h2 id="developer-clients" className="form-section__title">
          OAuth clients ({developer.clientCount})
        </h2>
        {clients.length === 0 ? (
          <EmptyState title="No OAuth clients">
            <p>{developer.name} has not created a client yet.</p>
          </EmptyState>
        ) : (
          <DataTable caption="OAuth clients of {developer.name}" columns={['Client name', 'Client ID', 'APIs', 'Created']}>
            {clients.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <Link to={`/admin/clients/${encodeURIComponent(c.id)}`}>{c.clientName}</Link>
                </th>
                <td>
                  <code className="code">{c.clientId}</code>
                </td>
                <td>{c.apis.join(', ')}</td>
                <td>{formatDateTime(c.createdAt)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      <ConfirmDialog
        open={confirming}
        title={`Deactivate ${developer.name}?`}
        confirmLabel="Deactivate"
        pending={deactivating}
        onConfirm={() => void run('deactivate')}
        onCancel={() => setConfirming(false)}
      >
        <p>They are signed out at once and cannot sign in until reactivated. Their OAuth clients keep working at the identity provider.</p>
      </ConfirmDialog>
    </>
  );
}
