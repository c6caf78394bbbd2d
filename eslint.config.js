// ESLint flat config. Formatting is prettier's job (`prettier --check .` runs in `npm run lint`), so no
// stylistic whitespace rules here.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'docs/api/', 'etc/', 'coverage/', 'temp/', '.tmp/']),

  js.configs.recommended,

  // Everything TypeScript: the strict, type-aware presets. Each file is checked against its nearest
  // tsconfig.json: src/ against ./tsconfig.json, test/ against test/tsconfig.json.
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // isolatedDeclarations wants stated types (`readonly name: 'X' = 'X'`), not `as const`.
      '@typescript-eslint/prefer-as-const': 'off',
      // Its fix (`x!`) is banned by no-non-null-assertion from the strict preset; `x as string` stays.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
      // Mapped types (`{ readonly [K in Keys]: string }`) show the object shape in hovers and docs.
      '@typescript-eslint/consistent-indexed-object-style': 'off',
      // Numbers and booleans in messages are fine; objects and unions with undefined are not.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // `_` marks a deliberately unused binding.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // The library: no `any`, no silenced type errors of any kind.
  {
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-expect-error': true, 'ts-ignore': true, 'ts-nocheck': true, 'ts-check': false },
      ],
    },
  },

  // Tests: negative type tests are `// @ts-expect-error: <why>`; `@ts-ignore` stays banned.
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/ban-ts-comment': [
        'error',
        {
          'ts-expect-error': { descriptionFormat: '^: \\S' },
          'ts-ignore': true,
          'ts-nocheck': true,
          minimumDescriptionLength: 10,
        },
      ],
    },
  },

  // Tool configs, examples and scripts sit outside the two tsconfig projects: lint them without type information.
  {
    files: ['*.config.ts', 'examples/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['examples/**/*.ts', 'bench/**/*.ts', 'scripts/**'],
    languageOptions: { globals: globals.node },
  },
);
