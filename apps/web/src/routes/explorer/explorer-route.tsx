import { GraphiQL } from 'graphiql';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { createExplorerFetcher } from './explorer-fetcher.ts';
import 'graphiql/style.css';
import './explorer.css';

export { RouteError as ErrorBoundary } from '../../components/route-error.tsx';

const DEFAULT_QUERY = `# Runs as you, with your session.
# Ctrl-Enter runs it; Docs lists every type.

query Me {
  me {
    id
    name
    email
    role
  }
}
`;

/**
 * GraphiQL for signed-in admins and developers (issue 6), from our own bundle: this module is
 * lazy-loaded by the router, so the portal's first page does not pay for the editor. GraphiQL
 * 4 (CodeMirror 5) rather than 5 (Monaco): Monaco writes <style> elements at run time, which
 * the web server's CSP (`style-src 'self'`) refuses, and it needs extra worker files.
 */
export function Component() {
  const [params] = useSearchParams();
  const fetcher = useMemo(() => createExplorerFetcher('/graphql'), []);
  // Read once: a link from the GraphQL API page pre-fills the operation; later edits are the user's.
  const [initial] = useState(() => ({ query: params.get('query') ?? undefined, variables: params.get('variables') ?? undefined }));
  return (
    <div className="explorer">
      <title>Explorer · Gatehouse</title>
      <h1 className="visually-hidden">GraphQL explorer</h1>
      <GraphiQL
        fetcher={fetcher}
        defaultQuery={DEFAULT_QUERY}
        query={initial.query}
        variables={initial.variables}
        defaultEditorToolsVisibility={initial.variables ? 'variables' : false}
        isHeadersEditorEnabled
        shouldPersistHeaders={false}
        forcedTheme="light"
      />
    </div>
  );
}
