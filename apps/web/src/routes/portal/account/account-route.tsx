import { Link, type LoaderFunctionArgs } from 'react-router';
import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { useRouteData } from '../../../app/use-route-data.ts';
import { currentUserContext } from '../../../auth/current-user.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { ChangePasswordForm } from './change-password-form.tsx';
import { MyIdpConsentsQuery } from './idp-consent-operations.ts';
import { IdpConsentsPanel } from './idp-consents-panel.tsx';

export function loader({ context }: LoaderFunctionArgs) {
  // Consents change at the IdP, outside this browser: ask again on every visit.
  return { user: context.get(currentUserContext), consentsRef: preloadQuery(MyIdpConsentsQuery, { fetchPolicy: 'network-only' }) };
}

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

/** The developer's own account: who they are signed in as, and their password. */
export function Component() {
  const { user, consentsRef } = useRouteData<typeof loader>();
  return (
    <div className="page page--narrow">
      <PageHeader title="Account" description="Your developer account." />
      <section className="panel" aria-labelledby="account-details-title">
        <h2 id="account-details-title" className="panel__title">
          Signed in as
        </h2>
        <dl className="details">
          <div className="details__row">
            <dt>Name</dt>
            <dd>{user.name}</dd>
          </div>
          <div className="details__row">
            <dt>Email</dt>
            <dd>{user.email}</dd>
          </div>
        </dl>
      </section>
      <section className="panel" aria-labelledby="personal-tokens-title">
        <h2 id="personal-tokens-title" className="panel__title">
          Personal tokens
        </h2>
        <p>Tokens for calling the GraphQL API from scripts as yourself.</p>
        <div className="actions">
          <Link className="button" to="/portal/account/tokens">
            Manage personal tokens
          </Link>
        </div>
      </section>
      <IdpConsentsPanel consentsRef={consentsRef} />
      <ChangePasswordForm />
    </div>
  );
}
