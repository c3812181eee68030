import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { apolloClient } from '../apollo/apollo-client.ts';
import { graphql } from '../graphql/generated/index.ts';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut {
      signedOut
    }
  }
`);

/**
 * Ends the session at the API, leaves the protected area, then empties the Apollo store so the
 * next user of this tab sees nothing of this one's data. `clearStore`, not `resetStore`: the
 * latter refetches every query still retained (the pages just left), which without a session
 * only fails.
 */
export function SignOutButton() {
  const [signOut, { loading }] = useMutation(SignOutMutation);
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);

  async function onClick() {
    setFailed(false);
    try {
      await signOut();
    } catch {
      setFailed(true);
      return;
    }
    await navigate('/sign-in', { replace: true });
    await apolloClient.clearStore();
  }

  return (
    <>
      <button type="button" className="button button--quiet" onClick={() => void onClick()} disabled={loading}>
        Sign out
      </button>
      {failed ? (
        <span className="top-bar__error" role="alert">
          Could not sign out. Try again.
        </span>
      ) : null}
    </>
  );
}
