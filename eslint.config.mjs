import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import { boundaries } from './eslint/client-boundary.mjs';

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ['.next/**', 'node_modules/**', '.data/**', 'drizzle/**', 'artifacts/**', 'src/gql/**', '**/*.generated.ts', 'next-env.d.ts'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  // Boundaries (issue 8): no import cycles among our modules (eslint-plugin-import, which
  // eslint-config-next already registers with the TypeScript resolver; type-only imports are
  // erased and do not count), and client components keep away from src/server.
  {
    files: ['**/*.{ts,tsx,mts,mjs}'],
    rules: { 'import/no-cycle': ['error', { ignoreExternal: true }] },
    // Never parse dependencies to follow their imports: slow, and PGlite's bundle overflows the parser.
    settings: { 'import/ignore': ['node_modules'] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    rules: { 'boundaries/no-server-in-client': 'error' },
  },
];

export default config;
