import { useMutation } from '@apollo/client/react';
import { ConfirmedAction } from '../../components/confirmed-action.tsx';
import { RevokeApiTokenMutation } from './api-token-operations.ts';

/**
 * Revoke, after a confirmation that says what breaks: scripts using the token get
 * UNAUTHENTICATED at once. The mutation returns the token, so the row updates from the cache.
 */
export function RevokeApiTokenButton({ id, name }: { id: string; name: string }) {
  const [revoke, { loading }] = useMutation(RevokeApiTokenMutation);
  return (
    <ConfirmedAction
      trigger={{ label: 'Revoke', className: 'button button--small', ariaLabel: `Revoke ${name}` }}
      title={`Revoke “${name}”?`}
      confirmLabel="Revoke token"
      pendingLabel="Revoking…"
      pending={loading}
      run={() => revoke({ variables: { input: { id } } })}
    >
      <p>Requests with this token are refused from now on. Scripts that use it stop working until they get a new token.</p>
      <p>This cannot be undone.</p>
    </ConfirmedAction>
  );
}
