import { useReadQuery, type QueryRef } from '@apollo/client/react';
import { Suspense, useState } from 'react';
import { EmptyState } from '../../components/empty-state.tsx';
import { Loading } from '../../components/loading.tsx';
import type { ApiTokensQuery as ApiTokensResult } from '../../graphql/generated/graphql.ts';
import { API_TOKENS_PAGE_SIZE } from './api-token-operations.ts';
import { ApiTokenRow } from './api-token-row.tsx';
import { CreateApiTokenForm, type CreatedApiToken } from './create-api-token-form.tsx';
import { NewApiTokenValue } from './new-api-token-value.tsx';
import './api-tokens.css';

interface ApiTokensScreenProps {
  /** `admin`: integrator tokens with a role, every token listed; `personal`: a developer's own. */
  kind: 'admin' | 'personal';
  tokensRef: QueryRef<ApiTokensResult>;
}

/**
 * Create, list and revoke API tokens. One screen for both areas: admins' integrator tokens and
 * developers' personal tokens differ only in the role choice and whose tokens are listed.
 */
export function ApiTokensScreen({ kind, tokensRef }: ApiTokensScreenProps) {
  const [mode, setMode] = useState<'idle' | 'creating'>('idle');
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const what = kind === 'admin' ? 'API token' : 'personal token';

  return (
    <>
      {created ? <NewApiTokenValue token={created} onDone={() => setCreated(null)} /> : null}
      {mode === 'creating' ? (
        <CreateApiTokenForm
          chooseRole={kind === 'admin'}
          onCreated={(token) => {
            setMode('idle');
            setCreated(token);
          }}
          onCancel={() => setMode('idle')}
        />
      ) : (
        <div className="actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setCreated(null);
              setMode('creating');
            }}
          >
            Create {what}
          </button>
        </div>
      )}
      <Suspense fallback={<Loading label="Loading tokens…" />}>
        <ApiTokensTable kind={kind} tokensRef={tokensRef} />
      </Suspense>
    </>
  );
}

function ApiTokensTable({ kind, tokensRef }: ApiTokensScreenProps) {
  const { data } = useReadQuery(tokensRef);
  const tokens = data.apiTokens.edges.map((e) => e.node);
  if (tokens.length === 0) {
    return (
      <EmptyState title="No tokens yet">
        <p>
          {kind === 'admin'
            ? 'Create a token for each script or system that calls the GraphQL API, with the least role it needs.'
            : 'Create a token to call the GraphQL API as yourself from a script, for example to list your OAuth clients.'}
        </p>
      </EmptyState>
    );
  }
  return (
    <>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{kind === 'admin' ? 'API tokens' : 'Personal tokens'}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              {kind === 'admin' ? <th scope="col">Role and owner</th> : null}
              <th scope="col">Created</th>
              <th scope="col">Expires</th>
              <th scope="col">Last used</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <ApiTokenRow key={token.id} apiToken={token} showOwner={kind === 'admin'} />
            ))}
          </tbody>
        </table>
      </div>
      {data.apiTokens.pageInfo.hasNextPage ? <p className="muted">Showing the newest {API_TOKENS_PAGE_SIZE} tokens.</p> : null}
    </>
  );
}
