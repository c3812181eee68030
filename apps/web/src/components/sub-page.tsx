import { Suspense, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Loading } from './loading.tsx';
import { PageHeader } from './page-header.tsx';

interface SubPageProps {
  /** The list this page belongs to, linked from the breadcrumb. */
  parent: { to: string; label: string };
  /** Narrow pages hold one form. */
  narrow?: boolean;
  /** A heading known before the data loads (e.g. "Add Policy"); pages named after their data render their own. */
  title?: string;
  description?: string;
  /** Said while the route's data loads. */
  loading: string;
  children: ReactNode;
}

/** A page under a list: the breadcrumb back to it, its heading, and its content once the data is there. */
export function SubPage({ parent, narrow = true, title, description, loading, children }: SubPageProps) {
  return (
    <div className={narrow ? 'page page--narrow' : 'page'}>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to={parent.to}>{parent.label}</Link>
      </nav>
      {title ? <PageHeader title={title} description={description} /> : null}
      <Suspense fallback={<Loading label={loading} />}>{children}</Suspense>
    </div>
  );
}
