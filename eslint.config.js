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
    },
  },
  {
    // Command-line scripts and tests talk to the terminal.
    files: ['scripts/**', 'tests/**', 'seed/cli.ts'],
    rules: { 'no-console': 'off' },
  },
]

export default config
