import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'electron', 'react', 'dexie'] }],
      'no-console': 'error',
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'error' },
  },
  {
    // Importing electron's value outside Electron makes its package try to download the binary, so
    // only the two entry files may; everything else (and every test) uses `import type`.
    files: ['electron/**/*.ts', 'test/**/*.{ts,tsx}'],
    ignores: ['electron/main/index.ts', 'electron/preload/index.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: 'electron', allowTypeImports: true, message: 'Only electron/main/index.ts and electron/preload/index.ts import electron values.' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { react, 'react-hooks': reactHooks },
    settings: { react: { version: '19' } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // User-visible text must come from the locale files (t()), never from JSX literals.
      'react/jsx-no-literals': ['error', { noStrings: true, ignoreProps: true, allowedStrings: ['·', '×', '—', '/', '%', ':', '(', ')', '+', '−', '…', '#', '*'], noAttributeStrings: false }],
      'no-console': 'error',
      'no-restricted-syntax': ['error', {
        selector: 'JSXAttribute[name.name=/^(aria-label|title|placeholder|alt)$/] > Literal',
        message: 'Translate user-visible attribute text with t().',
      }],
    },
  },
  {
    files: ['test/**/*.{ts,tsx,js}', '*.config.{js,ts}', 'electron.vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
