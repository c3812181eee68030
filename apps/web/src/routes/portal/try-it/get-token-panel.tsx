import { useId, useState } from 'react';
import { getFragmentData, type FragmentType } from '../../../graphql/generated/index.ts';
import { AuthorizationCodeForm } from './authorization-code-form.tsx';
import { ClientCredentialsForm } from './client-credentials-form.tsx';
import { TokenResult, TokenResult_token } from './token-result.tsx';

type Grant = 'client_credentials' | 'authorization_code';

interface Props {
  clientId: string;
  redirectUris: readonly string[];
  options: {
    clientCredentials: boolean;
    authorizationCode: boolean;
    portalCallbackUrl: string;
    portalCallbackRegistered: boolean;
    unavailableReason: string | null;
  };
  token: FragmentType<typeof TokenResult_token> | null;
  onToken: (token: FragmentType<typeof TokenResult_token>) => void;
}

const GRANTS: { value: Grant; label: string; hint: string }[] = [
  { value: 'client_credentials', label: 'Client credentials', hint: 'The client itself, with its stored secret; no user involved.' },
  { value: 'authorization_code', label: 'Authorization code with PKCE', hint: 'On behalf of a user who signs in at the identity provider.' },
];

/** "Get a token" (issue 6): the grants the client is registered for, and the token that came back. */
export function GetTokenPanel({ clientId, redirectUris, options, token, onToken }: Props) {
  const offered = GRANTS.filter((g) => (g.value === 'client_credentials' ? options.clientCredentials : options.authorizationCode));
  const [grant, setGrant] = useState<Grant | null>(offered[0]?.value ?? null);
  const name = useId();

  return (
    <section className="panel try-it" aria-labelledby="get-token-title">
      <h2 id="get-token-title" className="panel__title">
        Get a token
      </h2>
      {offered.length === 0 ? (
        <div className="alert alert--info">
          <p className="alert__title">The portal cannot get a token for this client</p>
          <p>{options.unavailableReason ?? 'It is registered for neither the client credentials nor the authorization code grant.'}</p>
        </div>
      ) : (
        <>
          {offered.length > 1 ? (
            <fieldset className="fieldset">
              <legend className="fieldset__legend">Grant</legend>
              <ul className="choice-list">
                {offered.map((g) => (
                  <li key={g.value} className="choice">
                    <input
                      id={`${name}-${g.value}`}
                      type="radio"
                      name={name}
                      className="checkbox try-it__radio"
                      checked={grant === g.value}
                      onChange={() => setGrant(g.value)}
                    />
                    <div>
                      <label className="choice__label" htmlFor={`${name}-${g.value}`}>
                        {g.label}
                      </label>
                      <p className="choice__hint">{g.hint}</p>
                    </div>
                  </li>
                ))}
              </ul>
            </fieldset>
          ) : (
            <p>{offered[0]!.label}: {offered[0]!.hint}</p>
          )}
          {grant === 'client_credentials' ? <ClientCredentialsForm clientId={clientId} onToken={onToken} /> : null}
          {grant === 'authorization_code' ? (
            <AuthorizationCodeForm
              clientId={clientId}
              redirectUris={redirectUris}
              portalCallbackUrl={options.portalCallbackUrl}
              portalCallbackRegistered={options.portalCallbackRegistered}
              onToken={onToken}
            />
          ) : null}
        </>
      )}
      {/* Keyed by the token: a new one starts hidden again. */}
      {token ? <TokenResult key={getFragmentData(TokenResult_token, token).accessToken} token={token} /> : null}
    </section>
  );
}
