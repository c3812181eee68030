import { Link } from 'react-router';
import { preloadQuery } from '../../../apollo/apollo-client.ts';
import { useRouteData } from '../../../app/use-route-data.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { API_TOKENS_PAGE_SIZE, ApiTokensQuery } from '../../api-tokens/api-token-operations.ts';
import { ApiTokensScreen } from '../../api-tokens/api-tokens-screen.tsx';

export function loader() {
  // Last used, status and expiry change without this browser doing anything: show the cached list
  // at once and refresh it on every visit.
  return {
    tokensRef: preloadQuery(ApiTokensQuery, { variables: { first: API_TOKENS_PAGE_SIZE }, fetchPolicy: 'cache-and-network' }),
  };
}

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

/** Account -> Personal tokens: a developer's tokens for the GraphQL API, acting as them (issue 6). */
export function Component() {
  const { tokensRef } = useRouteData<typeof loader>();
  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/portal/account">Account</Link>
      </nav>
      <PageHeader
        title="Personal tokens"
        description={
          <>
            Call the GraphQL API from scripts as yourself: a token may do what you may do in the portal, except manage
            tokens and your account. See <Link to="/portal/graphql-api">GraphQL API</Link> for examples.
          </>
        }
      />
      <ApiTokensScreen kind="personal" tokensRef={tokensRef} />
    </div>
  );
}
