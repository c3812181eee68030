import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { describeError } from '../../../components/describe-error.ts';
import { Loading } from '../../../components/loading.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { ExchangeAuthorizationCodeMutation } from './exchange-code-mutation.ts';
import { forgetPendingClient, pendingClient } from './pending-state.ts';
import { handOverToken } from './token-handover.ts';

export { RouteError as ErrorBoundary } from '../../../components/route-error.tsx';

/**
 * Where the identity provider sends the browser back (RFC 6749 section 4.1.2) when the developer
 * let the portal add its callback URL: the code is exchanged with the verifier the portal kept,
 * and the developer lands on the client page with the token.
 */
export function Component() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [exchange] = useMutation(ExchangeAuthorizationCodeMutation);
  const [exchangeProblem, setExchangeProblem] = useState<{ title: string; message: string } | null>(null);
  const sent = useRef(false);
  const state = params.get('state');
  const code = params.get('code');
  const error = params.get('error');
  const clientId = pendingClient(state);
  // RFC 6749 section 4.1.2.1: the identity provider may send an error instead of a code.
  const redirectProblem =
    error || !code || !state
      ? {
          title: error === 'access_denied' ? 'Sign-in was cancelled' : 'The identity provider sent no code',
          message: error
            ? `It answered ${error}${params.get('error_description') ? `: ${params.get('error_description')}` : ''}. Start again from the client page.`
            : 'This page expects the code and state the identity provider adds to the address.',
        }
      : null;
  const problem = redirectProblem ?? exchangeProblem;

  useEffect(() => {
    // A code works once: never send it twice (React runs effects twice in development).
    if (sent.current || !code || !state || error) return;
    sent.current = true;
    exchange({ variables: { input: { state, code, iss: params.get('iss') } } })
      .then(({ data }) => {
        const payload = data?.exchangeAuthorizationCode;
        forgetPendingClient(state);
        if (payload?.__typename === 'AccessTokenResult') {
          void navigate(`/portal/clients/${payload.clientId}`, { replace: true, state: handOverToken(payload.clientId, payload) });
          return;
        }
        setExchangeProblem({ title: 'No token', message: payload && 'message' in payload ? payload.message : 'The portal could not exchange the code.' });
      })
      .catch((e: unknown) => setExchangeProblem(describeError(e)));
  }, [code, error, exchange, navigate, params, state]);

  return (
    <div className="page">
      <title>Getting a token · Gatehouse</title>
      <PageHeader title="Authorization code" description="Exchanging the code for a token" />
      {problem ? (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">{problem.title}</p>
          <p>{problem.message}</p>
          <p>
            {clientId ? <Link to={`/portal/clients/${clientId}`}>Back to the client to try again</Link> : <Link to="/portal/clients">Back to your clients</Link>}
          </p>
        </div>
      ) : (
        <Loading label="Exchanging the code at the identity provider…" />
      )}
    </div>
  );
}
