import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';

/** Landing page of the admin area until its dashboard arrives. */
export function Component() {
  return (
    <div className="page">
      <PageHeader
        title="Administration"
        description="Define the APIs the gateway protects, the policies clients get, and what developers see in the portal."
      />
      <ul className="card-grid" aria-label="Administration sections">
        <li>
          <article className="card">
            <h2 className="card__title">APIs</h2>
            <p className="card__text">
              The APIs the gateway serves, where it forwards requests, and the JWKS it checks access tokens against.
            </p>
            <div className="card__actions">
              <Link className="button button--small" to="/admin/apis">
                Open the API list
              </Link>
            </div>
          </article>
        </li>
        <li>
          <article className="card card--muted">
            <h2 className="card__title">Policies, catalogue and client registration</h2>
            <p className="card__text">
              Rate limits, quotas, publishing APIs to the portal and Dynamic Client Registration settings are on their
              way to this area.
            </p>
          </article>
        </li>
      </ul>
    </div>
  );
}
