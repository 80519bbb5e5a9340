// ESLint 9 flat config: typescript-eslint with type information for every TypeScript file of the
// workspace, react-hooks for the web app. Formatting is Prettier's (pnpm lint runs `prettier --check`).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', '**/.data/**', 'packages/web/src/gql/**', 'packages/web/src/features/workspace/gql/**', 'test-results/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // Each file is checked with the tsconfig.json of its package (the project service finds it).
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A promise nobody awaits is a check nobody waits for: in an async guard, a security bug.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // `return promise` inside try skips the catch (and the finally runs too early): await it there.
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      // Async functions without await are how interfaces that want a promise (Apollo plugin hooks, the
      // rule targets of access/policy.ts) are written; the bugs that matter are the three above.
      '@typescript-eslint/require-await': 'off',
      // False positives with TypeORM's `query<T = any>()`: in `(await query(...)) as Row[]` the
      // assertion is what infers T, so the rule calls it unnecessary although removing it gives `any`.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // A switch over a union or enum names every member, or says what the default is for.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' }],
      // GraphQL results and SQL rows are untyped JSON in tests and in a few adapters; `any` there is a
      // deliberate, local choice. The unsafe-* family would ask for a cast on every such read.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // React code only: the e2e tests run in Node and drive a browser; their `use…` helpers are not hooks.
    files: ['packages/web/**/*.{ts,tsx}'],
    ignores: ['packages/web/e2e/**'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The list of migrations has TypeORM's own type for it (`migrations: Function[]`).
    files: ['packages/api/src/database/migrations/index.ts'],
    rules: { '@typescript-eslint/no-unsafe-function-type': 'off' },
  },
  {
    // Jest's `expect(object.method).toHaveBeenCalled()` passes methods around without calling them.
    files: ['**/__tests__/**', 'packages/api/test/**', 'packages/web/e2e/**', '**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    // Plain JavaScript (configs): no type information.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node }, sourceType: 'module' },
  },
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
