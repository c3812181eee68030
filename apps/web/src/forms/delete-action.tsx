import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { describeError } from '../components/describe-error.ts';
import { useFormMutation } from './cache-effects.ts';
import type { FlashState } from './flash-notice.tsx';
import type { FormAlertContent } from './form-alert.tsx';

type DeletePayload = { __typename: string } & ({ __typename: `${string}Success` } | { __typename: 'InUseError'; message: string });

interface DeleteActionProps<TData> {
  mutation: TypedDocumentNode<TData, { input: { id: string } }>;
  id: string;
  /** What is deleted, as the admin knows it: in the dialog title and the notices. */
  name: string;
  /** The button and the dialog's confirm label, e.g. `Delete Policy`. */
  label: string;
  /** The list to return to after the delete. */
  backTo: string;
  disabled: boolean;
  /** Says why nothing was deleted (still in use, or the request failed). */
  onRefused: (alert: FormAlertContent) => void;
  /** What the delete costs, in the dialog. */
  children: ReactNode;
}

/**
 * Delete, asked first in a dialog. An InUseError keeps the entity and says what uses it; success
 * returns to the list with a notice.
 */
export function DeleteAction<TData>({ mutation, id, name, label, backTo, disabled, onRefused, children }: DeleteActionProps<TData>) {
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [run, { loading: deleting }] = useFormMutation(mutation);

  async function remove() {
    try {
      const { data } = await run({ variables: { input: { id } } });
      const payload = (data ? Object.values(data)[0] : undefined) as DeletePayload | undefined;
      setConfirming(false);
      if (payload?.__typename === 'InUseError') onRefused({ kind: 'error', title: `${name} was not deleted`, messages: [payload.message] });
      else if (payload) await navigate(backTo, { state: { notice: `${name} was deleted.` } satisfies FlashState });
    } catch (error) {
      setConfirming(false);
      onRefused({ kind: 'error', title: describeError(error).message });
    }
  }

  return (
    <>
      <button type="button" className="button" onClick={() => setConfirming(true)} disabled={disabled || deleting}>
        {label}
      </button>
      <ConfirmDialog open={confirming} title={`Delete ${name}?`} confirmLabel={label} pending={deleting} onConfirm={() => void remove()} onCancel={() => setConfirming(false)}>
        {children}
      </ConfirmDialog>
    </>
  );
}
