import { useEffect, useRef } from 'react';

export interface FormAlertContent {
  kind: 'error' | 'success' | 'warning';
  title: string;
  messages?: readonly string[];
}

/**
 * The message above a form after Save: errors and successes alike get focus, so keyboard and
 * screen reader users learn the outcome without hunting for it.
 */
export function FormAlert({ alert }: { alert: FormAlertContent | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (alert) ref.current?.focus();
  }, [alert]);
  if (!alert) return null;
  return (
    <div ref={ref} tabIndex={-1} className={`alert alert--${alert.kind}`} role={alert.kind === 'error' ? 'alert' : 'status'}>
      <p className="alert__title">{alert.title}</p>
      {alert.messages?.length ? (
        <ul>
          {alert.messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
