// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const prettier = require('eslint-config-prettier');
const officeAddinsModule = require('eslint-plugin-office-addins');
const reactHooks = require('eslint-plugin-react-hooks');
const importX = require('eslint-plugin-import-x');
const { layerZones } = require('./eslint/layers');

const officeAddins = officeAddinsModule.default ?? officeAddinsModule;

/** Code that may never build code from strings or inject raw HTML (the pane handles government data). */
const noDynamicCode = {
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
  'no-restricted-syntax': [
    'error',
    {
      selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
      message: 'dangerouslySetInnerHTML is forbidden: render text, never HTML.',
    },
    {
      selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
      message: 'Assigning HTML is forbidden: use textContent.',
    },
  ],
};

module.exports = tseslint.config(
  {
    ignores: ['node_modules/', 'lib/', 'dist/', 'dist-wps/', 'coverage/', 'test-output/', 'bin/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: {
        console: 'readonly',
        process: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
      },
    },
    rules: {
      ...noDynamicCode,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Office.js rules: a sync() inside a loop or a read before load() fails lint.
    files: ['src/**/*.ts', 'src/**/*.tsx', 'bench/**/*.ts', 'bench/**/*.js'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    // Layers (eslint/layers.js) and no import cycles, in src only. Imports are resolved by
    // import-x's own resolver (no TypeScript program: lint stays fast); `import type` counts for
    // the layers, not for cycles (a type-only cycle costs nothing at run time).
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      // Each file is parsed for the cycle check once per lint run (the default 30 s lifetime expires
      // mid-run on a busy machine and files are parsed again).
      'import-x/cache': { lifetime: Infinity },
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones(__dirname) }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/taskpane/**/*.tsx', 'src/taskpane/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
);
