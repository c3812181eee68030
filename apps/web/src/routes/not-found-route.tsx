import { Link } from 'react-router';
import { PageHeader } from '../components/page-header.tsx';

/** An unknown address outside the signed-in areas. */
export function Component() {
  return (
    <div className="full-page-center">
      <title>Page not found · Gatehouse</title>
      <main className="narrow">
        <p className="brand brand--large">Gatehouse</p>
        <section className="panel">
          <h1 className="panel__title">Page not found</h1>
          <p>There is no page at this address.</p>
          <div className="actions">
            <Link className="button button--primary" to="/">
              Go to Gatehouse
            </Link>
          </div>
        </section>
      </main>
    </div>
  );
}

/** An unknown address inside an area: the top bar stays. */
export function PageNotFound() {
  return (
    <div className="page">
      <PageHeader title="Page not found" description="There is no page at this address." />
    </div>
  );
}
