// `backup` and `restore` as real CLI processes, on a PGlite folder and on PostgreSQL: the restored copy
// has the same rows and its access log verifies; a non-empty target and a broken chain are refused.
import { ownerDb } from './test/owner.js';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type Database } from './platform/db/database.js';
import { backupDatabase, restoreDatabase } from './platform/db/backup.js';
import { HelhetError } from './platform/errors.js';
import { seedDemo } from './demo/seed.js';
import { generateMunicipality } from './demo/generate.js';
import { testDatabases } from './test/databases.js';
import { runCli } from './test/cli-process.js';

const files = mkdtempSync(join(tmpdir(), 'helhet-backup-'));
afterAll(() => rmSync(files, { recursive: true, force: true }));

async function admin(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject('pgAdminUrl') });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A place a database lives: a PGlite folder or a PostgreSQL database; `create` makes it exist, empty. */
interface Place {
  env: Record<string, string>;
  open(): Promise<Database>;
  create(): Promise<void>;
  drop(): Promise<void>;
}

// Checkpoints go to the test's own folder, never to the repository's data/ folder.
const checkpointEnv = (name: string) => ({ HELHET_CHECKPOINT_DIR: join(files, `${name}-checkpoints`), HELHET_CHECKPOINT_KEY: join(files, 'checkpoint-key.pem') });

function place(kind: 'pglite' | 'postgres', name: string): Place {
  if (kind === 'pglite') {
    const dataDir = join(files, name);
    return { env: { HELHET_DATA_DIR: dataDir, DATABASE_URL: '', ...checkpointEnv(name) }, open: () => openDatabase({ dataDir }), create: async () => {}, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const database = `helhet_test_${name}_${randomBytes(4).toString('hex')}`;
  const url = new URL(inject('pgAdminUrl'));
  url.pathname = `/${database}`;
  return { env: { DATABASE_URL: url.toString(), ...checkpointEnv(name) }, open: () => openDatabase({ url: url.toString() }), create: () => admin(`create database ${database}`), drop: () => admin(`drop database if exists ${database} with (force)`) };
}

async function rowCounts(at: Place): Promise<Record<string, number>> {
  const database = await at.open();
  try {
    const tables = await queryRows<{ name: string }>(ownerDb(database), sql`select table_schema || '.' || table_name as name from information_schema.tables where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1`);
    const counts: Record<string, number> = {};
    for (const { name } of tables) counts[name] = (await queryRows<{ n: number }>(ownerDb(database), sql.raw(`select count(*)::int as n from ${name}`)))[0]!.n;
    return counts;
  } finally {
    await database.close();
  }
}

const checkedRows = (out: string): number => [...out.matchAll(/(\d+) rad(?:er)? og \d+ sjekkpunkt(?:er)? kontrollert/g)].reduce((sum, match) => sum + Number(match[1]), 0);

for (const kind of testDatabases().map((d) => d.name)) {
  describe(`${kind}: backup and restore through the CLI`, () => {
    const source = place(kind, 'source');
    const restored = place(kind, 'restored');
    const places = [source, restored];
    let sourceCounts: Record<string, number>;

    beforeAll(async () => {
      await source.create();
      const database = await source.open();
      try {
        await database.migrate();
        await seedDemo(database.db);
        await generateMunicipality(database.db, { persons: 40, units: 3, staff: 6, accessLogRows: 300 });
      } finally {
        await database.close();
      }
      sourceCounts = await rowCounts(source);
    }, 180_000);
    afterAll(async () => {
      for (const p of places) await p.drop();
    });

    it('backs up, restores into an empty target with the same rows, and verifies the access log', async () => {
      const file = join(files, `${kind}.backup`);
      const backup = await runCli(source.env, 'backup', '--out', file);
      expect(backup.code, backup.out).toBe(0);
      expect(backup.out).toContain(`er skrevet til ${file}`);
      await restored.create();
      const restore = await runCli(restored.env, 'restore', file);
      expect(restore.code, restore.out).toBe(0);
      expect(restore.out).toContain(`${kind}.backup er gjenopprettet til`);
      expect(restore.out).toContain('kjeden er hel');
      expect(sourceCounts['public.access_log']).toBeGreaterThanOrEqual(300);
      expect(checkedRows(restore.out)).toBe(sourceCounts['public.access_log']);
      expect(await rowCounts(restored)).toEqual(sourceCounts);
    }, 240_000);

    it('refuses to restore over a database that has data, and leaves it as it was', async () => {
      const refused = await runCli(source.env, 'restore', join(files, `${kind}.backup`));
      expect(refused.code).toBe(1);
      expect(refused.out).toMatch(kind === 'pglite' ? /Datamappa .* er ikke tom\. En sikkerhetskopi gjenopprettes bare til en tom eller ny mappe/ : /Databasen helhet_test_source_\w+ er ikke tom \(\d+ tabeller, sekvenser eller indekser\)\. En sikkerhetskopi gjenopprettes bare til en tom database/);
      expect(await rowCounts(source)).toEqual(sourceCounts);
    }, 120_000);

    it('exits 1 when the restored access log does not verify', async () => {
      const database = await source.open();
      try {
        await ownerDb(database).execute(sql`alter table access_log disable trigger user`);
        await ownerDb(database).execute(sql`update access_log set action = 'endret' where seq = 10`);
        await ownerDb(database).execute(sql`alter table access_log enable trigger user`);
      } finally {
        await database.close();
      }
      const file = join(files, `${kind}-tampered.backup`);
      expect((await runCli(source.env, 'backup', '--out', file)).code).toBe(0);
      const tampered = place(kind, 'tampered');
      places.push(tampered);
      await tampered.create();
      const restore = await runCli(tampered.env, 'restore', file);
      expect(restore.code, restore.out).toBe(1);
      expect(restore.out).toContain('rad 10: Rad 10 er endret etter at den ble skrevet');
    }, 240_000);
  });
}

describe('backup files', () => {
  const target = (databaseUrl?: string) => ({ databaseUrl, dataDir: join(files, 'never-created'), purpose: 'test' });
  const refusal = (promise: Promise<unknown>): Promise<HelhetError> => promise.then(() => { throw new Error('not refused'); }, (error: unknown) => error as HelhetError);

  it('are restored only into the kind of database they came from', async () => {
    const pgliteFile = join(files, 'pglite-kind.backup');
    writeFileSync(pgliteFile, Buffer.from([0x1f, 0x8b, 0x08, 0x00]));
    const postgresFile = join(files, 'postgres-kind.dump');
    writeFileSync(postgresFile, 'PGDMP\x01\x0f');
    expect((await refusal(restoreDatabase(target('postgres://nobody@127.0.0.1:1/none'), pgliteFile))).detailNo).toBe('pglite-kind.backup er en sikkerhetskopi av en PGlite-datamappe. Fjern DATABASE_URL og sett HELHET_DATA_DIR til en tom mappe for å gjenopprette den.');
    expect((await refusal(restoreDatabase(target(), postgresFile))).detailNo).toBe('postgres-kind.dump er en PostgreSQL-sikkerhetskopi (pg_dump). Sett DATABASE_URL til en tom database for å gjenopprette den.');
  });

  it('must be a backup at all', async () => {
    const other = join(files, 'notes.txt');
    writeFileSync(other, 'hei');
    expect(await refusal(restoreDatabase(target(), other))).toMatchObject({ code: 'UNPROCESSABLE', detailNo: 'notes.txt er ikke en sikkerhetskopi fra Helhet (verken en PGlite-sikkerhetskopi eller en pg_dump-fil i custom-format).' });
  });

  it('are refused whole when truncated or not of a data folder, leaving the target empty', async () => {
    const truncated = join(files, 'truncated.backup');
    writeFileSync(truncated, gzipSync(Buffer.alloc(100_000, 'PG_VERSION')).subarray(0, 60));
    expect((await refusal(restoreDatabase(target(), truncated))).detailNo).toBe('truncated.backup er skadet og kan ikke pakkes ut (unexpected end of file). Bruk en annen sikkerhetskopi.');
    const foreign = join(files, 'foreign.tar.gz');
    writeFileSync(foreign, gzipSync('ikke en datamappe'));
    expect((await refusal(restoreDatabase(target(), foreign))).detailNo).toBe('foreign.tar.gz inneholder ingen PGlite-datamappe.');
    expect(existsSync(target().dataDir)).toBe(false);
  });

  it('need a database to back up', async () => {
    expect((await refusal(backupDatabase(target(), join(files, 'nothing.backup')))).detailNo).toBe(`Fant ingen database i datamappa ${target().dataDir}.`);
  });

  it('never overwrite an earlier backup', async () => {
    const earlier = join(files, 'earlier.backup');
    writeFileSync(earlier, 'earlier');
    expect(await refusal(backupDatabase(target(), earlier))).toMatchObject({ code: 'CONFLICT', detailNo: `Fila ${earlier} finnes allerede. Velg et nytt filnavn, så ingen tidligere sikkerhetskopi overskrives.` });
  });
});
