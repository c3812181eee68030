import { useQueryRefHandlers, type QueryRef } from '@apollo/client/react';
import { useEffect, useRef, useState, useTransition } from 'react';
import { describeError } from './describe-error.ts';
import './load-more.css';
import { Spinner } from './spinner.tsx';

/**
 * Cursor paging for a list a route loader preloaded: `loadMore(endCursor)` fetches the next page
 * and `merge` appends it to the pages shown (without `merge`, a field policy in apollo-client.ts
 * does). The list stays on screen while the page loads (a transition, not the Suspense
 * fallback); a failure is kept for LoadMore to show.
 */
export function useLoadMore<TData, TVariables extends { after?: string | null }>(
  queryRef: QueryRef<TData, TVariables>,
  merge?: (shown: TData, next: TData) => TData,
) {
  const { fetchMore } = useQueryRefHandlers(queryRef);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function loadMore(after: string) {
    setError(null);
    startTransition(async () => {
      try {
        await fetchMore({
          variables: { after } as Partial<TVariables>,
          ...(merge ? { updateQuery: (shown, { fetchMoreResult }) => merge(shown as TData, fetchMoreResult as TData) as typeof shown } : {}),
        });
      } catch (e) {
        const { title, message } = describeError(e);
        setError(`${title}. ${message}`);
      }
    });
  }

  return { loadMore, pending, error };
}

interface LoadMoreProps {
  /** What the list shows, e.g. "3 OAuth clients". */
  shown: string;
  /** The button's text; "Load more" below tables. */
  label?: string;
  /** The alert's title when a page fails, e.g. "More APIs did not load". */
  errorTitle?: string;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
  pending: boolean;
  error: string | null;
  onLoadMore: (after: string) => void;
}

/**
 * Below a paged list: how much is shown, and "Load more" while more pages follow. When the last
 * page arrives the button goes away; focus moves to the count instead of getting lost.
 */
export function LoadMore({ shown, label = 'Load more', errorTitle = 'The next page did not load', hasNextPage, endCursor, pending, error, onLoadMore }: LoadMoreProps) {
  const status = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const hadFocus = useRef(false);

  useEffect(() => {
    if (!hasNextPage && hadFocus.current) status.current?.focus();
    hadFocus.current = false;
  }, [hasNextPage]);

  return (
    <div className="load-more">
      <p ref={status} className="muted load-more__status" role="status" tabIndex={-1}>
        Showing {shown}
        {hasNextPage ? '; more follow.' : '.'}
      </p>
      {hasNextPage && endCursor ? (
        <button
          ref={button}
          type="button"
          className="button"
          // aria-disabled, not disabled: a disabled button drops keyboard focus while the page loads.
          aria-disabled={pending || undefined}
          onClick={() => {
            if (pending) return;
            hadFocus.current = document.activeElement === button.current;
            onLoadMore(endCursor);
          }}
        >
          {pending ? (
            <>
              <Spinner size="sm" /> Loading more…
            </>
          ) : (
            label
          )}
        </button>
      ) : null}
      {error ? (
        <div className="alert alert--error load-more__error" role="alert">
          <p className="alert__title">{errorTitle}</p>
          <p>{error}</p>
        </div>
      ) : null}
    </div>
  );
}
