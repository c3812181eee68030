import { useRevalidator, useRouteError } from 'react-router';
import { ErrorMessage } from './error-message.tsx';

/** Error boundary of a page inside an area: the top bar stays, the page shows what failed. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  return (
    <div className="page">
      <ErrorMessage error={error} onRetry={() => void revalidator.revalidate()} />
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
