import { transformAsync, type NodePath, type PluginObj, type types as BabelTypes } from '@babel/core';
import { loadConfig } from '@gatehouse/config';
import react from '@vitejs/plugin-react';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

const config = loadConfig();
const api = new URL(config.urls.api);

/**
 * GraphiQL's stylesheet embeds its fonts (Roboto, Fira Code) as data: URLs. The CSP has no
 * `font-src data:`, and Chrome reports each such face as a violation as soon as the sheet loads,
 * used or not; the explorer names the portal's system fonts instead (explorer.css), so the faces
 * are dropped here. It also takes about 260 KB (gzip) off the explorer's stylesheet.
 */
function stripGraphiqlFonts(): Plugin {
  return {
    name: 'gatehouse:strip-graphiql-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]graphiql[\\/]dist[\\/]style\.css$/.test(id.split('?')[0] ?? '')) return null;
      return { code: code.replace(/@font-face\s*\{[^}]*\}/g, ''), map: null };
    },
  };
}

const generatedDir = fileURLToPath(new URL('./src/graphql/generated/', import.meta.url));
const documentTable = join(generatedDir, 'gql.ts');
const documentModule = join(generatedDir, 'graphql.ts');

/**
 * The client preset's `graphql()` looks each document up in gql.ts, a table of every operation
 * and fragment of the SPA (about 135 KB): whichever chunk holds it, the first page loads them all
 * (issue 7). This does at build time what that lookup does at run time, as the preset's Babel
 * plugin would (https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size):
 * each `graphql(`...`)` call becomes an import of that one document. The preset's plugin imports
 * from graphql.ts, which is one module: the bundler would put every document used anywhere into
 * one shared chunk again. So each document is a small module of its own
 * (`virtual:graphql-document/<export name>`, its object copied from graphql.ts), and every route
 * chunk carries only the documents it uses. Types are unchanged: they still come from gql.ts.
 */
function graphqlDocumentImports(): Plugin {
  const prefix = 'virtual:graphql-document/';
  let generated: { mtimeMs: number; names: Map<string, string>; documents: Map<string, string> } | undefined;
  const read = () => {
    const mtimeMs = Math.max(statSync(documentTable).mtimeMs, statSync(documentModule).mtimeMs);
    if (generated?.mtimeMs !== mtimeMs) {
      generated = {
        mtimeMs,
        names: readDocumentTable(readFileSync(documentTable, 'utf8')),
        documents: readDocuments(readFileSync(documentModule, 'utf8')),
      };
    }
    return generated;
  };
  return {
    name: 'gatehouse:graphql-document-imports',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(prefix) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${prefix}`)) return null;
      this.addWatchFile(documentModule);
      const name = id.slice(prefix.length + 1);
      const document = read().documents.get(name);
      if (!document) throw new Error(`${name} is not in src/graphql/generated/graphql.ts: run \`pnpm --filter @gatehouse/web codegen\`.`);
      return `export default ${document};\n`;
    },
    async transform(code, id) {
      const file = id.split('?')[0] ?? '';
      if (!/\.tsx?$/.test(file) || file.startsWith(generatedDir) || !/\bgraphql\(/.test(code)) return null;
      this.addWatchFile(documentTable);
      const result = await transformAsync(code, {
        filename: file,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: ['typescript', 'jsx'] },
        plugins: [importDocuments(read().names, prefix)],
      });
      return result?.code ? { code: result.code, map: result.map } : null;
    },
  };
}

/** graphql.ts's documents: export name -> the document's JSON (fragments it spreads included). */
function readDocuments(graphqlTs: string): Map<string, string> {
  const documents = new Map<string, string>();
  for (const [, name, json] of graphqlTs.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*$/gm)) {
    documents.set(name!, json!);
  }
  return documents;
}

/** gql.ts's `documents` table: each document's source text -> its export in graphql.ts. */
function readDocumentTable(gqlTs: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const [, key, name] of gqlTs.matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),?$/gm)) {
    names.set(JSON.parse(key!) as string, name!);
  }
  return names;
}

/** Babel plugin: `graphql(`...`)` (imported from the generated folder) -> an import of that document. */
function importDocuments(names: Map<string, string>, prefix: string) {
  return ({ types: t }: { types: typeof BabelTypes }): PluginObj => ({
    visitor: {
      CallExpression(path) {
        const [argument] = path.node.arguments;
        if (!t.isIdentifier(path.node.callee, { name: 'graphql' }) || !t.isTemplateLiteral(argument)) return;
        const binding = path.scope.getBinding('graphql');
        const from = binding?.path.parentPath?.node;
        if (!t.isImportDeclaration(from) || !/graphql\/generated(\/index(\.ts)?)?$/.test(from.source.value)) return;
        const source = argument.expressions.length === 0 ? argument.quasis[0]?.value.cooked : undefined;
        const name = source === undefined ? undefined : names.get(source);
        if (!name) {
          throw path.buildCodeFrameError(
            'This graphql() document is not in src/graphql/generated/gql.ts: run `pnpm --filter @gatehouse/web codegen` (documents must be plain template literals).',
          );
        }
        const local = path.scope.getProgramParent().generateUidIdentifier(name);
        const program = path.findParent((p) => p.isProgram()) as NodePath<BabelTypes.Program>;
        program.unshiftContainer('body', t.importDeclaration([t.importDefaultSpecifier(local)], t.stringLiteral(prefix + name)));
        path.replaceWith(local);
      },
    },
  });
}

/**
 * Development: the SPA on ports.web, `/graphql` proxied to the API so the session cookie is
 * first-party, as in production (server/main.ts does the same proxying there).
 */
export default defineConfig({
  plugins: [graphqlDocumentImports(), react(), stripGraphiqlFonts()],
  resolve: {
    // rxjs (Apollo Client's observables) ships ES5 by default: classes as functions plus tslib
    // helpers. Its `es2015` build is smaller and needs no tslib.
    conditions: ['es2015', ...defaultClientConditions],
  },
  server: {
    host: config.host,
    port: config.ports.web,
    strictPort: true,
    proxy: {
      '/graphql': {
        target: api.origin,
        rewrite: (path) => path.replace(/^\/graphql/, api.pathname),
      },
    },
  },
  preview: {
    host: config.host,
    port: config.ports.web,
    strictPort: true,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Assets stay files (CSP: img-src 'self' data:, but fonts and scripts must be 'self').
    assetsInlineLimit: 0,
    // Every browser the portal supports has <link rel="modulepreload">; the polyfill only adds
    // script to the first page.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser)[\\/]/ },
            // Not `graphql`: a group takes every matching module, and the lazy explorer (GraphiQL)
            // uses far more of graphql-js than Apollo does; the first page would pay for it.
            { name: 'apollo', test: /node_modules[\\/](@apollo|@wry|optimism|rxjs|tslib|@graphql-typed-document-node)[\\/]/ },
          ],
        },
      },
    },
  },
});
