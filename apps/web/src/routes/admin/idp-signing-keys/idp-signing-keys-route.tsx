import { useMutation, useReadQuery } from '@apollo/client/react';
import { useState } from 'react';
import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { useRouteData } from '../../../app/use-route-data.ts';
import { ConfirmedAction } from '../../../components/confirmed-action.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { graphql } from '../../../graphql/generated/index.ts';

const IdpSigningKeysQuery = graphql(`
  query IdpSigningKeys {
    idpSigningKeys {
      kid
      state
      removeAfter
    }
  }
`);

const RotateIdpSigningKeysMutation = graphql(`
  mutation RotateIdpSigningKeys {
    rotateIdpSigningKeys {
      signingKid
    }
  }
`);

const STATE_LABELS = { NEXT: 'Next (published, not signing yet)', CURRENT: 'Current (signs new tokens)', RETIRED: 'Retired' } as const;

export function loader() {
  return { keysRef: preloadQuery(IdpSigningKeysQuery, { fetchPolicy: 'network-only' }) };
}

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

/** Admin -> IdP signing keys: the embedded IdP's keys and their rotation. */
export function Component() {
  const { keysRef } = useRouteData<typeof loader>();
  const { data } = useReadQuery(keysRef);
  const [done, setDone] = useState<string | null>(null);
  const [rotate, { loading }] = useMutation(RotateIdpSigningKeysMutation, { refetchQueries: [{ query: IdpSigningKeysQuery }], awaitRefetchQueries: true });

  const keys = data.idpSigningKeys;
  return (
    <div className="page">
      <PageHeader
        title="IdP signing keys"
        description="The keys the embedded identity provider signs tokens with. A rotation starts signing with the key it already published, keeps the old one published until its tokens expire, and announces a new next key."
      />
      {done ? (
        <p className="alert alert--success" role="status">
          {done}
        </p>
      ) : null}
      {keys ? (
        <table className="table">
          <caption className="visually-hidden">Signing keys</caption>
          <thead>
            <tr>
              <th scope="col">Key ID</th>
              <th scope="col">State</th>
              <th scope="col">Published until</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key.kid}>
                <th scope="row">
                  <code>{key.kid}</code>
                </th>
                <td>{STATE_LABELS[key.state]}</td>
                <td>{key.removeAfter ? new Date(key.removeAfter).toLocaleString() : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>The portal cannot reach the embedded identity provider.</p>
      )}
      <div className="actions">
        <ConfirmedAction
          trigger={{ label: 'Rotate signing keys', className: 'button button--primary', disabled: !keys }}
          title="Rotate the signing keys?"
          confirmLabel="Rotate"
          pendingLabel="Rotating…"
          pending={loading}
          run={async () => {
            const result = await rotate();
            setDone(`New tokens are signed with ${result.data?.rotateIdpSigningKeys.signingKid ?? 'the next key'}.`);
          }}
        >
          <p>New tokens are signed with the next key at once. Tokens signed before keep working until they expire.</p>
        </ConfirmedAction>
      </div>
    </div>
  );
}
