import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';

const sections = [
  { to: '/admin/apis', title: 'APIs', text: 'The APIs the gateway serves, where it forwards requests, and the JWKS it checks access tokens against.', link: 'Open APIs' },
  { to: '/admin/policies', title: 'Policies', text: 'Which APIs clients may call, with rate limits, quotas and key expiry.', link: 'Open Policies' },
  { to: '/admin/catalogue', title: 'Catalogue', text: 'Publish APIs to the developer portal and configure their Dynamic Client Registration.', link: 'Open the Catalogue' },
  { to: '/admin/developers', title: 'Developers', text: 'Add developers, deactivate them, and see their OAuth clients.', link: 'Open Developers' },
  { to: '/admin/clients', title: 'OAuth clients', text: "Every developer's OAuth clients; delete any, at the identity provider too.", link: 'Open OAuth clients' },
  { to: '/admin/idp-cleanup', title: 'IdP cleanup', text: 'Clients that may linger at an identity provider without Gatehouse holding them.', link: 'Open IdP cleanup' },
  { to: '/admin/settings', title: 'Settings', text: 'Global Dynamic Client Registration, the redirect URI separator and self sign-up.', link: 'Open Settings' },
  { to: '/admin/audit', title: 'Audit log', text: 'Who changed what, and when.', link: 'Open the Audit log' },
] as const;

/** Landing page of the admin area: the seed guide's order, APIs first. */
export function Component() {
  return (
    <div className="page">
      <PageHeader
        title="Administration"
        description="Define the APIs the gateway protects, the policies clients get, and what developers see in the portal."
      />
      <ul className="card-grid" aria-label="Administration sections">
        {sections.map((s) => (
          <li key={s.to}>
            <article className="card">
              <h2 className="card__title">{s.title}</h2>
              <p className="card__text">{s.text}</p>
              <div className="card__actions">
                <Link className="button button--small" to={s.to}>
                  {s.link}
                </Link>
              </div>
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}
