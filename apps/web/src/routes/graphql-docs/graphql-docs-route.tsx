import { Link, useLocation } from 'react-router';
import { CopyButton } from '../../components/copy-button.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { explorerLink, type ExplorerArea } from '../explorer/explorer-link.ts';
import { EXAMPLE_GROUPS, whoAmI, type GraphqlExample } from './graphql-docs-examples.ts';
import { API_LIMITS } from './graphql-docs-limits.ts';
import './graphql-docs.css';
import { DataTable } from '../../components/data-table.tsx';

export { RouteError as ErrorBoundary } from '../../components/route-error.tsx';

const AUDIENCE: Record<GraphqlExample['audience'], string> = {
  admin: 'ADMIN token',
  developer: 'Personal token',
  any: 'Any token',
};

/** The one-line JSON body curl sends for an operation. */
function curlCommand(origin: string, example: GraphqlExample): string {
  const query = example.query.replace(/\s+/g, ' ').trim();
  const body = JSON.stringify({ query, ...(example.variables ? { variables: example.variables } : {}) });
  return [
    `curl -s ${origin}/graphql \\`,
    `  -H "Authorization: Bearer $GATEHOUSE_TOKEN" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -d '${body.replace(/'/g, `'\\''`)}'`,
  ].join('\n');
}

/**
 * "GraphQL API": how integrators and developers authenticate, the limits, and example operations
 * for the common automations, each with "Open in explorer" (issue 6). Shared by both areas.
 */
export function Component() {
  const { pathname } = useLocation();
  const area: ExplorerArea = pathname.startsWith('/admin') ? 'admin' : 'portal';
  const tokensPath = area === 'admin' ? '/admin/api-tokens' : '/portal/account/tokens';
  const origin = window.location.origin;
  return (
    <div className="page graphql-docs">
      <PageHeader
        title="GraphQL API"
        description="Everything the portal does, over one GraphQL endpoint: publish APIs, provision clients, read usage."
        actions={
          <Link className="button button--primary" to={`/${area}/explorer`}>
            Open explorer
          </Link>
        }
      />
      <nav aria-label="On this page" className="panel graphql-docs__toc">
        <h2 className="panel__title">On this page</h2>
        <ul className="plain-list">
          <li>
            <a href="#authenticate">Authenticate with a token</a>
          </li>
          {EXAMPLE_GROUPS.map((g) => (
            <li key={g.id}>
              <a href={`#${g.id}`}>{g.title}</a>
            </li>
          ))}
          <li>
            <a href="#limits">Limits and errors</a>
          </li>
        </ul>
      </nav>

      <section className="graphql-docs__section" aria-labelledby="authenticate">
        <h2 id="authenticate" className="graphql-docs__title">
          Authenticate with a token
        </h2>
        <p>
          The endpoint is <code className="code">{origin}/graphql</code>. Scripts send a token as{' '}
          <code className="code">Authorization: Bearer &lt;token&gt;</code>:{' '}
          {area === 'admin' ? (
            <>
              create one under <Link to={tokensPath}>API tokens</Link> with the role ADMIN (changes) or READ_ONLY (queries
              only). Developers create personal tokens that act as them.
            </>
          ) : (
            <>
              create a personal token under <Link to={tokensPath}>Account → Personal tokens</Link>; it acts as you.
            </>
          )}{' '}
          In the browser, the explorer uses your session instead.
        </p>
        <ExampleCard example={whoAmI} area={area} />
        <CodeBlock label="The same with curl" code={curlCommand(origin, whoAmI)} what="curl command" />
        <p>
          From TypeScript, the typed client in <code className="code">packages/client</code> wraps these operations; its
          example script publishes an API with DCR settings and provisions a client end to end:
        </p>
        <CodeBlock
          label="The client's example script"
          code={`GATEHOUSE_URL=${origin}/graphql GATEHOUSE_TOKEN=<ADMIN token> \\\n  pnpm --filter @gatehouse/client example -- --developer <email> --json`}
          what="example script command"
        />
        <p>
          Requests are JSON POSTs with one operation each. Errors you can fix come back as data (a ValidationError with
          field paths); errors in <code className="code">errors[].extensions.code</code> are UNAUTHENTICATED, FORBIDDEN,
          NOT_FOUND, RATE_LIMITED, GRAPHQL_VALIDATION_FAILED and INTERNAL.
        </p>
      </section>

      {EXAMPLE_GROUPS.map((group) => (
        <section key={group.id} className="graphql-docs__section" aria-labelledby={group.id}>
          <h2 id={group.id} className="graphql-docs__title">
            {group.title}
          </h2>
          <p>{group.intro}</p>
          {group.examples.map((example) => (
            <ExampleCard key={example.id} example={example} area={area} />
          ))}
        </section>
      ))}

      <section className="graphql-docs__section" aria-labelledby="limits">
        <h2 id="limits" className="graphql-docs__title">
          Limits and errors
        </h2>
        <DataTable caption="Limits of the GraphQL API" columns={['Limit', 'Rule', 'When exceeded']}>
          {API_LIMITS.map((l) => (
            <tr key={l.name}>
              <th scope="row">{l.name}</th>
              <td>{l.rule}</td>
              <td>{l.error}</td>
            </tr>
          ))}
        </DataTable>
      </section>
    </div>
  );
}

function ExampleCard({ example, area }: { example: GraphqlExample; area: ExplorerArea }) {
  const variables = example.variables ? JSON.stringify(example.variables, null, 2) : null;
  return (
    <article className="panel graphql-docs__example" aria-labelledby={`example-${example.id}`}>
      <div className="graphql-docs__example-head">
        <h3 id={`example-${example.id}`} className="graphql-docs__example-title">
          {example.title}
        </h3>
        <span className="badge">{AUDIENCE[example.audience]}</span>
      </div>
      <p>{example.description}</p>
      <CodeBlock label="Operation" code={example.query} what={`${example.title} operation`} />
      {variables ? <CodeBlock label="Variables" code={variables} what={`${example.title} variables`} /> : null}
      <div className="actions">
        <Link className="button" to={explorerLink(area, example.query, example.variables)} aria-label={`Open “${example.title}” in explorer`}>
          Open in explorer
        </Link>
      </div>
    </article>
  );
}

function CodeBlock({ label, code, what }: { label: string; code: string; what: string }) {
  return (
    <figure className="graphql-docs__code">
      <figcaption className="graphql-docs__code-head">
        <span>{label}</span>
        <CopyButton value={code} what={what} />
      </figcaption>
      <pre tabIndex={0}>
        <code>{code}</code>
      </pre>
    </figure>
  );
}
