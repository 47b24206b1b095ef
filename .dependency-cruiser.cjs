// The layering rules of src/, checked in CI by `npm run depcheck`.
// Features sit on top of common/ and database/; those two never reach up into a
// feature, and nothing anywhere may import in a circle.
const FEATURES =
  '^src/(access|audit|auth|directives|health|idempotency|meetings|minutes|organizations|users|attachments|followup|notifications|reports|documents|calendar|search|imports|exports)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: two files (or folders) that each need the other cannot be understood, tested or moved apart.',
      from: { path: '^(src|scripts|migrations|bench)/' },
      to: { circular: true },
    },
    {
      name: 'common-imports-no-feature',
      severity: 'error',
      comment: 'src/common holds what every feature may use; it must not depend on any of them.',
      from: { path: '^src/common/' },
      to: { path: [FEATURES, '^src/(app\\.module|bootstrap|main|app-entities)\\.ts$'] },
    },
    {
      name: 'database-imports-no-feature',
      severity: 'error',
      comment: 'src/database is infrastructure (connections, transactions, migrations runner); features build on it, not the reverse.',
      from: { path: '^src/database/' },
      to: { path: [FEATURES, '^src/(app\\.module|bootstrap|main|app-entities)\\.ts$'] },
    },
    {
      name: 'web-interface-imports-no-feature',
      severity: 'error',
      comment: 'src/web-interface serves the built interface at /: files, not API; it knows the HTTP layer (common/) and no feature.',
      from: { path: '^src/web-interface/' },
      to: { path: [FEATURES, '^src/(app\\.module|bootstrap|main|app-entities)\\.ts$'] },
    },
    {
      name: 'users-below-auth',
      severity: 'error',
      comment: 'auth (sign-in, sessions) depends on users (the account); an account must not depend on how one signs in.',
      from: { path: '^src/users/' },
      to: { path: '^src/auth/' },
    },
    {
      name: 'meetings-below-directives',
      severity: 'error',
      comment:
        'A directive belongs to a meeting: directives may use meetings, never the reverse. What needs both (recording or reading a whole meeting) lives in src/minutes.',
      from: { path: '^src/meetings/' },
      to: { path: ['^src/directives/', '^src/minutes/'] },
    },
    {
      name: 'no-test-code-in-src',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.spec\\.ts$' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|web)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
