// One lint command enforces both code rules and formatting (Prettier runs as a lint rule).
import js from '@eslint/js';
import prettier from 'eslint-plugin-prettier/recommended';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** HTML sinks page text must never reach; Preact's escape hatch too. */
const htmlSinks = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Render text as text: never inject HTML.',
  },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.output-*/**',
      '.wxt/**',
      'demo-output/**',
      'node_modules/**',
      '.ci-reports/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  noUnsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', ...htmlSinks],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The extension itself calls the WebExtension API only through webextension-polyfill.
    files: ['entrypoints/**', 'src/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: "Use `browser` from 'webextension-polyfill'." },
      ],
    },
  },
  prettier,
);
