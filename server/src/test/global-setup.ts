// Runs once per test run: makes sure a PostgreSQL server is there for the 'postgres' test database,
// and migrates once into templates that every test file then copies (a PGlite data-folder dump, a
// PostgreSQL template database) instead of running every migration again.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { openDatabase, adminQuery } from '../platform/db/database.js';
import { grantRuntimeRole } from '../platform/db/roles.js';
import { findOrStartPostgres, type PostgresServer } from './postgres-server.js';
import { testRuntimeRole } from './runtime-role.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    /** A PostgreSQL database with every migration applied, to create test databases from. */
    pgTemplate: string;
    /** A file holding a migrated PGlite data folder (dumpDataDir), to load test databases from. */
    pgliteTemplate: string;
  }
}

let server: PostgresServer | undefined;
let cleanups: (() => Promise<void>)[] = [];


export async function setup(project: TestProject): Promise<void> {
  const wanted = (process.env.HELHET_DATABASES ?? 'pglite,postgres').split(',');
  const folder = mkdtempSync(join(tmpdir(), 'helhet-templates-'));
  cleanups.push(async () => rmSync(folder, { recursive: true, force: true }));
  if (wanted.includes('pglite')) {
    const database = await openDatabase({});
    await database.migrate();
    const dump = await (database.db as unknown as { $client: PGlite }).$client.dumpDataDir('none');
    const file = join(folder, 'pglite-template.tar');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await database.close();
    project.provide('pgliteTemplate', file);
  } else {
    project.provide('pgliteTemplate', '');
  }
  if (!wanted.includes('postgres')) {
    project.provide('pgAdminUrl', '');
    project.provide('pgTemplate', '');
    return;
  }
  server = await findOrStartPostgres();
  const template = `helhet_template_${randomBytes(6).toString('hex')}`;
  await adminQuery(server.adminUrl, `create database ${template}`);
  const url = new URL(server.adminUrl);
  url.pathname = `/${template}`;
  const database = await openDatabase({ url: url.toString() });
  await database.migrate();
  await ensureRuntimeRole(server.adminUrl);
  await grantRuntimeRole(database.db, testRuntimeRole.name);
  await database.close();
  const adminUrl = server.adminUrl;
  cleanups.push(() => adminQuery(adminUrl, `drop database if exists ${template} with (force)`));
  project.provide('pgAdminUrl', server.adminUrl);
  project.provide('pgTemplate', template);
}

/** The cluster-wide role the tests' application connects as; other test runs may create it at the same time. */
async function ensureRuntimeRole(adminUrl: string): Promise<void> {
  const { name, password } = testRuntimeRole;
  await adminQuery(adminUrl, `do $$ begin
    create role ${name} login nosuperuser nobypassrls password '${password}';
  exception when duplicate_object or unique_violation then null;
  end $$`);
}

export async function teardown(): Promise<void> {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  cleanups = [];
  await server?.stop();
}
