// Lint for every workspace package; type checking is separate (`pnpm typecheck`).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/generated/**', '**/.turbo/**', '.tools/**', '**/test-results/**', '**/playwright-report/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-console': 'error',
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // docs/decisions/017-one-service-shape.md: an API module reaches another only through its
    // index.ts (or modules/common), and never the server shell that wires them together.
    files: ['apps/api/src/modules/**/*.ts'],
    ignores: ['**/*.test.ts', '**/test-support/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+server/',
              message: 'Modules do not import the server shell; what they share is in modules/common (ADR 017).',
            },
            {
              regex: '^\\.\\./(?!common/|\\.\\./)[^/]+/(?!index\\.ts$)',
              message: "Import another module through its index.ts; add what you need there (ADR 017).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'packages/*/src/cli/**', '**/*.test.ts', '**/test-support/**', '**/test/**', 'e2e/**', '**/bench/**'],
    // Tests read untyped JSON answers; `any` there is a convenience, not a hole in the product.
    rules: { 'no-console': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
