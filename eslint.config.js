// Boundaries and house rules (STYLE.md B3, B15) checked by the linter, not by memory.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/main.ts', 'apps/api/src/testing/**', 'apps/api/src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['@safegrid/storage', '@safegrid/storage/*', '@safegrid/adapters', 'kysely'], message: 'Only main.ts and testing/ compose storage and adapters (STYLE B3).' }] }] },
  },
  {
    files: ['apps/**/*.ts', 'packages/**/*.ts'],
    ignores: ['apps/api/src/config.ts', 'apps/cli/src/config.ts', '**/*.test.ts', '**/testing/**'],
    rules: { 'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Only apps/*/src/config.ts reads process.env.' }] },
  },
);
