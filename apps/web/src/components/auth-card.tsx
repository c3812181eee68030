import { useId, type ReactNode } from 'react';

/** The signed-out pages' card: the brand, the page's heading (also its document title), its content. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <div className="auth-page">
      <title>{`${title} · Gatehouse`}</title>
      <main className="auth-card" aria-labelledby={titleId}>
        <p className="brand brand--large">
          <svg className="brand__mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M4 21V9l8-6 8 6v12h-5v-6a3 3 0 0 0-6 0v6H4z" />
          </svg>
          Gatehouse
        </p>
        <h1 id={titleId} className="auth-card__title">
          {title}
        </h1>
        {children}
      </main>
    </div>
  );
}
