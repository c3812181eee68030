import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the SPA (client preset). The schema is the API's SDL, read straight from
 * the module folders, so a schema change shows up here as a type error. Operations and fragments
 * live beside the components that use them; the generated folder is committed and CI checks it
 * for drift (`pnpm --filter @gatehouse/web codegen:check`). gql.ts's table of every document is
 * for types and tests only: the build turns each `graphql()` call into an import of its own
 * document (build/graphql-document-imports.ts), so the table never reaches the browser.
 */
const config: CodegenConfig = {
  schema: '../api/src/modules/**/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: {
        gqlTagName: 'graphql',
        // Not `useFragment`: it is a plain function, and a hook-like name would mislead the
        // rules-of-hooks lint and readers alike.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        defaultScalarType: 'unknown',
      },
    },
    // The members of each union, for InMemoryCache: without them Apollo cannot tell whether
    // `... on ValidationError` applies to a SignInSuccess, warns, and may drop data.
    'src/graphql/generated/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3, useExplicitTyping: true },
    },
  },
};

export default config;
