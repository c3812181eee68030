import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../graphql/generated/index.ts';
import { formatDate, formatDateTime } from '../../../lib/format-date.ts';

export const ClientRow_client = graphql(`
  fragment ClientRow_client on OAuthClient {
    id
    clientName
    clientId
    createdAt
    apis {
      id
      publicName
    }
  }
`);

/** One row of the OAuth clients table; the name links to the client's details. */
export function ClientRow(props: { client: FragmentType<typeof ClientRow_client> }) {
  const client = getFragmentData(ClientRow_client, props.client);
  return (
    <tr>
      <th scope="row">
        <Link to={`/portal/clients/${encodeURIComponent(client.id)}`}>{client.clientName}</Link>
      </th>
      <td>
        <code className="code">{client.clientId}</code>
      </td>
      <td>{client.apis.map((api) => api.publicName).join(', ') || '—'}</td>
      <td>
        <time dateTime={client.createdAt} title={formatDateTime(client.createdAt)}>
          {formatDate(client.createdAt)}
        </time>
      </td>
    </tr>
  );
}
