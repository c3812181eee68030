import { transformAsync, type NodePath, type PluginObj, type types as BabelTypes } from '@babel/core';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** Each document is a module of its own under this id (resolved to a `\0` virtual id). */
export const DOCUMENT_MODULE_PREFIX = 'virtual:graphql-document/';

/**
 * The client preset's `graphql()` looks each document up in gql.ts, a table of every operation
 * and fragment of the SPA (about 135 KB): whichever chunk holds it, the first page loads them all
 * (issue 7). This plugin does at build time what that lookup does at run time, as the preset's
 * Babel plugin would (https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size):
 * each `graphql(`...`)` call becomes an import of that one document.
 *
 * Not the preset's plugin itself, for two reasons. It imports the document from graphql.ts under
 * its generated name, which our files already give the constant (`const XDocument = graphql(...)`).
 * And graphql.ts is one module: the bundler would put every document used anywhere into one shared
 * chunk again. So each document is a small module of its own (`virtual:graphql-document/<export
 * name>`, its object copied from graphql.ts), and every route chunk carries only the documents it
 * uses. Types are unchanged: TypeScript still reads them from the generated files.
 *
 * `generatedDir` is the client preset's output folder (gql.ts and graphql.ts).
 */
export function graphqlDocumentImports(generatedDir: string): Plugin {
  const documentTable = join(generatedDir, 'gql.ts');
  const documentModule = join(generatedDir, 'graphql.ts');
  let generated: { mtimeMs: number; names: Map<string, string>; documents: Map<string, string> } | undefined;
  // Re-read after each codegen run (the dev server stays up across them).
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
      return id.startsWith(DOCUMENT_MODULE_PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${DOCUMENT_MODULE_PREFIX}`)) return null;
      this.addWatchFile(documentModule);
      const name = id.slice(DOCUMENT_MODULE_PREFIX.length + 1);
      const document = read().documents.get(name);
      if (!document) throw new Error(`${name} is not in src/graphql/generated/graphql.ts: run \`pnpm --filter @gatehouse/web codegen\`.`);
      return `export default ${document};\n`;
    },
    async transform(code, id) {
      const file = id.split('?')[0] ?? '';
      if (!/\.tsx?$/.test(file) || file.startsWith(generatedDir) || !/\bgraphql\(/.test(code)) return null;
      this.addWatchFile(documentTable);
      const result = await replaceGraphqlCalls(code, file, read().names);
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}

/** `graphql(`...`)` calls in one TypeScript module -> imports of their documents' modules. */
export async function replaceGraphqlCalls(code: string, filename: string, names: Map<string, string>) {
  const result = await transformAsync(code, {
    filename,
    babelrc: false,
    configFile: false,
    sourceMaps: true,
    parserOpts: { plugins: ['typescript', 'jsx'] },
    plugins: [importDocuments(names)],
  });
  return result?.code ? { code: result.code, map: result.map } : undefined;
}

/** graphql.ts's documents: export name -> the document's JSON (the fragments it spreads included). */
export function readDocuments(graphqlTs: string): Map<string, string> {
  const documents = new Map<string, string>();
  for (const [, name, json] of graphqlTs.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*$/gm)) {
    documents.set(name!, json!);
  }
  return documents;
}

/** gql.ts's `documents` table: each document's source text -> its export name in graphql.ts. */
export function readDocumentTable(gqlTs: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const [, key, name] of gqlTs.matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),?$/gm)) {
    names.set(JSON.parse(key!) as string, name!);
  }
  return names;
}

/** Babel plugin: `graphql(`...`)` imported from the generated folder -> its document's module. */
function importDocuments(names: Map<string, string>) {
  return ({ types: t }: { types: typeof BabelTypes }): PluginObj => ({
    visitor: {
      CallExpression(path) {
        const [argument] = path.node.arguments;
        if (!t.isIdentifier(path.node.callee, { name: 'graphql' }) || !t.isTemplateLiteral(argument)) return;
        const from = path.scope.getBinding('graphql')?.path.parentPath?.node;
        if (!t.isImportDeclaration(from) || !/graphql\/generated(\/index(\.ts)?)?$/.test(from.source.value)) return;
        // gql.ts keys its table by the text the call receives at run time: the cooked string.
        const source = argument.expressions.length === 0 ? argument.quasis[0]?.value.cooked : undefined;
        const name = source === undefined ? undefined : names.get(source);
        if (!name) {
          throw path.buildCodeFrameError(
            'This graphql() document is not in src/graphql/generated/gql.ts: run `pnpm --filter @gatehouse/web codegen` (a document must be a template literal without ${}).',
          );
        }
        const local = path.scope.getProgramParent().generateUidIdentifier(name);
        const program = path.findParent((p) => p.isProgram()) as NodePath<BabelTypes.Program>;
        program.unshiftContainer('body', t.importDeclaration([t.importDefaultSpecifier(local)], t.stringLiteral(DOCUMENT_MODULE_PREFIX + name)));
        path.replaceWith(local);
      },
    },
  });
}
