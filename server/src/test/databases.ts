// The databases every integration test runs against: embedded PGlite and a real PostgreSQL server.
// Each test file gets its own fresh database (a uniquely named one on the server, dropped after).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { openDatabase, type Database, adminQuery } from '../platform/db/database.js';
import { registerOwner } from './owner.js';
import { testRuntimeRole } from './runtime-role.js';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  open(): Promise<Database>;
}


let pgliteTemplate: Blob | undefined;

const pglite: TestDatabase = {
  name: 'pglite',
  async open() {
    // A copy of the migrated template (test/global-setup.ts); migrate() then finds nothing to do.
    const file = inject('pgliteTemplate');
    if (file) pgliteTemplate ??= new Blob([readFileSync(file)]);
    const database = await openDatabase(pgliteTemplate ? { loadDataDir: pgliteTemplate } : {});
    await database.migrate();
    return database;
  },
};

const postgres: TestDatabase = {
  name: 'postgres',
  async open() {
    const adminUrl = inject('pgAdminUrl');
    if (!adminUrl) throw new Error('Ingen PostgreSQL-server er tilgjengelig for testene (se test/global-setup.ts).');
    const name = `helhet_test_${randomBytes(6).toString('hex')}`;
    const template = inject('pgTemplate');
    await adminQuery(adminUrl, template ? `create database ${name} template ${template}` : `create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const owner = await openDatabase({ url: url.toString() });
    await owner.migrate();
    // The application runs as the runtime role: a superuser would pass every row-level policy.
    url.username = testRuntimeRole.name;
    url.password = testRuntimeRole.password;
    const runtime = await openDatabase({ url: url.toString() });
    const database: Database = {
      ...runtime,
      migrate: () => owner.migrate(),
      close: async () => {
        await runtime.close();
        await owner.close();
        await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
      },
    };
    registerOwner(database, owner.db);
    return database;
  },
};

/** ['pglite', 'postgres'], narrowed with HELHET_DATABASES=pglite (or postgres). */
export function testDatabases(): TestDatabase[] {
  const wanted = (process.env.HELHET_DATABASES ?? 'pglite,postgres').split(',');
  return [pglite, postgres].filter((d) => wanted.includes(d.name));
}
