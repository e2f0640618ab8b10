import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

/** Next's recommended rules (React, hooks, a11y, Core Web Vitals) plus typescript-eslint. */
const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [
      '.next/**',
      '.data/**',
      '.scratch/**',
      'node_modules/**',
      'coverage/**',
      'next-env.d.ts',
      'payload-types.ts',
      'app/(payload)/**',
      'migrations/**',
    ],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // Packages, then the app's own modules (`@/`), then relative ones; alphabetical in each.
      'import/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', ['parent', 'sibling', 'index']],
          pathGroups: [
            { pattern: '@/**', group: 'internal' },
            { pattern: '@payload-config', group: 'internal' },
          ],
          pathGroupsExcludedImportTypes: ['builtin'],
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
    },
  },
  {
    // Command-line scripts and tests talk to the terminal.
    files: ['scripts/**', 'tests/**', 'seed/cli.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // A focused test (`.only`, `fit`, `fdescribe`) silently skips the rest of its file: CI must not
    // pass that way.
    files: ['tests/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression > MemberExpression.callee[property.name='only'][object.name=/^(it|test|describe)$/]",
          message: 'Focused tests (.only) skip the others; remove .only before committing.',
        },
        {
          selector:
            "CallExpression > MemberExpression.callee[property.name='only'][object.object.name=/^(it|test|describe)$/]",
          message: 'Focused tests (.only) skip the others; remove .only before committing.',
        },
        {
          selector: 'CallExpression > Identifier.callee[name=/^f(it|describe)$/]',
          message: 'Focused tests (fit, fdescribe) skip the others.',
        },
      ],
    },
  },
]

export default config
