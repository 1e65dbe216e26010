import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import { boundaries } from './eslint/client-boundary.mjs';

/**
 * Every value of the database's status enums (partnership, member, invite, application, import,
 * email, network) and the shown-only invite status EXPIRED. In src/server these are named through
 * each area's rules.ts (PARTNERSHIP_STATUS.ACTIVE, LIVE_PARTNERSHIP_STATUSES, …); the pgEnum
 * definitions in db/schema.ts are the one other place they are written.
 */
const STATUS_VALUES = [
  'PENDING_CLAIM', 'PENDING_APPROVAL', 'ACTIVE', 'DECLINED', 'REMOVED', 'INVITED', 'AWAITING_OWNER_APPROVAL',
  'HELD', 'SENT', 'CLAIMED', 'REVOKED', 'EXPIRED', 'NONE', 'PENDING', 'APPROVED', 'RUNNING', 'COMPLETED', 'FAILED', 'SENDING',
];

/** Status literals stay in the rules files (issue 8, point 3). */
const statusLiterals = {
  files: ['src/server/**/*.ts'],
  ignores: [
    '**/rules.ts',
    'src/server/db/schema.ts',
  ],
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector: `Literal[value=/^(${STATUS_VALUES.join('|')})$/]`,
        message: "Name statuses through the area's rules.ts (e.g. PARTNERSHIP_STATUS.ACTIVE, LIVE_PARTNERSHIP_STATUSES), not as literals.",
      },
      {
        selector: `TemplateElement[value.raw=/'(${STATUS_VALUES.join('|')})'/]`,
        message: "Pass statuses into SQL as values from the area's rules.ts, not as literals in the query text.",
      },
    ],
  },
};

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
  statusLiterals,
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
