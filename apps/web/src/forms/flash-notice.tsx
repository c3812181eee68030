import { useLocation, useNavigate } from 'react-router';

/** Navigation state that carries a one-line notice to the next page, e.g. after a create. */
export interface FlashState {
  notice?: string;
}

/** Shows the notice the previous page passed along ("curity-api was created."). */
export function FlashNotice() {
  const { state } = useLocation();
  const notice = (state as FlashState | null)?.notice;
  if (!notice) return null;
  return (
    <div className="alert alert--success" role="status">
      {notice}
    </div>
  );
}

/** After a create: back to the list, which says what was created. */
export function useCreatedNotice(backTo: string) {
  const navigate = useNavigate();
  return (notice: string) => navigate(backTo, { state: { notice } satisfies FlashState });
}
