import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../../../components/confirm-dialog.tsx';
import { describeError } from '../../../../components/describe-error.ts';
import { graphql } from '../../../../graphql/generated/index.ts';

const DeleteOAuthClientMutation = graphql(`
  mutation DeleteOAuthClient($input: DeleteOAuthClientInput!) {
    deleteOAuthClient(input: $input) {
      __typename
      ... on DeleteOAuthClientSuccess {
        deletedId
        deletedAtIdp
      }
      ... on IdpRegistrationError {
        error
        message
      }
      ... on IdpOperationUnsupportedError {
        message
      }
    }
  }
`);

/** What the clients list says after a delete (router state). */
export interface DeletedClientState {
  deleted: { clientName: string; deletedAtIdp: boolean };
}

interface DeleteClientButtonProps {
  clientId: string;
  clientName: string;
  /** False when the identity provider cannot delete: only the explicit portal-only path is offered. */
  canDeleteAtIdp: boolean;
  /** Why the identity provider cannot delete, when it cannot. */
  limitation: string | null;
  /** Where to go once deleted (with DeletedClientState); the developer's list by default. */
  listPath?: string;
  /** Cached root query fields the delete makes stale; the developer's list by default. */
  staleLists?: readonly string[];
}

/**
 * "Delete client": at the identity provider first, then in the portal. Where the identity
 * provider cannot delete (no RFC 7592 means, or it answers 405), the dialog says the client
 * stays registered there and asks for that consequence to be confirmed.
 */
export function DeleteClientButton(props: DeleteClientButtonProps) {
  const { clientId, clientName, canDeleteAtIdp, limitation, listPath = '/portal/clients', staleLists = ['myOAuthClients'] } = props;
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Set when the IdP turned out not to support deleting: switch to the portal-only question.
  const [refusal, setRefusal] = useState<string | null>(null);
  const portalOnly = !canDeleteAtIdp || refusal !== null;
  const [remove, { loading }] = useMutation(DeleteOAuthClientMutation, {
    update(cache, { data }) {
      if (data?.deleteOAuthClient.__typename !== 'DeleteOAuthClientSuccess') return;
      cache.evict({ id: cache.identify({ __typename: 'OAuthClient', id: clientId }) });
      for (const fieldName of staleLists) cache.evict({ id: 'ROOT_QUERY', fieldName });
      cache.gc();
    },
  });

  async function onConfirm() {
    setError(null);
    let payload;
    try {
      payload = (await remove({ variables: { input: { id: clientId, portalOnly } } })).data?.deleteOAuthClient;
    } catch (e) {
      const { title, message } = describeError(e);
      setError(`${title}. ${message}`);
      return;
    }
    if (!payload) return;
    switch (payload.__typename) {
      case 'DeleteOAuthClientSuccess': {
        const state: DeletedClientState = { deleted: { clientName, deletedAtIdp: payload.deletedAtIdp } };
        setOpen(false);
        await navigate(listPath, { state });
        return;
      }
      case 'IdpOperationUnsupportedError':
        setRefusal(payload.message);
        return;
      case 'IdpRegistrationError':
        setError(`${payload.message} Nothing was deleted.`);
        return;
    }
  }

  return (
    <>
      <button
        type="button"
        className="button button--destructive"
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        Delete client
      </button>
      <ConfirmDialog
        open={open}
        title={portalOnly ? `Delete “${clientName}” from Gatehouse only?` : `Delete “${clientName}”?`}
        confirmLabel={portalOnly ? 'Delete from Gatehouse only' : 'Delete client'}
        pendingLabel="Deleting…"
        pending={loading}
        error={error}
        onConfirm={() => void onConfirm()}
        onCancel={() => {
          setOpen(false);
          setRefusal(null);
        }}
      >
        {portalOnly ? (
          <>
            <p>{refusal ?? limitation ?? 'The identity provider does not let Gatehouse delete this client.'}</p>
            <p>
              <strong>The client stays registered at the identity provider</strong>, and its client ID and secret keep working
              there, until an administrator removes it. Gatehouse lists it for administrators to clean up.
            </p>
          </>
        ) : (
          <>
            <p>Gatehouse deletes the client at the identity provider, then here.</p>
            <p>Applications that use its client ID and secret can no longer get tokens. This cannot be undone.</p>
          </>
        )}
      </ConfirmDialog>
    </>
  );
}
