import { graphql, getFragmentData, type FragmentType } from '../../graphql/generated/index.ts';
import { formatDate, formatDateTime } from '../../lib/format-date.ts';
import { API_TOKEN_ROLES, API_TOKEN_STATUS_LABELS } from './api-token-roles.ts';
import { RevokeApiTokenButton } from './revoke-api-token-button.tsx';

export const ApiTokenRowFragment = graphql(`
  fragment ApiTokenRow_apiToken on ApiToken {
    id
    name
    role
    prefix
    lastFour
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
    status
    createdBy {
      id
      name
      email
    }
  }
`);

interface ApiTokenRowProps {
  apiToken: FragmentType<typeof ApiTokenRowFragment>;
  /** Admins see every token, so the list says whose it is and what it may do. */
  showOwner: boolean;
}

/** One token of the list: what it is, when it was used, and Revoke while it still works. */
export function ApiTokenRow(props: ApiTokenRowProps) {
  const token = getFragmentData(ApiTokenRowFragment, props.apiToken);
  const statusClass = token.status === 'ACTIVE' ? 'badge badge--success' : 'badge';
  return (
    <tr>
      <th scope="row">
        {token.name}
        <div className="muted api-tokens__hint">
          <code className="code">
            {token.prefix}…{token.lastFour}
          </code>
        </div>
      </th>
      {props.showOwner ? (
        <td>
          {API_TOKEN_ROLES[token.role].label}
          <div className="muted api-tokens__hint">{token.createdBy.name}</div>
        </td>
      ) : null}
      <td>{formatDate(token.createdAt)}</td>
      <td>{token.revokedAt ? <span className="muted">Revoked {formatDate(token.revokedAt)}</span> : formatDate(token.expiresAt)}</td>
      <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : <span className="muted">Never</span>}</td>
      <td>
        <span className={statusClass}>{API_TOKEN_STATUS_LABELS[token.status]}</span>
      </td>
      <td>{token.status === 'REVOKED' ? null : <RevokeApiTokenButton id={token.id} name={token.name} />}</td>
    </tr>
  );
}
