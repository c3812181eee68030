import { useMutation, useReadQuery, type QueryRef } from '@apollo/client/react';
import { ConfirmedAction } from '../../../components/confirmed-action.tsx';
import type { MyIdpConsentsQuery as MyIdpConsentsData } from '../../../graphql/generated/graphql.ts';
import { MyIdpConsentsQuery, RevokeIdpConsentMutation } from './idp-consent-operations.ts';

/**
 * Account -> Apps you allowed: the consents given at the embedded identity provider. Revoking
 * one goes through the IdP, which also drops the tokens issued from it; the app asks again.
 */
export function IdpConsentsPanel({ consentsRef }: { consentsRef: QueryRef<MyIdpConsentsData> }) {
  const { data } = useReadQuery(consentsRef);
  const consents = data.myIdpConsents;
  return (
    <section className="panel" aria-labelledby="idp-consents-title">
      <h2 id="idp-consents-title" className="panel__title">
        Apps you allowed
      </h2>
      {consents === null || consents === undefined ? (
        <p>The portal cannot reach its identity provider to list the apps you allowed. Try again later.</p>
      ) : consents.length === 0 ? (
        <p>You have not allowed any app to use your account at the portal&apos;s identity provider.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Apps you allowed</caption>
          <thead>
            <tr>
              <th scope="col">App</th>
              <th scope="col">Scopes</th>
              <th scope="col">Allowed on</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {consents.map((consent) => (
              <tr key={consent.clientId}>
                <th scope="row">{consent.clientName ?? consent.clientId}</th>
                <td>{consent.scopes.join(' ')}</td>
                <td>{new Date(consent.grantedAt).toLocaleString()}</td>
                <td>
                  <RevokeIdpConsentButton clientId={consent.clientId} name={consent.clientName ?? consent.clientId} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function RevokeIdpConsentButton({ clientId, name }: { clientId: string; name: string }) {
  const [revoke, { loading }] = useMutation(RevokeIdpConsentMutation, { refetchQueries: [{ query: MyIdpConsentsQuery }], awaitRefetchQueries: true });
  return (
    <ConfirmedAction
      trigger={{ label: 'Revoke', className: 'button button--small', ariaLabel: `Revoke ${name}` }}
      title={`Revoke access for “${name}”?`}
      confirmLabel="Revoke access"
      pendingLabel="Revoking…"
      pending={loading}
      run={() => revoke({ variables: { input: { clientId } } })}
    >
      <p>The app&apos;s tokens from this consent stop working, and the next time it signs you in, you are asked again.</p>
    </ConfirmedAction>
  );
}
