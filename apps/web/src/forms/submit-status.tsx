import type { ReactNode } from 'react';
import { Spinner } from '../components/spinner.tsx';

/** Save, the form's other buttons, and "Saving…" announced while the request runs. */
export function SubmitActions({ label, pending, pendingLabel = 'Saving…', children }: { label: string; pending: boolean; pendingLabel?: string; children?: ReactNode }) {
  return (
    <div className="actions">
      <button type="submit" className="button button--primary" disabled={pending}>
        {label}
      </button>
      {children}
      <span className="actions__status" role="status">
        {pending ? (
          <>
            <Spinner size="sm" /> {pendingLabel}
          </>
        ) : null}
      </span>
    </div>
  );
}

/** A submit button that names what runs while it runs ("Signing in…"), disabled meanwhile. */
export function SubmitButton({ label, pendingLabel, pending, block = false }: { label: string; pendingLabel: string; pending: boolean; block?: boolean }) {
  return (
    <button type="submit" className={`button button--primary${block ? ' button--block' : ''}`} disabled={pending}>
      {pending ? (
        <>
          <Spinner size="sm" /> {pendingLabel}
        </>
      ) : (
        label
      )}
    </button>
  );
}
