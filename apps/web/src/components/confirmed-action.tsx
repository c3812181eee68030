import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { describeError } from './describe-error.ts';

interface ConfirmedActionProps {
  /** The button that opens the dialog. */
  trigger: { label: string; className: string; ariaLabel?: string; disabled?: boolean };
  title: string;
  confirmLabel: string;
  pendingLabel: string;
  pending: boolean;
  tone?: 'danger' | 'default';
  /** The action; a rejection is shown in the dialog, which stays open so the person can retry. */
  run: () => Promise<unknown>;
  /** What happens and what it costs. */
  children: ReactNode;
}

/** A button that asks first (ConfirmDialog), runs the action, and shows why it failed in place. */
export function ConfirmedAction({ trigger, run, ...dialog }: ConfirmedActionProps) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onConfirm() {
    setError(null);
    try {
      await run();
      setOpen(false);
    } catch (e) {
      const { title, message } = describeError(e);
      setError(`${title}. ${message}`);
    }
  }

  return (
    <>
      <button type="button" className={trigger.className} aria-label={trigger.ariaLabel} disabled={trigger.disabled} onClick={() => setOpen(true)}>
        {trigger.label}
      </button>
      <ConfirmDialog
        {...dialog}
        open={open}
        error={error}
        onConfirm={() => void onConfirm()}
        onCancel={() => {
          setOpen(false);
          setError(null);
        }}
      />
    </>
  );
}
