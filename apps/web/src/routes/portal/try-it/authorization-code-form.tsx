import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { CopyButton } from '../../../components/copy-button.tsx';
import { describeError } from '../../../components/describe-error.ts';
import { FieldErrors } from '../../../forms/field-error-list.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { TextField } from '../../../forms/text-field.tsx';
import { graphql, type FragmentType } from '../../../graphql/generated/index.ts';
import { ExchangeAuthorizationCodeMutation } from './exchange-code-mutation.ts';
import { errorsByField } from '../../../forms/field-errors.ts';
import { validationErrorOf } from '../../../forms/handle-payload.ts';
import { rememberPendingClient } from './pending-state.ts';
import { readRedirect } from './read-redirect.ts';
import type { TokenResult_token } from './token-result.tsx';

const StartAuthorizationMutation = graphql(`
  mutation StartAuthorization($input: StartAuthorizationInput!) {
    startAuthorization(input: $input) {
      __typename
      ... on AuthorizationStarted {
        authorizationUrl
        state
        redirectUri
        portalCallbackAdded
        expiresAt
      }
      ... on TokenGrantUnavailableError {
        message
      }
      ...FieldErrors_validationError
      ... on IdpRegistrationError {
        error
        message
      }
      ... on IdpOperationUnsupportedError {
        message
      }
    }
  }
`);

type Mode = 'PORTAL_CALLBACK' | 'CLIENT_REDIRECT_URI';

interface Props {
  clientId: string;
  redirectUris: readonly string[];
  portalCallbackUrl: string;
  portalCallbackRegistered: boolean;
  onToken: (token: FragmentType<typeof TokenResult_token>) => void;
}

/**
 * Authorization code with PKCE (RFC 6749 section 4.1, RFC 7636): the portal keeps the verifier and
 * state. Either the identity provider sends the browser back to the portal (its callback added to
 * the client's redirect URIs only with consent), or the developer opens the URL and pastes the code.
 */
export function AuthorizationCodeForm(props: Props) {
  const { clientId, portalCallbackUrl, portalCallbackRegistered } = props;
  const ownUris = props.redirectUris.filter((uri) => uri !== portalCallbackUrl);
  const [mode, setMode] = useState<Mode>('PORTAL_CALLBACK');
  const [scope, setScope] = useState('openid');
  const [consent, setConsent] = useState(false);
  const [redirectUri, setRedirectUri] = useState(ownUris[0] ?? '');
  const [started, setStarted] = useState<{ authorizationUrl: string; state: string; redirectUri: string } | null>(null);
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [start, startState] = useMutation(StartAuthorizationMutation);
  const [exchange, exchangeState] = useMutation(ExchangeAuthorizationCodeMutation);
  const modeName = useId();
  const consentId = useId();
  const selectId = useId();

  function reset() {
    setError(null);
    setFieldErrors({});
  }

  async function onStart(event: FormEvent) {
    event.preventDefault();
    reset();
    setStarted(null);
    let payload;
    try {
      payload = (
        await start({
          variables: {
            input: {
              clientId,
              scope,
              redirect: mode,
              ...(mode === 'CLIENT_REDIRECT_URI' ? { redirectUri } : { consentToAddPortalCallback: consent }),
            },
          },
        })
      ).data?.startAuthorization;
    } catch (e) {
      const { title, message } = describeError(e);
      setError(`${title}. ${message}`);
      return;
    }
    if (!payload) return;
    if (payload.__typename === 'AuthorizationStarted') {
      rememberPendingClient(payload.state, clientId);
      if (mode === 'PORTAL_CALLBACK') {
        // A full navigation: the identity provider's login page, then back to /portal/oauth/callback.
        window.location.assign(payload.authorizationUrl);
        return;
      }
      setStarted(payload);
      return;
    }
    if (payload.__typename === 'ValidationError') setFieldErrors(errorsByField(validationErrorOf(payload).fieldErrors));
    else if (payload.__typename === 'IdpRegistrationError') setError(`The identity provider refused to add the portal's callback URL: ${payload.message}`);
    else setError(payload.message);
  }

  async function onExchange(event: FormEvent) {
    event.preventDefault();
    reset();
    if (!started) return;
    const read = readRedirect(pasted);
    if (read.kind === 'empty') {
      setFieldErrors({ code: ['Paste the URL the identity provider redirected to, or its code parameter.'] });
      return;
    }
    if (read.kind === 'error') {
      setError(`The identity provider redirected with ${read.error}${read.description ? `: ${read.description}` : ''}. Start again.`);
      return;
    }
    if (read.state && read.state !== started.state) {
      setFieldErrors({ code: ['That redirect belongs to another authorization request (its state differs). Paste the latest one.'] });
      return;
    }
    let payload;
    try {
      payload = (await exchange({ variables: { input: { state: started.state, code: read.code, iss: read.iss } } })).data?.exchangeAuthorizationCode;
    } catch (e) {
      const { title, message } = describeError(e);
      setError(`${title}. ${message}`);
      return;
    }
    if (!payload) return;
    if (payload.__typename === 'AccessTokenResult') {
      setStarted(null);
      setPasted('');
      props.onToken(payload);
    } else if (payload.__typename === 'ValidationError') setFieldErrors(errorsByField(validationErrorOf(payload).fieldErrors));
    else setError(payload.message);
  }

  const needsConsent = mode === 'PORTAL_CALLBACK' && !portalCallbackRegistered;
  const errorAlert = (
    <div className="alert alert--error" role="alert">
      <p className="alert__title">No token</p>
      <p>{error}</p>
    </div>
  );
  return (
    <div className="try-it">
      <form className="form" onSubmit={(e) => void onStart(e)} noValidate aria-label="Authorization code with PKCE">
        <TextField
          label="Scope"
          hint="Space-separated. OpenID providers need openid; add the API's scopes, for example openid read."
          value={scope}
          onChange={(e) => setScope(e.target.value)}
          errors={fieldErrors.scope}
          autoComplete="off"
          spellCheck={false}
        />
        <fieldset className="fieldset">
          <legend className="fieldset__legend">Where the code goes</legend>
          <ul className="choice-list">
            <li className="choice">
              <input
                id={`${modeName}-portal`}
                type="radio"
                name={modeName}
                className="checkbox try-it__radio"
                checked={mode === 'PORTAL_CALLBACK'}
                onChange={() => setMode('PORTAL_CALLBACK')}
              />
              <div>
                <label className="choice__label" htmlFor={`${modeName}-portal`}>
                  Back to the portal
                </label>
                <p className="choice__hint">
                  You sign in at the identity provider and it sends you back here with the code. Needs <code className="code">{portalCallbackUrl}</code> among
                  the client's redirect URIs.
                </p>
              </div>
            </li>
            <li className={`choice${ownUris.length === 0 ? ' choice--disabled' : ''}`}>
              <input
                id={`${modeName}-own`}
                type="radio"
                name={modeName}
                className="checkbox try-it__radio"
                checked={mode === 'CLIENT_REDIRECT_URI'}
                disabled={ownUris.length === 0}
                onChange={() => setMode('CLIENT_REDIRECT_URI')}
              />
              <div>
                <label className="choice__label" htmlFor={`${modeName}-own`}>
                  To one of the client's redirect URIs; I paste the code back
                </label>
                <p className="choice__hint">
                  {ownUris.length === 0 ? 'The client has no redirect URI of its own.' : 'Nothing changes at the identity provider. The page at that URI need not exist: copy the address it shows.'}
                </p>
              </div>
            </li>
          </ul>
        </fieldset>
        {needsConsent ? (
          <div className={`field${fieldErrors.consentToAddPortalCallback ? ' field--invalid' : ''}`}>
            <div className="choice">
              <input
                id={consentId}
                type="checkbox"
                className="checkbox"
                checked={consent}
                onChange={(e) => setConsent(e.target.checked)}
                aria-describedby={fieldErrors.consentToAddPortalCallback ? `${consentId}-errors` : undefined}
                aria-invalid={fieldErrors.consentToAddPortalCallback ? true : undefined}
              />
              <div>
                <label className="choice__label" htmlFor={consentId}>
                  Add the portal's callback URL to this client's redirect URIs
                </label>
                <p className="choice__hint">
                  The portal asks the identity provider to register <code className="code">{portalCallbackUrl}</code> for this client. It stays until you edit the
                  client's redirect URIs.
                </p>
              </div>
            </div>
            <FieldErrors id={`${consentId}-errors`} messages={fieldErrors.consentToAddPortalCallback ?? []} />
          </div>
        ) : null}
        {mode === 'CLIENT_REDIRECT_URI' ? (
          <div className={`field${fieldErrors.redirectUri ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor={selectId}>
              Redirect URI
            </label>
            <select id={selectId} className="try-it__select" value={redirectUri} onChange={(e) => setRedirectUri(e.target.value)}>
              {ownUris.map((uri) => (
                <option key={uri} value={uri}>
                  {uri}
                </option>
              ))}
            </select>
            <FieldErrors id={`${selectId}-errors`} messages={fieldErrors.redirectUri ?? []} />
          </div>
        ) : null}
        {error && !started ? errorAlert : null}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={startState.loading}>
            {mode === 'PORTAL_CALLBACK' ? 'Sign in at the identity provider' : 'Create authorization URL'}
          </button>
          {startState.loading ? (
            <span className="actions__status" role="status">
              <Spinner size="sm" /> {needsConsent ? 'Adding the callback URL at the identity provider…' : 'Preparing the request…'}
            </span>
          ) : null}
        </div>
      </form>
      {started ? (
        <form className="form" onSubmit={(e) => void onExchange(e)} noValidate aria-label="Exchange the code">
          <div className="field">
            <p className="field__label">Authorization URL</p>
            <p className="field__hint">
              Open it, sign in, and copy the address of the page it sends you to (<code className="code">{started.redirectUri}</code>…). It works once, for ten
              minutes.
            </p>
            <pre className="try-it__block" tabIndex={0} aria-label="Authorization URL">
              {started.authorizationUrl}
            </pre>
            <div className="actions">
              <a className="button" href={started.authorizationUrl} target="_blank" rel="noopener noreferrer">
                Open in a new tab
              </a>
              <CopyButton value={started.authorizationUrl} what="authorization URL" />
            </div>
          </div>
          <TextField
            label="Redirect URL or code"
            hint="Paste the whole address (with ?code=…&state=…) or only the code."
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
            errors={fieldErrors.code}
            autoComplete="off"
            spellCheck={false}
          />
          {error ? errorAlert : null}
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={exchangeState.loading}>
              {exchangeState.loading ? 'Exchanging…' : 'Exchange code'}
            </button>
            {exchangeState.loading ? (
              <span className="actions__status" role="status">
                <Spinner size="sm" /> Asking the identity provider for a token…
              </span>
            ) : null}
          </div>
        </form>
      ) : null}
    </div>
  );
}
