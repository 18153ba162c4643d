// Lint for correctness and accessibility: TypeScript rules, lit's template
// rules, lit-a11y (accessibility in templates) and wc (custom element rules).
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    // Build output and scratch space, not source.
    ignores: ['**/node_modules/**', '**/dist/**', 'coverage/**', 'storybook-static/**', 'packages/core/src/locales/generated/**', 'bench/tmp/**', 'demo/.data/**', 'demo/build/**', 'tmp-pages/**', 'test/frameworks/vendor/**', '**/.tmp/**'],
  },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: Object.fromEntries(Object.keys(litA11y.rules).map((name) => [`lit-a11y/${name}`, 'error'])),
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-restricted-imports': ['error', { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'No unsafeHTML: data is always rendered as text.' }, { name: 'zod', message: "Import 'zod/mini' in browser code." }] }],
      'no-restricted-properties': ['error', { property: 'innerHTML', message: 'Use lit templates; never innerHTML.' }, { property: 'outerHTML', message: 'Use lit templates.' }],
      // Written for browsers that fired `change` on every arrow key; a select that only updates
      // what is shown (never navigates or submits) is safe with `change`, and `blur` would lag.
      'lit-a11y/no-invalid-change-handler': 'off',
      // Only packages/kit registers tags.
      'wc/guard-define-call': 'off',
    },
  },
  {
    files: ['packages/kit/**/*.ts'],
    rules: { 'wc/no-self-class': 'off' },
  },
  {
    files: ['**/test/**/*.ts', 'test/**/*.ts', 'bench/**', 'scripts/**', 'demo/server/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', 'no-restricted-properties': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
