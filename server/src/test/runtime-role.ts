/** The role the application runs as in the PostgreSQL tests (made by global-setup.ts), as on PGlite. */
export const testRuntimeRole = { name: 'helhet_runtime', password: 'helhet-runtime-test' };
