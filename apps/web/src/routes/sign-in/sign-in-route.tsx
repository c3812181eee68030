import { useMutation } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Link, redirect, useNavigate, useSearchParams } from 'react-router';
import { apolloClient } from '../../apollo/apollo-client.ts';
import { fetchCurrentUser, homePathFor, rememberSignedInUser } from '../../auth/current-user.ts';
import { safeRedirectPath } from '../../auth/safe-redirect.ts';
import { SignInMutation } from '../../auth/sign-in-mutation.ts';
import { fetchSignUpEnabled } from '../../auth/sign-up-enabled.ts';
import { useRouteData } from '../../app/use-route-data.ts';
import { AuthCard } from '../../components/auth-card.tsx';
import { AuthSwitch } from '../../components/auth-switch.tsx';
import { describeError } from '../../components/describe-error.ts';
import { FormProblem } from '../../forms/form-problem.tsx';
import { SubmitButton } from '../../forms/submit-status.tsx';
import { formValues, localErrors, usePayloadForm } from '../../forms/use-payload-form.ts';
import { TextField } from '../../forms/text-field.tsx';


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

export function Component() {
  const { signUpEnabled } = useRouteData<typeof loader>();
  const [signIn, { loading }] = useMutation(SignInMutation);
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const form = usePayloadForm((error) => describeError(error).message);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = formValues(event.currentTarget, ['email', 'password']);
    const input = { email: values.email.trim(), password: values.password };
    const local = localErrors({ email: input.email ? null : 'Enter your email address.', password: input.password ? null : 'Enter your password.' });
    if (!form.begin(local)) return;
    await form.send(async () => (await signIn({ variables: { input } })).data?.signIn, {
      SignInSuccess: async ({ user }) => {
        // Another user may have used this tab before the session ended: start from an empty cache.
        await apolloClient.clearStore();
        rememberSignedInUser(user);
        await navigate(safeRedirectPath(searchParams.get('redirectTo')) ?? homePathFor(user.role), { replace: true });
      },
      InvalidCredentialsError: ({ message }) => form.setProblem(message || INVALID_CREDENTIALS_MESSAGE),
      SignInThrottledError: ({ message }) => form.setProblem(message),
      ValidationError: form.showInvalid,
    });
  }

  return (
    <AuthCard title="Sign in">
      <p className="auth-card__lead">Use the email and password of your Gatehouse account.</p>
      <FormProblem message={form.problem} />
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-busy={loading || undefined}>
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          errors={form.at('email')}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          errors={form.at('password')}
        />
        <SubmitButton label="Sign in" pendingLabel="Signing in…" pending={loading} block />
      </form>
      {signUpEnabled ? (
        <AuthSwitch>
          New here? <Link to="/sign-up">Create an account</Link>
        </AuthSwitch>
      ) : null}
    </AuthCard>
  );
}
