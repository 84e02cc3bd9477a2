import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'web/dist/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The core must run in the browser: no Node built-ins, no process.
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/node/**', 'src/server/**', 'src/**/*.test.ts', 'src/index.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'worker_threads', 'child_process'], message: 'The core is browser-safe: no Node built-ins outside src/node, src/cli and src/server.' }] }],
      'no-restricted-globals': ['error', { name: 'process', message: 'The core does not read process.' }],
    },
  },
);
