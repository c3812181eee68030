import { useEffect, useRef } from 'react';
import { CopyButton } from '../../../components/copy-button.tsx';

export type ApiCallOutcome =
  | {
      __typename: 'ApiCallResponse';
      url: string;
      status: number;
      headers: readonly { name: string; value: string }[];
      body: string;
      bodyBytes: number;
      bodyTruncated: boolean;
      bodyLimitBytes: number;
      timeMs: number;
      refusal?: string | null;
    }
  | { __typename: 'ApiCallFailedError'; reason: string; message: string; timeMs: number };

/** JSON bodies indented for reading; anything else as it came. */
function readable(body: string, headers: readonly { name: string; value: string }[]): string {
  const type = headers.find((h) => h.name === 'content-type')?.value ?? '';
  if (!/json/i.test(type)) return body;
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/** The gateway's answer: status and time first, a refusal explained, then headers and body. */
export function ApiResponse({ outcome }: { outcome: ApiCallOutcome }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus to the answer, so keyboard and screen reader users land on it after sending.
  useEffect(() => heading.current?.focus(), [outcome]);

  if (outcome.__typename === 'ApiCallFailedError') {
    return (
      <section className="try-it" aria-labelledby="api-response-title">
        <h3 id="api-response-title" className="try-it__subtitle" tabIndex={-1} ref={heading}>
          No answer
        </h3>
        <div className="alert alert--error" role="alert">
          <p className="alert__title">{outcome.reason === 'TIMEOUT' ? `Timed out after ${outcome.timeMs} ms` : 'The gateway could not be reached'}</p>
          <p>{outcome.message}</p>
        </div>
      </section>
    );
  }
  const ok = outcome.status < 400;
  const body = readable(outcome.body, outcome.headers);
  return (
    <section className="try-it" aria-labelledby="api-response-title">
      <h3 id="api-response-title" className="try-it__subtitle" tabIndex={-1} ref={heading}>
        Response
      </h3>
      <p className="try-it__status" role="status">
        <span className={`try-it__status-code try-it__status-code--${ok ? 'ok' : 'refused'}`}>HTTP {outcome.status}</span>
        <span>in {outcome.timeMs} ms</span>
        <span className="muted">{outcome.bodyBytes.toLocaleString('en')} bytes</span>
        <code className="code">{outcome.url}</code>
      </p>
      {outcome.refusal ? (
        <div className="alert alert--error">
          <p className="alert__title">The gateway refused the request ({outcome.status})</p>
          <p>{outcome.refusal}</p>
        </div>
      ) : null}
      <details>
        <summary>Headers ({outcome.headers.length})</summary>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Value</th>
              </tr>
            </thead>
            <tbody>
              {outcome.headers.map((h, i) => (
                <tr key={`${h.name}-${i}`}>
                  <th scope="row">
                    <code>{h.name}</code>
                  </th>
                  <td>
                    <code>{h.value}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <div className="field">
        <div className="try-it__heading-row">
          <h4 className="try-it__subtitle">Body</h4>
          {outcome.body ? <CopyButton value={outcome.body} what="response body" /> : null}
        </div>
        {outcome.bodyTruncated ? (
          <p className="alert alert--info">
            The body is larger than {kb(outcome.bodyLimitBytes)}; only the first {kb(outcome.bodyLimitBytes)} are shown.
          </p>
        ) : null}
        {outcome.body ? (
          <pre className="try-it__block" tabIndex={0} aria-label="Response body">
            {body}
          </pre>
        ) : (
          <p className="muted">Empty body</p>
        )}
      </div>
    </section>
  );
}
