import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/**', 'packages/*/dist/**', 'examples/*/node_modules/**', 'examples/*/dist/**', 'examples/*/build/**', 'examples/*/.strapi/**', 'examples/*/.tmp/**', 'build/**', '.strapi/**', '.tmp/**', '.cache/**', 'node_modules/**', 'types/generated/**', 'public/uploads/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable', fetch: 'readonly', setTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The web front's scripts run in the browser as ES modules, without a build step.
    files: ['public/site/**/*.js'],
    languageOptions: {
      sourceType: 'module',
      globals: { document: 'readonly', window: 'readonly', location: 'readonly', history: 'readonly', URL: 'readonly', URLSearchParams: 'readonly', FormData: 'readonly', clearTimeout: 'readonly' },
    },
  },
  {
    // Tests read JSON answers and raw rows and let their assertions check the shape; the code
    // under test (src, config, packages/*/server and admin) has no `any`.
    files: ['tests/**/*.ts', 'packages/*/tests/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
