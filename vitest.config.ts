import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/src/**/*.test.ts', 'web/e2e/**/*.test.ts'],
    reporters: ['default', './server/src/test/tail-reporter.ts'],
    pool: 'forks',
    maxWorkers: 2,
    globalSetup: ['server/src/test/global-setup.ts'],
    // Cheap password hashing for the many test logins (see platform/auth/local-provider.ts).
    env: { HELHET_ARGON2_PROFILE: 'test' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
