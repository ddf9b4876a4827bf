// The linter `npm test` runs (npm run lint): JavaScript's and typescript-eslint's recommended
// rules, on the program, its tests, the CLI, the scripts and the benchmarks. The dependency rule
// between the folders is tests/architecture.test.ts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // `_` marks a value deliberately left unused (a destructured field dropped, a callback's argument).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // The extension itself (the tests may fetch from their own local server).
    files: ['{lib,platform,components,features,entrypoints}/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Marsad makes no network request.' },
        { name: 'XMLHttpRequest', message: 'Marsad makes no network request.' },
        { name: 'WebSocket', message: 'Marsad makes no network request.' },
        { name: 'EventSource', message: 'Marsad makes no network request.' },
      ],
    },
  },
);
