import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, redirect, useNavigate, useSearchParams } from 'react-router';
import { apolloClient } from '../../apollo/apollo-client.ts';
import { fetchCurrentUser, homePathFor, rememberSignedInUser } from '../../auth/current-user.ts';
import { safeRedirectPath } from '../../auth/safe-redirect.ts';
import { SignInMutation } from '../../auth/sign-in-mutation.ts';
import { fetchSignUpEnabled } from '../../auth/sign-up-enabled.ts';
import { useRouteData } from '../../app/use-route-data.ts';
import { AuthSwitch } from '../../components/auth-switch.tsx';
import { describeError } from '../../components/describe-error.ts';
import { Spinner } from '../../components/spinner.tsx';
import { TextField } from '../../components/text-field.tsx';


/** Fallback wording; the API's InvalidCredentialsError.message normally says this. */
const INVALID_CREDENTIALS_MESSAGE = 'Email or password is incorrect.';

/** A signed-in visitor has nothing to do here: send them to their area. */
export async function loader() {
  try {
    const user = await fetchCurrentUser('network-only');
    if (user) return redirect(homePathFor(user.role));
  } catch {
    // API unreachable: show the form anyway; signing in reports the problem.
  }
  return { signUpEnabled: await fetchSignUpEnabled() };
}

interface Problems {
  form?: string;
  email: string[];
  password: string[];
}

const noProblems: Problems = { email: [], password: [] };

export function Component() {
  const { signUpEnabled } = useRouteData<typeof loader>();
  const [signIn, { loading }] = useMutation(SignInMutation);
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [problems, setProblems] = useState<Problems>(noProblems);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { email: String(form.get('email') ?? '').trim(), password: String(form.get('password') ?? '') };
    if (!input.email || !input.password) {
      setProblems({
        email: input.email ? [] : ['Enter your email address.'],
        password: input.password ? [] : ['Enter your password.'],
      });
      return;
    }
    setProblems(noProblems);
    let payload;
    try {
      payload = (await signIn({ variables: { input } })).data?.signIn;
    } catch (error) {
      setProblems({ ...noProblems, form: describeError(error).message });
      return;
    }
    if (!payload) return;
    switch (payload.__typename) {
      case 'SignInSuccess': {
        // Another user may have used this tab before the session ended: start from an empty cache.
        await apolloClient.clearStore();
        rememberSignedInUser(payload.user);
        const target = safeRedirectPath(searchParams.get('redirectTo')) ?? homePathFor(payload.user.role);
        await navigate(target, { replace: true });
        return;
      }
      case 'InvalidCredentialsError':
        setProblems({ ...noProblems, form: payload.message || INVALID_CREDENTIALS_MESSAGE });
        return;
      case 'SignInThrottledError':
        setProblems({ ...noProblems, form: payload.message });
        return;
      case 'ValidationError':
        setProblems({
          form: payload.message,
          email: payload.fieldErrors.filter((e) => e.path === 'email').map((e) => e.message),
          password: payload.fieldErrors.filter((e) => e.path === 'password').map((e) => e.message),
        });
        return;
    }
  }

  return (
    <div className="auth-page">
      <title>Sign in · Gatehouse</title>
      <main className="auth-card" aria-labelledby="sign-in-title">
        <p className="brand brand--large">
          <svg className="brand__mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M4 21V9l8-6 8 6v12h-5v-6a3 3 0 0 0-6 0v6H4z" />
          </svg>
          Gatehouse
        </p>
        <h1 id="sign-in-title" className="auth-card__title">
          Sign in
        </h1>
        <p className="auth-card__lead">Use the email and password of your Gatehouse account.</p>
        {problems.form ? (
          <div className="alert alert--error" role="alert">
            {problems.form}
          </div>
        ) : null}
        <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-busy={loading || undefined}>
          <TextField
            label="Email"
            name="email"
            type="email"
            autoComplete="username"
            required
            autoFocus
            errors={problems.email}
          />
          <TextField
            label="Password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            errors={problems.password}
          />
          <button type="submit" className="button button--primary button--block" disabled={loading}>
            {loading ? (
              <>
                <Spinner size="sm" /> Signing in…
              </>
            ) : (
              'Sign in'
            )}
          </button>
        </form>
        {signUpEnabled ? (
          <AuthSwitch>
            New here? <Link to="/sign-up">Create an account</Link>
          </AuthSwitch>
        ) : null}
      </main>
    </div>
  );
}
