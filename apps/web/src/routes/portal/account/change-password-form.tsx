import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH } from '../../../auth/sign-up-enabled.ts';
import { FormProblem } from '../../../forms/form-problem.tsx';
import { SubmitButton } from '../../../forms/submit-status.tsx';
import { formValues, localErrors, usePayloadForm } from '../../../forms/use-payload-form.ts';
import { TextField } from '../../../forms/text-field.tsx';
import { graphql } from '../../../graphql/generated/index.ts';

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      __typename
      ... on ChangePasswordSuccess {
        endedSessions
        revokedApiTokens
      }
      ...FieldErrors_validationError
    }
  }
`);

/** Change password: the current one first; other sessions end and API tokens are revoked (the API does that). */
export function ChangePasswordForm() {
  const [change, { loading }] = useMutation(ChangePasswordMutation);
  const form = usePayloadForm();
  const [done, setDone] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { currentPassword, newPassword, repeatPassword } = formValues(event.currentTarget, ['currentPassword', 'newPassword', 'repeatPassword']);
    setDone(null);
    const local = localErrors({
      currentPassword: currentPassword ? null : 'Enter your current password.',
      newPassword: newPassword.length >= MIN_PASSWORD_LENGTH ? null : `Use at least ${MIN_PASSWORD_LENGTH} characters.`,
      repeatPassword: repeatPassword === newPassword ? null : 'This does not match the new password.',
    });
    if (!form.begin(local)) return;
    await form.send(async () => (await change({ variables: { input: { currentPassword, newPassword } } })).data?.changePassword, {
      ValidationError: ({ fieldErrors }) => form.show(fieldErrors.filter((e) => e.path !== 'repeatPassword')),
      ChangePasswordSuccess: ({ endedSessions: ended, revokedApiTokens: revoked }) => {
        formRef.current?.reset();
        setDone(
          `Your password was changed.${ended ? ` ${ended} other ${ended === 1 ? 'session was' : 'sessions were'} signed out.` : ''}${
            revoked ? ` ${revoked} API ${revoked === 1 ? 'token was' : 'tokens were'} revoked; create new ones where you need them.` : ''
          }`,
        );
      },
    });
  }

  return (
    <section className="panel" aria-labelledby="change-password-title">
      <h2 id="change-password-title" className="panel__title">
        Change password
      </h2>
      {done ? (
        <div className="alert alert--success" role="status">
          {done}
        </div>
      ) : null}
      <FormProblem message={form.problem} />
      <form ref={formRef} className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-busy={loading || undefined}>
        <TextField label="Current password" name="currentPassword" type="password" autoComplete="current-password" required errors={form.at('currentPassword')} />
        <TextField
          label="New password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          hint={`At least ${MIN_PASSWORD_LENGTH} characters. When it changes, your other sessions are signed out and your API tokens revoked.`}
          errors={form.at('newPassword')}
        />
        <TextField label="Repeat new password" name="repeatPassword" type="password" autoComplete="new-password" required errors={form.at('repeatPassword')} />
        <div className="actions">
          <SubmitButton label="Change password" pendingLabel="Changing…" pending={loading} />
        </div>
      </form>
    </section>
  );
}
