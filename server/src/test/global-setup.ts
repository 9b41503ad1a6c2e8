// Runs once per test run: makes sure a PostgreSQL server is there for the 'postgres' test database.
import type { TestProject } from 'vitest/node';
import { findOrStartPostgres, type PostgresServer } from './postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

let server: PostgresServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const wanted = (process.env.HELHET_DATABASES ?? 'pglite,postgres').split(',');
  if (!wanted.includes('postgres')) {
    project.provide('pgAdminUrl', '');
    return;
  }
  server = await findOrStartPostgres();
  project.provide('pgAdminUrl', server.adminUrl);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
