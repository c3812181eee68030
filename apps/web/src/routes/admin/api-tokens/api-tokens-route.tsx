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

/** System Management -> API tokens: integrators' tokens for the GraphQL API (issue 6). */
export function Component() {
  const { tokensRef } = useRouteData<typeof loader>();
  return (
    <div className="page">
      <PageHeader
        title="API tokens"
        description={
          <>
            Tokens that let scripts and other systems call the GraphQL API as an admin or read-only.
            Developers&apos; personal tokens are listed here too. See <Link to="/admin/graphql-api">GraphQL API</Link> for
            examples.
          </>
        }
      />
      <ApiTokensScreen kind="admin" tokensRef={tokensRef} />
    </div>
  );
}
