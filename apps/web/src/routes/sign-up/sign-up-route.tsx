import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, redirect, useNavigate } from 'react-router';
import { apolloClient } from '../../apollo/apollo-client.ts';
import { useRouteData } from '../../app/use-route-data.ts';
import { fetchCurrentUser, homePathFor, rememberSignedInUser } from '../../auth/current-user.ts';
import { SignInMutation } from '../../auth/sign-in-mutation.ts';
import { fetchSignUpEnabled, MIN_PASSWORD_LENGTH } from '../../auth/sign-up-enabled.ts';
import { AuthSwitch } from '../../components/auth-switch.tsx';
import { describeError } from '../../components/describe-error.ts';
import { Spinner } from '../../components/spinner.tsx';
import { TextField } from '../../components/text-field.tsx';
import { graphql } from '../../graphql/generated/index.ts';

const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      __typename
      ... on SignUpSuccess {
        message
      }
      ... on SignUpDisabledError {
        message
      }
      ... on ValidationError {
        message
        fieldErrors {
          path
          message
        }
      }
    }
  }
`);

/** A signed-in visitor has nothing to do here; others learn whether sign-up is open. */
export async function loader() {
  try {
    const user = await fetchCurrentUser('network-only');
    if (user) return redirect(homePathFor(user.role));
  } catch {
    // API unreachable: the form reports it when submitted.
  }
  return { signUpEnabled: await fetchSignUpEnabled() };
}

type Field = 'name' | 'email' | 'password';
interface Problems {
  form?: string;
  fields: Record<Field, string[]>;
}
const noProblems: Problems = { fields: { name: [], email: [], password: [] } };

function localProblems(input: Record<Field, string>): Problems | null {
  const fields = {
    name: input.name.trim() ? [] : ['Enter your name.'],
    email: input.email.trim() ? [] : ['Enter your email address.'],
    password: input.password.length >= MIN_PASSWORD_LENGTH ? [] : [`Use at least ${MIN_PASSWORD_LENGTH} characters.`],
  };
  return Object.values(fields).some((m) => m.length) ? { fields } : null;
}

/** After sign-up, when signing in with the same email and password fails (the email had an account). */
const SIGNED_UP_BUT_NOT_IN = 'We could not sign you in with this email and password. If you had an account already, sign in with its password.';

/**
 * Sign up: a developer account of one's own, when the portal allows it. The API answers sign-up
 * alike whether or not the email had an account (it reveals none) and starts no session, so the
 * page signs in with the same email and password next.
 */
export function Component() {
  const { signUpEnabled } = useRouteData<typeof loader>();
  const [signUp, { loading: signingUp }] = useMutation(SignUpMutation);
  const [signIn, { loading: signingIn }] = useMutation(SignInMutation);
  const loading = signingUp || signingIn;
  const navigate = useNavigate();
  const [problems, setProblems] = useState<Problems>(noProblems);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { name: String(form.get('name') ?? ''), email: String(form.get('email') ?? '').trim(), password: String(form.get('password') ?? '') };
    const local = localProblems(input);
    if (local) {
      setProblems(local);
      return;
    }
    setProblems(noProblems);
    let payload;
    try {
      payload = (await signUp({ variables: { input } })).data?.signUp;
    } catch (error) {
      const { title, message } = describeError(error);
      setProblems({ ...noProblems, form: `${title}. ${message}` });
      return;
    }
    if (!payload) return;
    switch (payload.__typename) {
      case 'SignUpSuccess': {
        let signedIn;
        try {
          signedIn = (await signIn({ variables: { input: { email: input.email, password: input.password } } })).data?.signIn;
        } catch (error) {
          const { title, message } = describeError(error);
          setProblems({ ...noProblems, form: `${payload.message} ${title}. ${message}` });
          return;
        }
        if (signedIn?.__typename !== 'SignInSuccess') {
          setProblems({ ...noProblems, form: signedIn?.__typename === 'SignInThrottledError' ? signedIn.message : SIGNED_UP_BUT_NOT_IN });
          return;
        }
        await apolloClient.clearStore();
        rememberSignedInUser(signedIn.user);
        await navigate(homePathFor(signedIn.user.role), { replace: true });
        return;
      }
      case 'SignUpDisabledError':
        setProblems({ ...noProblems, form: payload.message });
        return;
      case 'ValidationError': {
        const of = (field: Field) => payload.fieldErrors.filter((e) => e.path === field).map((e) => e.message);
        setProblems({ form: payload.message, fields: { name: of('name'), email: of('email'), password: of('password') } });
        return;
      }
    }
  }

  return (
    <div className="auth-page">
      <title>Sign up · Gatehouse</title>
      <main className="auth-card" aria-labelledby="sign-up-title">
        <p className="brand brand--large">
          <svg className="brand__mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M4 21V9l8-6 8 6v12h-5v-6a3 3 0 0 0-6 0v6H4z" />
          </svg>
          Gatehouse
        </p>
        <h1 id="sign-up-title" className="auth-card__title">
          Sign up
        </h1>
        {signUpEnabled ? (
          <>
            <p className="auth-card__lead">Create a developer account to browse the APIs and create OAuth clients.</p>
            {problems.form ? (
              <div className="alert alert--error" role="alert">
                {problems.form}
              </div>
            ) : null}
            <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-busy={loading || undefined}>
              <TextField label="Name" name="name" autoComplete="name" required autoFocus errors={problems.fields.name} />
              <TextField label="Email" name="email" type="email" autoComplete="email" required errors={problems.fields.email} />
              <TextField
                label="Password"
                name="password"
                type="password"
                autoComplete="new-password"
                required
                minLength={MIN_PASSWORD_LENGTH}
                hint={`At least ${MIN_PASSWORD_LENGTH} characters; a few words you remember are strong.`}
                errors={problems.fields.password}
              />
              <button type="submit" className="button button--primary button--block" disabled={loading}>
                {loading ? (
                  <>
                    <Spinner size="sm" /> Creating your account…
                  </>
                ) : (
                  'Create account'
                )}
              </button>
            </form>
          </>
        ) : (
          <div className="alert alert--info" role="status">
            This portal does not let visitors sign up. Ask an administrator to add you as a developer.
          </div>
        )}
        <AuthSwitch>
          Already have an account? <Link to="/sign-in">Sign in</Link>
        </AuthSwitch>
      </main>
    </div>
  );
}
