import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';
import { roomsRule } from './eslint/rooms.js';

const nodeModules = [...builtinModules, ...builtinModules.map((name) => `node:${name}`), 'node:*'];

/** The layer rules (docs/ARCHITECTURE.md): which folder may import what. */
const layerRules = {
  shared: {
    paths: [...nodeModules, 'electron', 'better-sqlite3', 'svelte', 'dompurify'].map((name) => ({
      name,
      message: 'src-shared is pure TypeScript: no Node, DOM, Electron or UI modules.',
    })),
    patterns: [
      { group: ['node:*'], message: 'src-shared is pure TypeScript: no Node modules.' },
      { group: ['**/src-main/**', '**/src-renderer/**'], message: 'src-shared must not depend on another layer.' },
    ],
  },
  renderer: {
    paths: [...nodeModules, 'electron', 'better-sqlite3'].map((name) => ({
      name,
      message: 'The renderer reaches the main process only through window.quarry (src-renderer/src/lib/api.ts).',
    })),
    patterns: [
      { group: ['node:*'], message: 'The renderer has no Node access.' },
      { group: ['**/src-main/**'], message: 'src-renderer must not import src-main: use the contract in src-shared.' },
    ],
  },
  main: {
    patterns: [{ group: ['**/src-renderer/**'], message: 'src-main must not import src-renderer.' }],
  },
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'tmp/**',
      'test-results/**',
      'playwright-report/**',
      'reports/**',
      '.stryker-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    files: ['src-shared/**'],
    rules: {
      'no-restricted-imports': ['error', layerRules.shared],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'process', 'require', 'Buffer', '__dirname'].map((name) => ({
          name,
          message: 'src-shared runs everywhere: no DOM or Node globals.',
        })),
      ],
    },
  },
  {
    files: ['src-renderer/**'],
    languageOptions: { globals: globals.browser },
    rules: { 'no-restricted-imports': ['error', layerRules.renderer] },
  },
  {
    // Components show state and call the state modules' methods; only src-renderer/src/lib talks to the contract.
    files: ['src-renderer/src/components/**', 'src-renderer/src/App.svelte'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...layerRules.renderer,
          patterns: [
            ...layerRules.renderer.patterns,
            {
              group: ['**/lib/api'],
              importNames: ['call'],
              message: 'Components call a state module in src-renderer/src/lib, not the API.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/**', 'tests/**', 'scripts/**', 'bench/**', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src-main/**'],
    rules: { 'no-restricted-imports': ['error', layerRules.main] },
  },
  {
    files: ['src-main/**', 'src-renderer/**', 'src-shared/**'],
    plugins: { quarry: { rules: { rooms: roomsRule } } },
    rules: { 'quarry/rooms': 'error' },
  },
);
