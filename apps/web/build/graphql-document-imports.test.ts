import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocuments, readDocumentTable, replaceGraphqlCalls } from './graphql-document-imports.ts';

const generated = new URL('../src/graphql/generated/', import.meta.url);
const names = readDocumentTable(readFileSync(new URL('gql.ts', generated), 'utf8'));
const documents = readDocuments(readFileSync(new URL('graphql.ts', generated), 'utf8'));

describe('the generated files, as the build reads them', () => {
  it('find a document in graphql.ts for every entry of the gql.ts table', () => {
    // Fails if the client preset's output format changes: the build would then find nothing.
    expect(names.size).toBeGreaterThan(10);
    for (const name of names.values()) {
      expect(documents.has(name), name).toBe(true);
      expect((JSON.parse(documents.get(name)!) as { kind: string }).kind).toBe('Document');
    }
  });
});

describe('replaceGraphqlCalls', () => {
  const [source, name] = [...names].find(([, n]) => n === 'CurrentUserDocument')!;
  const module = (call: string, from = '../graphql/generated/index.ts') =>
    `import { graphql } from '${from}';\nconst CurrentUserDocument = ${call};\nexport const query = (): number => (CurrentUserDocument ? 1 : 0);\n`;

  it('turns a graphql() call into an import of that one document, beside a constant of the same name', async () => {
    const result = await replaceGraphqlCalls(module(`graphql(\`${source}\`)`), '/app/src/auth/current-user.ts', names);
    expect(result!.code).toContain(`import _${name} from "virtual:graphql-document/${name}";`);
    expect(result!.code).toContain(`const CurrentUserDocument = _${name};`);
    expect(result!.code).not.toMatch(/graphql\(`/);
    // TypeScript syntax is left for the next transform.
    expect(result!.code).toContain('(): number =>');
  });

  it('says to run codegen when a document is not in the generated table', async () => {
    await expect(replaceGraphqlCalls(module('graphql(`query NotGenerated { me { id } }`)'), '/app/src/x.ts', names)).rejects.toThrow(
      /not in src\/graphql\/generated\/gql\.ts: run `pnpm --filter @gatehouse\/web codegen`/,
    );
  });

  it('leaves a graphql() that is not the generated one alone', async () => {
    const code = module('graphql(`query NotGenerated { me { id } }`)', 'some-other-graphql');
    const result = await replaceGraphqlCalls(code, '/app/src/x.ts', names);
    expect(result!.code).toContain('graphql(`query NotGenerated { me { id } }`)');
  });
});
