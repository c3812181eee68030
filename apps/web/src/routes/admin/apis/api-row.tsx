import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../graphql/generated/index.ts';

export const ApiRow_api = graphql(`
  fragment ApiRow_api on Api {
    id
    name
    listenPath
    upstreamUrl
    jwksUri
    active
    gatewayUrl
    defaultPolicy {
      id
      name
    }
  }
`);

/** One API in the System Management -> APIs table; its name opens it. */
export function ApiRow(props: { api: FragmentType<typeof ApiRow_api> }) {
  const api = getFragmentData(ApiRow_api, props.api);
  return (
    <tr>
      <th scope="row">
        <Link to={`/admin/apis/${api.id}`}>{api.name}</Link>
      </th>
      <td>
        <code className="code">{api.listenPath}</code>
      </td>
      <td className="table__url">{api.upstreamUrl}</td>
      <td className="table__url">{api.jwksUri}</td>
      <td>{api.defaultPolicy ? api.defaultPolicy.name : <span className="muted">None</span>}</td>
      <td>
        {api.active ? <span className="badge badge--success">Active</span> : <span className="badge">Inactive</span>}
      </td>
      <td className="table__url">{api.gatewayUrl}</td>
    </tr>
  );
}
