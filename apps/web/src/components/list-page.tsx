import { Suspense, type ReactNode } from 'react';
import { Link } from 'react-router';
import { FlashNotice } from '../forms/flash-notice.tsx';
import { Loading } from './loading.tsx';
import { PageHeader } from './page-header.tsx';

interface ListPageProps {
  title: string;
  description: string;
  /** The page that adds one, linked from the header (e.g. `Create API`). */
  add: { to: string; label: string };
  /** Said while the list loads. */
  loading: string;
  children: ReactNode;
}

/** A list in the admin area: its heading with the Add link, the notice of the last change, the list once loaded. */
export function ListPage({ title, description, add, loading, children }: ListPageProps) {
  return (
    <div className="page">
      <PageHeader
        title={title}
        description={description}
        actions={
          <Link className="button button--primary" to={add.to}>
            {add.label}
          </Link>
        }
      />
      <FlashNotice />
      <Suspense fallback={<Loading label={loading} />}>{children}</Suspense>
    </div>
  );
}
