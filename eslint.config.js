// Boundaries and house rules (STYLE.md B3, B15) checked by the linter, not by memory.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Han characters in code outside the web's message catalogues mean a user-facing string was inlined.
const HAN = '/[\\u3400-\\u9fff\\uf900-\\ufaff]/u';
const noInlineText = [
  { selector: 'ExportDefaultDeclaration', message: 'Named exports only (STYLE B14).' },
  { selector: `Literal[value=${HAN}]`, message: 'User-facing text goes in src/shared/i18n/messages (one i18n layer, ADR 0021).' },
  { selector: `TemplateElement[value.raw=${HAN}]`, message: 'User-facing text goes in src/shared/i18n/messages (one i18n layer, ADR 0021).' },
  { selector: 'JSXText[value=/[\\p{L}]/u]', message: 'Text in JSX goes through t() (one i18n layer, ADR 0021).' },
  {
    selector: 'JSXAttribute[name.name=/^(title|placeholder|alt|aria-label|label|okText|cancelText|description|subTitle|extra|tooltip)$/] > Literal[value=/\\p{L}/u]',
    message: 'User-facing attributes go through t() (one i18n layer, ADR 0021).',
  },
];

const coreForbidden = ['kysely', 'fastify', '@fastify/*', 'typebox', '@sinclair/typebox', 'react', 'antd', 'better-sqlite3', 'pg', 'sharp', 'exifr', 'node:*', '@safegrid/*'];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', 'apps/web/dist/**', 'coverage/**', 'bench/.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Named exports only (STYLE B14).' }],
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['warn', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Route plugins, store factories and migrations are lists of small members, not one long procedure.
    files: ['**/*.test.ts', '**/*.spec.ts', '**/testing/**', 'bench/**', 'e2e/**', 'tools/**', '**/*-routes.ts', '**/*-store.ts', '**/migrations/*.ts'],
    rules: { 'max-lines-per-function': 'off', 'no-restricted-syntax': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Tool configuration files must default-export their configuration.
    files: ['**/*.config.ts', '**/*.config.js', '**/*.config.mjs'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: coreForbidden, message: 'core is pure: no I/O, no frameworks, no other workspace package (flatbush is approved by ADR 0012).' }] }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration in apps/*/src/config.ts and pass values in.' }],
      'no-restricted-globals': ['error', { name: 'process', message: 'core does no I/O.' }],
    },
  },
  {
    files: ['packages/storage/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['fastify', '@fastify/*', '@safegrid/contracts', '@safegrid/api', '@safegrid/cli', '@safegrid/web'], message: 'storage knows only core and drivers.' }] }] },
  },
  {
    files: ['packages/contracts/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['@safegrid/storage', '@safegrid/api', '@safegrid/adapters', 'node:*'], message: 'contracts is the wire format only.' }] }] },
  },
  {
    files: ['packages/demo/src/**/*.ts'],
    ignores: ['packages/demo/src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', '@safegrid/storage', '@safegrid/api', 'kysely'], message: 'demo generates data; it does no I/O.' }] }] },
  },
  {
    // Benchmarks (STYLE B3): core, storage, demo, platform and the api's public exports; never the web app or api internals.
    files: ['bench/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['@safegrid/web', '@safegrid/web/*', '@safegrid/cli', 'react', 'antd', '@safegrid/api/src/*', '**/apps/*/src/**'], message: 'bench drives the platform over HTTP and its public packages only.' }] }] },
  },
  {
    // The HTTP transport: composition is @safegrid/platform's; only testing/ opens throwaway databases.
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/testing/**', 'apps/api/src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['@safegrid/storage', '@safegrid/storage/*', '@safegrid/adapters', 'kysely', '@safegrid/cli'], message: 'apps/api is the HTTP transport: @safegrid/platform composes storage and adapters (STYLE B3).' }] }] },
  },
  {
    // Configuration and composition (ADR 0057): no transport, no web.
    files: ['packages/platform/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['fastify', '@fastify/*', '@safegrid/api', '@safegrid/api/*', '@safegrid/cli', '@safegrid/web', 'react', 'antd'], message: 'platform composes core, storage and adapters; transports import it, not the other way round.' }] }] },
  },
  {
    files: ['apps/**/*.ts', 'packages/**/*.ts'],
    ignores: ['packages/platform/src/config.ts', 'apps/cli/src/config.ts', '**/*.test.ts', '**/testing/**'],
    rules: { 'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Only packages/platform/src/config.ts (and the CLI\'s terminal settings in apps/cli/src/config.ts) read process.env.' }] },
  },
  {
    // The web app (ADRs 0020, 0021): browser code that reaches the platform only over HTTP and the contracts.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-syntax': ['error', ...noInlineText],
      'no-restricted-imports': ['error', { patterns: [{ group: ['@safegrid/core', '@safegrid/core/*', '@safegrid/storage', '@safegrid/storage/*', '@safegrid/api', '@safegrid/api/*', '@safegrid/adapters', '@safegrid/demo', '@safegrid/cli', 'node:*', 'kysely', 'fastify'], message: 'The web app imports only @safegrid/contracts and browser libraries (STYLE B3).' }] }],
    },
  },
  {
    // The catalogues are where the words live; the one parity test compares the web copy of GCJ-02 with core's.
    files: ['apps/web/src/shared/i18n/messages/**', 'apps/web/src/**/*.test.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['apps/web/src/shared/geo/coordinate-systems.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['apps/web/sw/**/*.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    files: ['apps/web/build/**/*.ts', 'apps/web/vite.config.ts', 'e2e/**', 'bench/web/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['e2e/**/*.{ts,mjs}', 'bench/web/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
