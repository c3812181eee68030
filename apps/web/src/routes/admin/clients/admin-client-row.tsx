import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../graphql/generated/index.ts';
import { formatDate, formatDateTime } from '../../../lib/format-date.ts';
import { providerLabel } from '../../../lib/provider-label.ts';

export const AdminClientRow_client = graphql(`
  fragment AdminClientRow_client on OAuthClient {
    id
    clientName
    clientId
    provider
    createdAt
    owner {
      id
      name
      email
    }
    apis {
      id
      publicName
    }
  }
`);

/** One row of Portal Management -> OAuth clients: the name opens the client, the owner the developer. */
export function AdminClientRow(props: { client: FragmentType<typeof AdminClientRow_client> }) {
  const client = getFragmentData(AdminClientRow_client, props.client);
  return (
    <tr>
      <th scope="row">
        <Link to={`/admin/clients/${encodeURIComponent(client.id)}`}>{client.clientName}</Link>
      </th>
      <td>
        <code className="code">{client.clientId}</code>
      </td>
      <td>
        <span className="cell-stack">
          <Link to={`/admin/developers/${encodeURIComponent(client.owner.id)}`}>{client.owner.name}</Link>
          <span className="muted">{client.owner.email}</span>
        </span>
      </td>
      <td>{client.apis.map((api) => api.publicName).join(', ') || '—'}</td>
      <td>{providerLabel(client.provider)}</td>
      <td>
        <time dateTime={client.createdAt} title={formatDateTime(client.createdAt)}>
          {formatDate(client.createdAt)}
        </time>
      </td>
    </tr>
  );
}
