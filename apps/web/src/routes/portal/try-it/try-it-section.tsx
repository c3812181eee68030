import { useState } from 'react';
import { useLocation } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../graphql/generated/index.ts';
import { CallApiPanel } from './call-api-panel.tsx';
import { GetTokenPanel } from './get-token-panel.tsx';
import { readHandedOverToken } from './token-handover.ts';
import { TokenResult_token } from './token-result.tsx';
import './try-it.css';

export const TryIt_client = graphql(`
  fragment TryIt_client on OAuthClient {
    id
    redirectUris
    tryIt {
      clientCredentials
      authorizationCode
      portalCallbackUrl
      portalCallbackRegistered
      unavailableReason
      apis {
        id
        name
        listenPath
        gatewayUrl
      }
    }
  }
`);

/**
 * "Get a token" and "Call the API" on the developer's client page (issue 6). The token lives in
 * this component's state only: it came from the portal's callback (router state) or a form below,
 * and leaves with the page.
 */
export function TryIt(props: { client: FragmentType<typeof TryIt_client> }) {
  const c = getFragmentData(TryIt_client, props.client);
  const location = useLocation();
  const [token, setToken] = useState<FragmentType<typeof TokenResult_token> | null>(() => readHandedOverToken(location.state, c.id));
  if (!c.tryIt) return null;
  const accessToken = token ? getFragmentData(TokenResult_token, token).accessToken : null;
  return (
    <>
      <GetTokenPanel clientId={c.id} redirectUris={c.redirectUris} options={c.tryIt} token={token} onToken={setToken} />
      <CallApiPanel clientId={c.id} apis={c.tryIt.apis} accessToken={accessToken} />
    </>
  );
}
