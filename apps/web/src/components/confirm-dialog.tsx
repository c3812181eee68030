import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Spinner } from './spinner.tsx';
import './confirm-dialog.css';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** Names what happens and what it costs, so the choice is informed. */
  children: ReactNode;
  confirmLabel: string;
  /** Shown on the confirm button while the action runs. */
  pendingLabel?: string;
  pending?: boolean;
  /** Destructive actions get the red button. */
  tone?: 'danger' | 'default';
  /** Why the last attempt failed, shown inside the dialog so the person can retry or cancel. */
  error?: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before an action that cannot be undone. A native modal <dialog>: the browser traps focus
 * inside, Escape cancels, and focus returns to the control that opened it. Cancel has focus
 * first, so Enter never confirms by accident.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, children, confirmLabel, pendingLabel, pending = false, tone = 'danger', error, onConfirm, onCancel } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) {
      el.showModal();
      cancel.current?.focus();
    }
    if (!open && el.open) el.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-busy={pending || undefined}
      onCancel={(e) => {
        e.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <h2 id={titleId} className="confirm-dialog__title">
        {title}
      </h2>
      <div className="confirm-dialog__body">{children}</div>
      {error ? (
        <div className="alert alert--error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="actions confirm-dialog__actions">
        <button ref={cancel} type="button" className="button" onClick={onCancel} disabled={pending}>
          Cancel
        </button>
        <button
          type="button"
          className={`button ${tone === 'danger' ? 'confirm-dialog__danger' : 'button--primary'}`}
          onClick={onConfirm}
          disabled={pending}
        >
          {pending ? (
            <>
              <Spinner size="sm" /> {pendingLabel ?? confirmLabel}
            </>
          ) : (
            confirmLabel
          )}
        </button>
      </div>
    </dialog>
  );
}
