import { useQueryRefHandlers, type QueryRef } from '@apollo/client/react';
import { useState, useTransition } from 'react';
import './catalogue.css';
import { describeError } from '../../../components/describe-error.ts';
import { Spinner } from '../../../components/spinner.tsx';

/**
 * "Show more" for a `publishedApis` page a route preloaded: fetches the page after `endCursor`;
 * the field policy in apollo-client.ts appends it. The cards stay on screen while it loads (a
 * transition, not the Suspense fallback); a failure is kept for ShowMore to show.
 */
export function useShowMore<TData, TVariables extends { after?: string | null }>(queryRef: QueryRef<TData, TVariables>) {
  const { fetchMore } = useQueryRefHandlers(queryRef);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function showMore(after: string) {
    setError(null);
    startTransition(async () => {
      try {
        await fetchMore({ variables: { after } as Partial<TVariables> });
      } catch (e) {
        const { title, message } = describeError(e);
        setError(`${title}. ${message}`);
      }
    });
  }
  return { showMore, pending, error };
}

interface ShowMoreProps {
  /** What the list shows, e.g. "Showing 24 APIs; more follow." */
  status: string;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
  pending: boolean;
  error: string | null;
  onShowMore: (after: string) => void;
}

/** Below a paged list: how much is shown, and "Show more" while more follow. */
export function ShowMore({ status, hasNextPage, endCursor, pending, error, onShowMore }: ShowMoreProps) {
  return (
    <div className="show-more">
      <p className="muted" role="status">
        {status}
      </p>
      {hasNextPage && endCursor ? (
        <button
          type="button"
          className="button"
          // aria-disabled, not disabled: a disabled button drops keyboard focus while the page loads.
          aria-disabled={pending || undefined}
          onClick={() => {
            if (!pending) onShowMore(endCursor);
          }}
        >
          {pending ? (
            <>
              <Spinner size="sm" /> Loading more…
            </>
          ) : (
            'Show more'
          )}
        </button>
      ) : null}
      {error ? (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">More APIs did not load</p>
          <p>{error}</p>
        </div>
      ) : null}
    </div>
  );
}
