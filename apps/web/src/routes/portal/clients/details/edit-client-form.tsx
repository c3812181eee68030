import { useMutation } from '@apollo/client/react';
import { splitRedirectUris } from '@gatehouse/dcr/redirect-uris';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../../../components/describe-error.ts';
import { Spinner } from '../../../../components/spinner.tsx';
import { TextField } from '../../../../forms/text-field.tsx';
import { graphql } from '../../../../graphql/generated/index.ts';
import {
  emptyWizardFieldErrors,
  groupFieldErrors,
  hasFieldErrors,
  type WizardFieldErrors,
} from '../form/group-field-errors.ts';
import { validationErrorOf } from '../../../../forms/handle-payload.ts';
import { localFieldErrors } from '../form/local-field-errors.ts';
import { RedirectUrisField } from '../form/redirect-uris-field.tsx';
import type { ClientNoticeData } from './client-notice.tsx';

const UpdateOAuthClientMutation = graphql(`
  mutation UpdateOAuthClient($input: UpdateOAuthClientInput!) {
    updateOAuthClient(input: $input) {
      __typename
      ... on UpdateOAuthClientSuccess {
        secretChanged
        client {
          id
          clientName
          ...ClientDetails_client
          ...ManageClient_client
        }
      }
      ...FieldErrors_validationError
      ... on IdpRegistrationError {
        error
        message
        path
      }
      ... on IdpOperationUnsupportedError {
        message
      }
    }
  }
`);

interface EditClientFormProps {
  clientId: string;
  clientName: string;
  redirectUris: readonly string[];
  separator: string;
  /** Curity issues a new secret on every change: say so before saving. */
  updateRotatesSecret: boolean;
  onDone: (notice: ClientNoticeData | null) => void;
}

interface Problem {
  title: string;
  message: string;
  code?: string;
}

/**
 * Edits the client name and redirect URLs at the identity provider (RFC 7592 PUT). The IdP's
 * refusal appears beside the field it concerns; whatever happens, the typed values stay.
 */
export function EditClientForm(props: EditClientFormProps) {
  const { clientId, separator } = props;
  const [clientName, setClientName] = useState(props.clientName);
  const [redirectUris, setRedirectUris] = useState(props.redirectUris.join(separator));
  const [errors, setErrors] = useState<WizardFieldErrors>(emptyWizardFieldErrors);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [update, { loading }] = useMutation(UpdateOAuthClientMutation);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    const local = localFieldErrors(clientName, redirectUris, separator);
    setProblem(null);
    setErrors(local);
    if (hasFieldErrors(local)) return;
    let payload;
    try {
      payload = (await update({ variables: { input: { id: clientId, clientName: clientName.trim(), redirectUris: splitRedirectUris(redirectUris, separator) } } })).data?.updateOAuthClient;
    } catch (error) {
      const { title, message } = describeError(error);
      setProblem({ title: 'The changes were not saved', message: `${title}. ${message}` });
      return;
    }
    if (!payload) return;
    switch (payload.__typename) {
      case 'UpdateOAuthClientSuccess':
        props.onDone({
          title: 'Changes saved at the identity provider',
          message: payload.secretChanged
            ? 'The identity provider also issued a new client secret: the old one no longer works. Reveal and copy the new one below.'
            : `“${payload.client.clientName}” now has the redirect URIs listed below; the client secret is unchanged.`,
        });
        return;
      case 'ValidationError': {
        const { message, fieldErrors } = validationErrorOf(payload);
        const grouped = groupFieldErrors(fieldErrors);
        setErrors(grouped);
        setProblem({ title: 'The changes were not saved', message: [message, ...grouped.other].join(' ') });
        return;
      }
      case 'IdpRegistrationError': {
        const unreachable = payload.error === 'idp_unavailable';
        if (payload.path) setErrors(groupFieldErrors([{ path: payload.path, message: `${payload.message} (${payload.error})` }]));
        setProblem({
          title: unreachable ? 'The identity provider could not be reached' : 'The identity provider refused the changes',
          message: payload.path ? 'See the error next to the field below.' : payload.message,
          code: unreachable ? undefined : payload.error,
        });
        return;
      }
      case 'IdpOperationUnsupportedError':
        setProblem({ title: 'The identity provider does not allow changes', message: payload.message });
        return;
    }
  }

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-busy={loading || undefined} aria-labelledby="edit-client-title">
      <h3 id="edit-client-title" className="manage__subtitle">
        Edit client
      </h3>
      {problem ? (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">{problem.title}</p>
          <p>{problem.message}</p>
          {problem.code ? (
            <p className="alert__code">
              Identity provider error: <code className="code">{problem.code}</code>
            </p>
          ) : null}
        </div>
      ) : null}
      <TextField
        label="Client name"
        name="clientName"
        autoComplete="off"
        required
        // Opened by "Edit client": the person wants to type here.
        autoFocus
        readOnly={loading}
        value={clientName}
        onChange={(e) => {
          setClientName(e.currentTarget.value);
          setErrors((x) => ({ ...x, clientName: [] }));
        }}
        errors={errors.clientName}
      />
      <RedirectUrisField
        value={redirectUris}
        separator={separator}
        errors={errors.redirectUris}
        itemErrors={errors.redirectUriItems}
        readOnly={loading}
        onChange={(value) => {
          setRedirectUris(value);
          setErrors((x) => ({ ...x, redirectUris: [], redirectUriItems: new Map() }));
        }}
      />
      {props.updateRotatesSecret ? (
        <p className="alert alert--info">
          This identity provider issues a new client secret with every change: after saving, the current secret stops working.
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? (
            <>
              <Spinner size="sm" /> Saving at the identity provider…
            </>
          ) : (
            'Save changes'
          )}
        </button>
        <button type="button" className="button" onClick={() => props.onDone(null)} disabled={loading}>
          Cancel
        </button>
      </div>
    </form>
  );
}
