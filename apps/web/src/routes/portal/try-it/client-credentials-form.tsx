import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../../components/describe-error.ts';
import { Spinner } from '../../../components/spinner.tsx';
import { TextField } from '../../../forms/text-field.tsx';
import { graphql, type FragmentType } from '../../../graphql/generated/index.ts';
import { errorsByField } from '../../../forms/field-errors.ts';
import { validationErrorOf } from '../../../forms/handle-payload.ts';
import type { TokenResult_token } from './token-result.tsx';

const GetClientCredentialsTokenMutation = graphql(`
  mutation GetClientCredentialsToken($input: GetClientCredentialsTokenInput!) {
    getClientCredentialsToken(input: $input) {
      __typename
      ... on AccessTokenResult {
        ...TokenResult_token
      }
      ... on TokenRequestError {
        code
        message
      }
      ... on TokenGrantUnavailableError {
        message
      }
      ...FieldErrors_validationError
    }
  }
`);

interface Props {
  clientId: string;
  onToken: (token: FragmentType<typeof TokenResult_token>) => void;
}

/** Client credentials (RFC 6749 section 4.4): the portal authenticates as the client with its stored secret. */
export function ClientCredentialsForm({ clientId, onToken }: Props) {
  const [scope, setScope] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [getToken, { loading }] = useMutation(GetClientCredentialsTokenMutation);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setFieldErrors({});
    let payload;
    try {
      payload = (await getToken({ variables: { input: { clientId, scope } } })).data?.getClientCredentialsToken;
    } catch (e) {
      const { title, message } = describeError(e);
      setError(`${title}. ${message}`);
      return;
    }
    if (!payload) return;
    if (payload.__typename === 'AccessTokenResult') onToken(payload);
    else if (payload.__typename === 'ValidationError') setFieldErrors(errorsByField(validationErrorOf(payload).fieldErrors));
    else setError(payload.message);
  }

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Client credentials">
      <TextField
        label="Scope"
        hint="Space-separated, for example read write. Leave empty for the client's default."
        value={scope}
        onChange={(e) => setScope(e.target.value)}
        errors={fieldErrors.scope}
        autoComplete="off"
        spellCheck={false}
      />
      {error ? (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">No token</p>
          <p>{error}</p>
        </div>
      ) : null}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? 'Getting a token…' : 'Get token'}
        </button>
        {loading ? (
          <span className="actions__status" role="status">
            <Spinner size="sm" /> Asking the identity provider…
          </span>
        ) : null}
      </div>
    </form>
  );
}
