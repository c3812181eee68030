import { useId, useState } from 'react';
import { CopyButton } from '../../../components/copy-button.tsx';
import { getFragmentData, graphql, type FragmentType } from '../../../graphql/generated/index.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { formatRemaining } from './format-remaining.ts';
import { useNow } from './use-now.ts';

export const TokenResult_token = graphql(`
  fragment TokenResult_token on AccessTokenResult {
    clientId
    grantType
    accessToken
    tokenType
    scope
    expiresIn
    expiresAt
    isJwt
    refreshTokenIssued
    header {
      name
      value
    }
    claims {
      name
      value
      time
    }
  }
`);

const GRANT_LABEL: Record<string, string> = {
  client_credentials: 'Client credentials',
  authorization_code: 'Authorization code with PKCE',
};

/** Shows a JSON value readably: strings without their quotes, everything else as JSON. */
function displayValue(json: string): string {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    return json;
  }
}

function ClaimsTable({ caption, rows }: { caption: string; rows: readonly { name: string; value: string; time?: string | null }[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="try-it__caption">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">
                <code>{row.name}</code>
              </th>
              <td>
                <code>{displayValue(row.value)}</code>
                {row.time ? (
                  <>
                    {' '}
                    <span className="muted">
                      (<time dateTime={row.time}>{formatDateTime(row.time)}</time>)
                    </span>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Expiry({ expiresAt }: { expiresAt: string }) {
  const now = useNow();
  const left = (Date.parse(expiresAt) - now) / 1000;
  return left > 0 ? (
    <>
      in {formatRemaining(left)}, at <time dateTime={expiresAt}>{formatDateTime(expiresAt)}</time>
    </>
  ) : (
    <strong>
      expired at <time dateTime={expiresAt}>{formatDateTime(expiresAt)}</time>; get a new token
    </strong>
  );
}

/** The token the identity provider issued, masked until revealed, with its decoded header and claims. */
export function TokenResult(props: { token: FragmentType<typeof TokenResult_token> }) {
  const t = getFragmentData(TokenResult_token, props.token);
  const [revealed, setRevealed] = useState(false);
  const valueId = useId();
  return (
    <section className="try-it" aria-label="Access token">
      <div className="alert alert--success" role="status">
        <p className="alert__title">The identity provider issued an access token</p>
        <p>
          {GRANT_LABEL[t.grantType] ?? t.grantType} · {t.tokenType}
          {t.scope ? <> · scope <code className="code">{t.scope}</code></> : null}
          {t.refreshTokenIssued ? ' · a refresh token was issued too (not kept by the portal)' : null}
        </p>
      </div>
      <dl className="details">
        <div className="details__row">
          <dt>Access token</dt>
          <dd>
            <span className="secret">
              <button type="button" className="button button--small" aria-controls={valueId} aria-expanded={revealed} onClick={() => setRevealed((r) => !r)}>
                {revealed ? 'Hide token' : 'Reveal token'}
              </button>
              <CopyButton value={t.accessToken} what="access token" />
            </span>
            <pre id={valueId} className="try-it__block" tabIndex={0} aria-label="Access token value">
              {revealed ? t.accessToken : `${t.accessToken.slice(0, 12)}… (${t.accessToken.length} characters, hidden)`}
            </pre>
          </dd>
        </div>
        <div className="details__row">
          <dt>Expires</dt>
          <dd>{t.expiresAt ? <Expiry expiresAt={t.expiresAt} /> : <span className="muted">The identity provider did not say</span>}</dd>
        </div>
        <div className="details__row">
          <dt>Format</dt>
          <dd>{t.isJwt ? 'JWT (decoded below; the gateway checks its signature)' : 'Opaque: only the identity provider can read what it stands for'}</dd>
        </div>
      </dl>
      {t.isJwt ? (
        <>
          <ClaimsTable caption="Header" rows={t.header} />
          <ClaimsTable caption="Claims" rows={t.claims} />
        </>
      ) : null}
    </section>
  );
}
