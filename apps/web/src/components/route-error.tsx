import { useLocation, useNavigate, useRouteError } from 'react-router';
import { ErrorMessage } from './error-message.tsx';

/** Error boundary of a page inside an area: the top bar stays, the page shows what failed. */
export function RouteError() {
  const error = useRouteError();
  const navigate = useNavigate();
  const { pathname, search, hash } = useLocation();
  // Navigating to the same address re-runs the loaders (new queries) and, being a new location,
  // resets React Router's render error boundary; `revalidate()` alone does not always reset it.
  const retry = () => void navigate(pathname + search + hash, { replace: true });
  return (
    <div className="page">
      <ErrorMessage error={error} onRetry={retry} />
    </div>
  );
}

/** Error boundary of the whole app, for failures outside any area. */
export function RootError() {
  const error = useRouteError();
  return (
    <div className="full-page-center">
      <div className="narrow">
        <p className="brand brand--large">Gatehouse</p>
        <ErrorMessage error={error} onRetry={() => window.location.reload()} />
      </div>
    </div>
  );
}
