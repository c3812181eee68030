import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ConfirmDialog } from '../../../../components/confirm-dialog.tsx';
import { describeError } from '../../../../components/describe-error.ts';
import { graphql } from '../../../../graphql/generated/index.ts';
import type { ClientNoticeData } from './client-notice.tsx';

const RotateOAuthClientSecretMutation = graphql(`
  mutation RotateOAuthClientSecret($input: RotateOAuthClientSecretInput!) {
    rotateOAuthClientSecret(input: $input) {
      __typename
      ... on RotateOAuthClientSecretSuccess {
        client {
          id
          ...ClientDetails_client
          ...ManageClient_client
        }
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

/** "Rotate secret": asks first, since the current secret stops working the moment the IdP issues a new one. */
export function RotateSecretButton({ clientId, onDone }: { clientId: string; onDone: (notice: ClientNoticeData) => void }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [rotate, { loading }] = useMutation(RotateOAuthClientSecretMutation);

  async function onConfirm() {
    setError(null);
    let payload;
    try {
      payload = (await rotate({ variables: { input: { id: clientId } } })).data?.rotateOAuthClientSecret;
    } catch (e) {
      const { title, message } = describeError(e);
      setError(`${title}. ${message}`);
      return;
    }
    if (!payload) return;
    if (payload.__typename === 'RotateOAuthClientSecretSuccess') {
      setOpen(false);
      onDone({
        title: 'New client secret issued',
        message: 'The identity provider issued a new client secret and the old one no longer works. Reveal and copy the new one below, and give it to your applications.',
      });
      return;
    }
    setError(payload.message);
  }

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        Rotate secret
      </button>
      <ConfirmDialog
        open={open}
        title="Rotate the client secret?"
        confirmLabel="Rotate secret"
        pendingLabel="Rotating at the identity provider…"
        pending={loading}
        error={error}
        onConfirm={() => void onConfirm()}
        onCancel={() => setOpen(false)}
      >
        <p>The identity provider issues a new client secret, and the current one stops working at once.</p>
        <p>Applications that use it cannot get tokens until you give them the new secret.</p>
      </ConfirmDialog>
    </>
  );
}
