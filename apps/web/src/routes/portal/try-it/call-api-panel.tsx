import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { CopyButton } from '../../../components/copy-button.tsx';
import { describeError } from '../../../components/describe-error.ts';
import { FieldErrors } from '../../../forms/field-error-list.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { graphql } from '../../../graphql/generated/index.ts';
import { ApiResponse, type ApiCallOutcome } from './api-response.tsx';
import { buildCurlCommand } from './build-curl-command.ts';
import { errorsByField } from '../../../forms/field-errors.ts';
import { validationErrorOf } from '../../../forms/handle-payload.ts';
import { parseHeaderLines } from './parse-header-lines.ts';

const CallApiMutation = graphql(`
  mutation CallApi($input: CallApiInput!) {
    callApi(input: $input) {
      __typename
      ... on ApiCallResponse {
        url
        status
        headers {
          name
          value
        }
        body
        bodyBytes
        bodyTruncated
        bodyLimitBytes
        timeMs
        refusal
      }
      ... on ApiCallFailedError {
        reason
        message
        timeMs
      }
      ...FieldErrors_validationError
    }
  }
`);

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;
type Method = (typeof METHODS)[number];

interface Props {
  clientId: string;
  apis: readonly { id: string; name: string; listenPath: string; gatewayUrl: string }[];
  /** The token from "Get a token"; null until there is one. */
  accessToken: string | null;
}

/** "Call the API" (issue 6): a request through the gateway with the token, its answer, and the same request as curl. */
export function CallApiPanel({ clientId, apis, accessToken }: Props) {
  const [apiId, setApiId] = useState(apis[0]?.id ?? '');
  const [method, setMethod] = useState<Method>('GET');
  const [path, setPath] = useState('anything');
  const [headerText, setHeaderText] = useState('Accept: application/json');
  const [body, setBody] = useState('');
  const [revealToken, setRevealToken] = useState(false);
  const [outcome, setOutcome] = useState<ApiCallOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [call, { loading }] = useMutation(CallApiMutation);
  const ids = { api: useId(), method: useId(), path: useId(), headers: useId(), body: useId() };

  const api = apis.find((a) => a.id === apiId) ?? apis[0];
  const parsedHeaders = parseHeaderLines(headerText);
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const url = api ? `${api.gatewayUrl}${path.replace(/^\/+/, '')}` : '';
  const curl = buildCurlCommand({ method, url, headers: parsedHeaders.headers, body: hasBody ? body : '', token: revealToken ? accessToken : null });
  const curlWithToken = buildCurlCommand({ method, url, headers: parsedHeaders.headers, body: hasBody ? body : '', token: accessToken ?? '$TOKEN' });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setFieldErrors({});
    if (!api || !accessToken) return;
    if (parsedHeaders.problems.length > 0) {
      setFieldErrors({ headers: parsedHeaders.problems });
      return;
    }
    let payload;
    try {
      payload = (
        await call({
          variables: { input: { clientId, apiId: api.id, method, path, headers: parsedHeaders.headers, body: hasBody && body ? body : null, accessToken } },
        })
      ).data?.callApi;
    } catch (e) {
      const { title, message } = describeError(e);
      setError(`${title}. ${message}`);
      return;
    }
    if (!payload) return;
    if (payload.__typename === 'ValidationError') {
      setFieldErrors(errorsByField(validationErrorOf(payload).fieldErrors));
      setError(validationErrorOf(payload).fieldErrors.length ? null : validationErrorOf(payload).message);
      return;
    }
    setOutcome(payload);
  }

  const fieldClass = (name: string) => `field${fieldErrors[name] ? ' field--invalid' : ''}`;
  const described = (name: string) => (fieldErrors[name] ? `${ids[name as keyof typeof ids]}-errors` : undefined);

  return (
    <section className="panel try-it" aria-labelledby="call-api-title">
      <h2 id="call-api-title" className="panel__title">
        Call the API
      </h2>
      {apis.length === 0 ? (
        <div className="alert alert--info">
          <p className="alert__title">No API to call</p>
          <p>The policies of this client's APIs grant no active API on the gateway. Ask an admin to check the policy.</p>
        </div>
      ) : (
        <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Request">
          {!accessToken ? (
            <div className="alert alert--info" role="status">
              <p>Get a token above first: the request carries it as <code className="code">Authorization: Bearer</code>.</p>
            </div>
          ) : null}
          <div className="try-it__row">
            <div className={fieldClass('apiId')}>
              <label className="field__label" htmlFor={ids.api}>
                API
              </label>
              <select id={ids.api} className="try-it__select" value={api?.id} onChange={(e) => setApiId(e.target.value)} aria-describedby={described('apiId')}>
                {apis.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name} ({a.listenPath})
                  </option>
                ))}
              </select>
              <FieldErrors id={`${ids.api}-errors`} messages={fieldErrors.apiId ?? []} />
            </div>
            <div className="field">
              <label className="field__label" htmlFor={ids.method}>
                Method
              </label>
              <select id={ids.method} className="try-it__select" value={method} onChange={(e) => setMethod(e.target.value as Method)}>
                {METHODS.map((m) => (
                  <option key={m}>{m}</option>
                ))}
              </select>
            </div>
          </div>
          <div className={fieldClass('path')}>
            <label className="field__label" htmlFor={ids.path}>
              Path
            </label>
            <p className="field__hint" id={`${ids.path}-hint`}>
              Below the API's listen path on the gateway; a query string is fine.
            </p>
            <div className="try-it__path">
              <span className="try-it__prefix" aria-hidden="true">
                {api?.gatewayUrl}
              </span>
              <input
                id={ids.path}
                className="input"
                value={path}
                onChange={(e) => setPath(e.target.value)}
                aria-invalid={fieldErrors.path ? true : undefined}
                aria-describedby={[`${ids.path}-hint`, described('path')].filter(Boolean).join(' ')}
                autoComplete="off"
                spellCheck={false}
              />
            </div>
            <FieldErrors id={`${ids.path}-errors`} messages={fieldErrors.path ?? []} />
          </div>
          <div className={fieldClass('headers')}>
            <label className="field__label" htmlFor={ids.headers}>
              Headers
            </label>
            <p className="field__hint" id={`${ids.headers}-hint`}>
              One per line, as Name: value. The portal adds Authorization with the token.
            </p>
            <textarea
              id={ids.headers}
              className="try-it__textarea"
              rows={3}
              value={headerText}
              onChange={(e) => setHeaderText(e.target.value)}
              aria-invalid={fieldErrors.headers ? true : undefined}
              aria-describedby={[`${ids.headers}-hint`, described('headers')].filter(Boolean).join(' ')}
              spellCheck={false}
            />
            <FieldErrors id={`${ids.headers}-errors`} messages={fieldErrors.headers ?? []} />
          </div>
          {hasBody ? (
            <div className={fieldClass('body')}>
              <label className="field__label" htmlFor={ids.body}>
                Body
              </label>
              <textarea
                id={ids.body}
                className="try-it__textarea"
                rows={5}
                value={body}
                onChange={(e) => setBody(e.target.value)}
                aria-invalid={fieldErrors.body ? true : undefined}
                aria-describedby={described('body')}
                spellCheck={false}
              />
              <FieldErrors id={`${ids.body}-errors`} messages={fieldErrors.body ?? []} />
            </div>
          ) : null}
          {error ? (
            <div className="alert alert--error" role="alert">
              <p>{error}</p>
            </div>
          ) : null}
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={loading || !accessToken}>
              {loading ? 'Sending…' : 'Send request'}
            </button>
            {loading ? (
              <span className="actions__status" role="status">
                <Spinner size="sm" /> Waiting for the gateway…
              </span>
            ) : null}
          </div>
          <div className="field">
            <div className="try-it__heading-row">
              <h3 className="try-it__subtitle">As curl</h3>
              <span className="secret">
                <button type="button" className="button button--small" aria-pressed={revealToken} disabled={!accessToken} onClick={() => setRevealToken((r) => !r)}>
                  {revealToken ? 'Hide token' : 'Reveal token'}
                </button>
                <CopyButton value={curlWithToken} what="curl command" />
              </span>
            </div>
            <pre className="try-it__block" tabIndex={0} aria-label="curl command">
              {curl}
            </pre>
          </div>
        </form>
      )}
      {outcome ? <ApiResponse outcome={outcome} /> : null}
    </section>
  );
}
