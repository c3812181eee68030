import { useMutation } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Link, redirect, useNavigate } from 'react-router';
import { apolloClient } from '../../apollo/apollo-client.ts';
import { useRouteData } from '../../app/use-route-data.ts';
import { fetchCurrentUser, homePathFor, rememberSignedInUser } from '../../auth/current-user.ts';
import { SignInMutation } from '../../auth/sign-in-mutation.ts';
import { fetchSignUpEnabled, MIN_PASSWORD_LENGTH } from '../../auth/sign-up-enabled.ts';
import { AuthCard } from '../../components/auth-card.tsx';
import { AuthSwitch } from '../../components/auth-switch.tsx';
import { FormProblem } from '../../forms/form-problem.tsx';
import { SubmitButton } from '../../forms/submit-status.tsx';
import { describeFailure, formValues, localErrors, usePayloadForm } from '../../forms/use-payload-form.ts';
import { TextField } from '../../forms/text-field.tsx';
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
      ...FieldErrors_validationError
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

function localProblems(input: { name: string; email: string; password: string }) {
  return localErrors({
    name: input.name.trim() ? null : 'Enter your name.',
    email: input.email.trim() ? null : 'Enter your email address.',
    password: input.password.length >= MIN_PASSWORD_LENGTH ? null : `Use at least ${MIN_PASSWORD_LENGTH} characters.`,
  });
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
  const form = usePayloadForm();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = formValues(event.currentTarget, ['name', 'email', 'password']);
    const input = { ...values, email: values.email.trim() };
    if (!form.begin(localProblems(input))) return;
    await form.send(async () => (await signUp({ variables: { input } })).data?.signUp, {
      SignUpSuccess: async ({ message }) => {
        let signedIn;
        try {
          signedIn = (await signIn({ variables: { input: { email: input.email, password: input.password } } })).data?.signIn;
        } catch (error) {
          form.setProblem(`${message} ${describeFailure(error)}`);
          return;
        }
        if (signedIn?.__typename !== 'SignInSuccess') {
          form.setProblem(signedIn?.__typename === 'SignInThrottledError' ? signedIn.message : SIGNED_UP_BUT_NOT_IN);
          return;
        }
        await apolloClient.clearStore();
        rememberSignedInUser(signedIn.user);
        await navigate(homePathFor(signedIn.user.role), { replace: true });
      },
      SignUpDisabledError: ({ message }) => form.setProblem(message),
      ValidationError: form.showInvalid,
    });
  }

  return (
    <AuthCard title="Sign up">
      {signUpEnabled ? (
        <>
          <p className="auth-card__lead">Create a developer account to browse the APIs and create OAuth clients.</p>
          <FormProblem message={form.problem} />
          <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-busy={loading || undefined}>
            <TextField label="Name" name="name" autoComplete="name" required autoFocus errors={form.at('name')} />
            <TextField label="Email" name="email" type="email" autoComplete="email" required errors={form.at('email')} />
            <TextField
              label="Password"
              name="password"
              type="password"
              autoComplete="new-password"
              required
              minLength={MIN_PASSWORD_LENGTH}
              hint={`At least ${MIN_PASSWORD_LENGTH} characters; a few words you remember are strong.`}
              errors={form.at('password')}
            />
            <SubmitButton label="Create account" pendingLabel="Creating your account…" pending={loading} block />
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
    </AuthCard>
  );
}
