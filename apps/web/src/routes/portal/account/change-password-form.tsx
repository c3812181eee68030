import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH } from '../../../auth/sign-up-enabled.ts';
import { describeError } from '../../../components/describe-error.ts';
import { Spinner } from '../../../components/spinner.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { graphql } from '../../../graphql/generated/index.ts';

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      __typename
      ... on ChangePasswordSuccess {
        endedSessions
        revokedApiTokens
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

type Field = 'currentPassword' | 'newPassword' | 'repeatPassword';
const none: Record<Field, string[]> = { currentPassword: [], newPassword: [], repeatPassword: [] };

/** Change password: the current one first; other sessions end and API tokens are revoked (the API does that). */
export function ChangePasswordForm() {
  const [change, { loading }] = useMutation(ChangePasswordMutation);
  const [errors, setErrors] = useState(none);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (f: Field) => String(data.get(f) ?? '');
    const local: Record<Field, string[]> = {
      currentPassword: value('currentPassword') ? [] : ['Enter your current password.'],
      newPassword: value('newPassword').length >= MIN_PASSWORD_LENGTH ? [] : [`Use at least ${MIN_PASSWORD_LENGTH} characters.`],
      repeatPassword: value('repeatPassword') === value('newPassword') ? [] : ['This does not match the new password.'],
    };
    setDone(null);
    setProblem(null);
    setErrors(local);
    if (Object.values(local).some((m) => m.length)) return;
    let payload;
    try {
      payload = (await change({ variables: { input: { currentPassword: value('currentPassword'), newPassword: value('newPassword') } } })).data
        ?.changePassword;
    } catch (error) {
      const { title, message } = describeError(error);
      setProblem(`${title}. ${message}`);
      return;
    }
    if (!payload) return;
    if (payload.__typename === 'ValidationError') {
      const of = (f: Field) => payload.fieldErrors.filter((e) => e.path === f).map((e) => e.message);
      setErrors({ currentPassword: of('currentPassword'), newPassword: of('newPassword'), repeatPassword: [] });
      return;
    }
    form.current?.reset();
    const ended = payload.endedSessions;
    const revoked = payload.revokedApiTokens;
    setDone(
      `Your password was changed.${ended ? ` ${ended} other ${ended === 1 ? 'session was' : 'sessions were'} signed out.` : ''}${
        revoked ? ` ${revoked} API ${revoked === 1 ? 'token was' : 'tokens were'} revoked; create new ones where you need them.` : ''
      }`,
    );
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
      {problem ? (
        <div className="alert alert--error" role="alert">
          {problem}
        </div>
      ) : null}
      <form ref={form} className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-busy={loading || undefined}>
        <TextField label="Current password" name="currentPassword" type="password" autoComplete="current-password" required errors={errors.currentPassword} />
        <TextField
          label="New password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          hint={`At least ${MIN_PASSWORD_LENGTH} characters. When it changes, your other sessions are signed out and your API tokens revoked.`}
          errors={errors.newPassword}
        />
        <TextField label="Repeat new password" name="repeatPassword" type="password" autoComplete="new-password" required errors={errors.repeatPassword} />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={loading}>
            {loading ? (
              <>
                <Spinner size="sm" /> Changing…
              </>
            ) : (
              'Change password'
            )}
          </button>
        </div>
      </form>
    </section>
  );
}
