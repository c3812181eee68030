import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { describeError } from '../../../components/describe-error.ts';
import { getFragmentData, graphql, type FragmentType } from '../../../graphql/generated/index.ts';
import type { IdpCleanupAction } from '../../../graphql/generated/graphql.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { providerLabel } from '../../../lib/provider-label.ts';
import { describeCleanup } from './cleanup-state.ts';

export const IdpCleanupRow_cleanup = graphql(`
  fragment IdpCleanupRow_cleanup on IdpCleanup {
    id
    state
    provider
    registrationEndpoint
    clientName
    clientId
    canDeleteAtIdp
    problem
    createdAt
    developer {
      id
      name
      email
    }
  }
`);

const ResolveIdpCleanupMutation = graphql(`
  mutation ResolveIdpCleanup($input: ResolveIdpCleanupInput!) {
    resolveIdpCleanup(input: $input) {
      __typename
      ... on ResolveIdpCleanupSuccess {
        resolvedId
      }
      ... on IdpRegistrationError {
        error
        message
      }
      ... on IdpOperationUnsupportedError {
        message
      }
    }
  }
`);

interface IdpCleanupRowProps {
  cleanup: FragmentType<typeof IdpCleanupRow_cleanup>;
  /** Called once the entry is resolved, with what to tell the admin. */
  onResolved: (message: string) => void;
}

/**
 * One journal entry: what happened, where, and the two ways out the API offers: delete the
 * client at the identity provider (when Gatehouse holds the RFC 7592 means), or mark the entry
 * resolved once the admin checked the identity provider. Both ask first.
 */
export function IdpCleanupRow(props: IdpCleanupRowProps) {
  const entry = getFragmentData(IdpCleanupRow_cleanup, props.cleanup);
  const [action, setAction] = useState<IdpCleanupAction | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [resolve, { loading }] = useMutation(ResolveIdpCleanupMutation, {
    update(cache, { data }) {
      if (data?.resolveIdpCleanup.__typename !== 'ResolveIdpCleanupSuccess') return;
      // Out of every page of the journal shown, then out of the cache.
      cache.modify({
        fields: {
          idpCleanups(existing, { readField, isReference }) {
            if (isReference(existing)) return existing;
            const { edges } = existing as { edges: readonly { node: Reference }[] };
            return { ...existing, edges: edges.filter((e) => readField('id', e.node) !== entry.id) };
          },
        },
      });
      cache.evict({ id: cache.identify({ __typename: 'IdpCleanup', id: entry.id }) });
      cache.gc();
    },
  });
  const { label, text } = describeCleanup(entry.state, entry.problem);
  const name = `“${entry.clientName}”`;

  function open(next: IdpCleanupAction) {
    setError(null);
    setAction(next);
  }

  async function onConfirm() {
    if (!action) return;
    setError(null);
    let payload;
    try {
      payload = (await resolve({ variables: { input: { id: entry.id, action } } })).data?.resolveIdpCleanup;
    } catch (e) {
      const { title, message } = describeError(e);
      setError(`${title}. ${message}`);
      return;
    }
    if (!payload) return;
    switch (payload.__typename) {
      case 'ResolveIdpCleanupSuccess':
        setAction(null);
        props.onResolved(
          action === 'DELETE_AT_IDP'
            ? `${name} was deleted at the identity provider; the entry is resolved.`
            : `The entry for ${name} is marked resolved.`,
        );
        return;
      case 'IdpRegistrationError':
        setError(`${payload.message} Nothing was deleted; the entry stays.`);
        return;
      case 'IdpOperationUnsupportedError':
        setError(payload.message);
        return;
    }
  }

  return (
    <tr>
      <th scope="row">
        <span className="cell-stack">
          <span>{entry.clientName}</span>
          {entry.clientId ? (
            <code className="code">{entry.clientId}</code>
          ) : (
            <span className="muted">client_id not known</span>
          )}
        </span>
      </th>
      <td>
        <span className="cell-stack">
          <span>
            <span className="badge">{label}</span>
          </span>
          <span>{text}</span>
        </span>
      </td>
      <td className="table__url">
        <span className="cell-stack">
          <span>{providerLabel(entry.provider)}</span>
          <code className="code cleanup__endpoint">{entry.registrationEndpoint}</code>
        </span>
      </td>
      <td className="cleanup__nowrap">
        {entry.developer ? (
          <Link to={`/admin/developers/${encodeURIComponent(entry.developer.id)}`}>{entry.developer.name}</Link>
        ) : (
          <span className="muted">Account deleted</span>
        )}
      </td>
      <td className="cleanup__nowrap">
        <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
      </td>
      <td>
        <div className="actions cleanup__actions">
          {entry.canDeleteAtIdp ? (
            <button type="button" className="button button--small" onClick={() => open('DELETE_AT_IDP')}>
              Delete at IdP<span className="visually-hidden"> {name}</span>
            </button>
          ) : null}
          <button type="button" className="button button--small" onClick={() => open('DISMISS')}>
            Mark resolved<span className="visually-hidden"> {name}</span>
          </button>
        </div>
        <ConfirmDialog
          open={action !== null}
          title={action === 'DELETE_AT_IDP' ? `Delete ${name} at the identity provider?` : `Mark ${name} resolved?`}
          confirmLabel={action === 'DELETE_AT_IDP' ? 'Delete at IdP' : 'Mark resolved'}
          pendingLabel={action === 'DELETE_AT_IDP' ? 'Deleting at the identity provider…' : 'Resolving…'}
          tone={action === 'DELETE_AT_IDP' ? 'danger' : 'default'}
          pending={loading}
          error={error}
          onConfirm={() => void onConfirm()}
          onCancel={() => setAction(null)}
        >
          {action === 'DELETE_AT_IDP' ? (
            <>
              <p>
                Gatehouse asks the identity provider to delete the client <code className="code">{entry.clientId}</code> (RFC 7592),
                then removes this entry.
              </p>
              <p>Applications that still use its client ID and secret can no longer get tokens. This cannot be undone.</p>
            </>
          ) : (
            <>
              <p>
                Do this only after checking the identity provider at{' '}
                <code className="code cleanup__endpoint">{entry.registrationEndpoint}</code>:
                the client {entry.clientId ? <code className="code">{entry.clientId}</code> : <>named {name}</>} was removed
                there by hand, or was never registered.
              </p>
              <p>Gatehouse removes the entry and does not contact the identity provider.</p>
            </>
          )}
        </ConfirmDialog>
      </td>
    </tr>
  );
}
