import { Link, useLocation } from 'react-router';
import { describeError } from './describe-error.ts';

/** A readable error panel for a failed page load; never raw JSON. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { title, message, signInAgain } = describeError(error);
  const location = useLocation();
  const redirectTo = encodeURIComponent(location.pathname + location.search);
  return (
    <section className="panel panel--error" role="alert" aria-labelledby="error-title">
      <h2 id="error-title" className="panel__title">
        {title}
      </h2>
      <p>{message}</p>
      <div className="actions">
        {signInAgain ? (
          <Link className="button button--primary" to={`/sign-in?redirectTo=${redirectTo}`}>
            Sign in again
          </Link>
        ) : onRetry ? (
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        ) : null}
      </div>
    </section>
  );
}
