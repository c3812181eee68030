import { Spinner } from './spinner.tsx';

/** Shown while a page's data loads: announced politely, marked busy for assistive tech. */
export function Loading({ label }: { label: string }) {
  return (
    <div className="loading" role="status" aria-live="polite" aria-busy="true">
      <Spinner />
      <span>{label}</span>
    </div>
  );
}

/** Full-page variant for the first load of the app. */
export function FullPageLoading() {
  return (
    <div className="full-page-center">
      <Loading label="Loading Gatehouse…" />
    </div>
  );
}
