import { useEffect, useRef } from 'react';

/** What an operation on the client page reports, above the details. */
export interface ClientNoticeData {
  title: string;
  message: string;
}

/** A success notice that takes focus, so keyboard and screen reader users learn what changed. */
export function ClientNotice({ notice }: { notice: ClientNoticeData }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [notice]);
  return (
    <div className="alert alert--success" role="status" tabIndex={-1} ref={ref}>
      <p className="alert__title">{notice.title}</p>
      <p>{notice.message}</p>
    </div>
  );
}
