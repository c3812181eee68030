import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { describeError } from '../../components/describe-error.ts';
import { RevokeApiTokenMutation } from './api-token-operations.ts';

/**
 * Revoke, after a confirmation that says what breaks: scripts using the token get
 * UNAUTHENTICATED at once. The mutation returns the token, so the row updates from the cache.
 */
export function RevokeApiTokenButton({ id, name }: { id: string; name: string }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [revoke, { loading }] = useMutation(RevokeApiTokenMutation);

  async function onConfirm() {
    setError(null);
    try {
      await revoke({ variables: { input: { id } } });
      setOpen(false);
    } catch (e) {
      const { title, message } = describeError(e);
      setError(`${title}. ${message}`);
    }
  }

  return (
    <>
      <button type="button" className="button button--small" aria-label={`Revoke ${name}`} onClick={() => setOpen(true)}>
        Revoke
      </button>
      <ConfirmDialog
        open={open}
        title={`Revoke “${name}”?`}
        confirmLabel="Revoke token"
        pendingLabel="Revoking…"
        pending={loading}
        error={error}
        onConfirm={() => void onConfirm()}
        onCancel={() => {
          setOpen(false);
          setError(null);
        }}
      >
        <p>Requests with this token are refused from now on. Scripts that use it stop working until they get a new token.</p>
        <p>This cannot be undone.</p>
      </ConfirmDialog>
    </>
  );
}
