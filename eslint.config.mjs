// ESLint flat config: typescript-eslint strict type-checked everywhere, plus layering and no-network rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const networkModules = ['http', 'https', 'net', 'tls', 'dgram', 'dns', 'http2', 'undici'].flatMap((m) => [
  m,
  `node:${m}`,
]);

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'release/**',
      'coverage/**',
      'data/dist/**',
      // A developer's throw-away scripts (git-ignored), never part of the product or its checks.
      'scratch/**',
      'test-results/**',
      'eslint.config.mjs',
      '**/*.js',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Article 6 of the decree: the app must never talk to a network. No network modules or globals in product code.
    files: ['electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    ignores: ['electron/host/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: networkModules.map((name) => ({
            name,
            message: 'Lectern never uses the network (Article 6).',
          })),
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['fetch', 'WebSocket', 'EventSource', 'XMLHttpRequest'].map((name) => ({
          name,
          message: 'Lectern never uses the network (Article 6).',
        })),
      ],
    },
  },
  {
    // Domain core must not depend on Electron, so the CLI, the tests and the main process share it.
    files: ['electron/core/**/*.ts', 'electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...networkModules.map((name) => ({
              name,
              message: 'Lectern never uses the network (Article 6).',
            })),
            { name: 'electron', message: 'electron/core and electron/shared must not import electron.' },
          ],
        },
      ],
    },
  },
  {
    // Import zones: the renderer talks to the core only through the contract, so it imports nothing but
    // electron/shared (which re-exports the few pure core rules it needs) and its own modules.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...networkModules.map((name) => ({
              name,
              message: 'Lectern never uses the network (Article 6).',
            })),
            { name: 'electron', message: 'The renderer runs in a sandboxed page without Electron.' },
          ],
          patterns: [
            {
              group: [
                '**/electron/core/**',
                '**/electron/main/**',
                '**/electron/preload/**',
                '**/electron/host/**',
              ],
              message: 'The renderer imports only electron/shared (re-export what it needs there).',
            },
            { group: ['node:*'], message: 'The renderer runs in a sandboxed page without Node.' },
          ],
        },
      ],
    },
  },
  {
    // electron/shared is the contract: it may re-export pure core rules, but not the main process or the host.
    files: ['electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...networkModules.map((name) => ({
              name,
              message: 'Lectern never uses the network (Article 6).',
            })),
            { name: 'electron', message: 'electron/core and electron/shared must not import electron.' },
          ],
          patterns: [
            {
              group: ['**/main/**', '**/preload/**', '**/host/**', '**/renderer/**'],
              message: 'electron/shared sits below the main process, the host and the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    // The run-time network guard imports the network modules only to replace them with functions that throw.
    files: ['electron/core/security/network-guard.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'electron/core must not import electron.' }] },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
