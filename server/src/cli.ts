// Operator commands: `npm run cli -- <command>`.
import { parseArgs } from 'node:util';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import { loadConfig } from './config.js';
import { announceRuntime } from './platform/runtime/node-version.js';
import { openDatabase, type Database } from './platform/db/database.js';
import { backupDatabase, restoreDatabase, type BackupTarget } from './platform/db/backup.js';
import { accessLogTenants, verifyAccessLog } from './platform/access-log/log.js';
import { hashPassword, passwordProblems } from './platform/auth/local-provider.js';
import { staffRoles, type StaffRole } from './platform/access/policy.js';
import { tenants, unitMemberships, units, users } from './platform/db/schema.js';
import { isEmpty, seedDemo } from './demo/seed.js';
import { generateMunicipality } from './demo/generate.js';
import { generateCaseData } from './demo/generate-cases.js';
import { generateCoordinationData } from './demo/generate-coordination.js';
import { generateWholePersonData } from './demo/generate-whole-person.js';
import { localDateAt } from './platform/calendar/index.js';
import { activeUnitIds, withAccess } from './platform/access/scope.js';
import { HelhetError } from './platform/errors.js';
import { exportRecords, importRecords } from './capabilities/records-exchange/index.js';
import { runFull } from './capabilities/compliance/index.js';

const usage = `Bruk: npm run cli -- <kommando> [valg]

  migrate                       kjør databasemigreringer
  seed-demo                     last demokommunen (bare i tom database)
  create-user --username U --name "Navn" --roles r1,r2 [--unit "Enhetsnavn"] [--password P]
                                opprett ansatt (passord leses fra HELHET_PASSWORD hvis ikke gitt)
  verify-log                    kontroller hash-kjeden i tilgangsloggen (avslutter med 1 ved brudd)
  generate --persons N [--units N] [--staff N] [--log-rows N] [--no-cases]
                                lag en syntetisk kommune (ny tenant) med henvendelser, kartlegginger,
                                vedtak (3 per person) og arbeidslister, for test og ytelsesmåling
  import <fil.json> --as brukernavn
                                importer saksopplysninger (docs/import-format.md); alt eller ingenting,
                                feil skrives per post og felt; brukeren må ha rollen quality-adviser eller admin
  export --as brukernavn [--person id]… [--out fil.json]
                                eksporter saksopplysninger for personene brukeren har tjenstlig behov for
  compliance-run                kjør alle etterlevelseskontroller for alle personer og lagre månedens tall
  backup --out <fil>            ta sikkerhetskopi av databasen (PGlite: datamappa; PostgreSQL: pg_dump)
  restore <fil>                 gjenopprett til en tom datamappe eller database, og kontroller tilgangsloggen
                                (avslutter med 1 hvis kjeden ikke er hel)

Rollene: ${staffRoles.join(', ')}`;

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const { values, positionals } = parseArgs({
    args: rest,
    options: {
      username: { type: 'string' },
      name: { type: 'string' },
      roles: { type: 'string' },
      unit: { type: 'string' },
      password: { type: 'string' },
      persons: { type: 'string' },
      units: { type: 'string' },
      staff: { type: 'string' },
      'log-rows': { type: 'string' },
      'no-cases': { type: 'boolean' },
      as: { type: 'string' },
      person: { type: 'string', multiple: true },
      out: { type: 'string' },
    },
    allowPositionals: true,
  });
  if (!command || command === 'help') {
    console.log(usage);
    return command ? 0 : 1;
  }
  announceRuntime('Helhet CLI');
  const config = loadConfig();
  const purpose = `Helhet-CLI: ${command}`;
  if (command === 'backup' || command === 'restore') {
    const code = await backupOrRestore(command, { databaseUrl: config.databaseUrl, dataDir: config.dataDir, purpose }, values.out, positionals[0]);
    if (code !== 0 || command === 'backup') return code;
  }
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  let database: Database;
  try {
    database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, purpose });
  } catch (error) {
    if (!(error instanceof HelhetError)) throw error;
    console.error(error.detailNo);
    return 1;
  }
  try {
    await database.migrate();
    // A restore ends with the same check as `verify-log`, through the same code.
    switch (command === 'restore' ? 'verify-log' : command) {
      case 'migrate':
        console.log('Migreringer er kjørt.');
        return 0;
      case 'seed-demo':
        if (!(await isEmpty(database.db))) {
          console.error('Databasen har allerede data; demodata lastes bare i en tom database.');
          return 1;
        }
        await seedDemo(database.db);
        console.log('Demokommunen er lastet.');
        return 0;
      case 'create-user': {
        const password = values.password ?? process.env.HELHET_PASSWORD;
        const roles = (values.roles ?? '').split(',').filter(Boolean);
        const badRole = roles.find((r) => !(staffRoles as readonly string[]).includes(r));
        if (!values.username || !values.name || roles.length === 0 || !password) {
          console.error('create-user trenger --username, --name, --roles og passord (--password eller HELHET_PASSWORD).');
          return 1;
        }
        if (badRole) {
          console.error(`Ukjent rolle: ${badRole}. Gyldige roller: ${staffRoles.join(', ')}`);
          return 1;
        }
        const problem = passwordProblems(password);
        if (problem) {
          console.error(problem);
          return 1;
        }
        const [tenant] = await database.db.select({ id: tenants.id }).from(tenants).limit(1);
        if (!tenant) {
          console.error('Ingen kommune finnes ennå. Kjør seed-demo eller generate først.');
          return 1;
        }
        const [user] = await database.db
          .insert(users)
          .values({ tenantId: tenant.id, username: values.username.toLowerCase(), displayName: values.name, kind: 'staff', roles: roles as StaffRole[], passwordHash: await hashPassword(password) })
          .returning({ id: users.id });
        if (values.unit) {
          const [unit] = await database.db.select({ id: units.id }).from(units).where(eq(units.name, values.unit));
          if (!unit) {
            console.error(`Fant ingen enhet som heter «${values.unit}». Brukeren er opprettet uten enhet.`);
            return 1;
          }
          await database.db.insert(unitMemberships).values({ tenantId: tenant.id, userId: user!.id, unitId: unit.id });
        }
        console.log(`Brukeren ${values.username} er opprettet.`);
        return 0;
      }
      case 'verify-log': {
        let ok = true;
        for (const tenantId of await accessLogTenants(database.db)) {
          const result = await verifyAccessLog(database.db, tenantId);
          ok &&= result.ok;
          console.log(`Tenant ${tenantId}: ${result.rowsChecked} rader kontrollert, ${result.ok ? 'kjeden er hel' : `${result.breaks.length} brudd`}`);
          for (const b of result.breaks.slice(0, 20)) console.log(`  rad ${b.seq}: ${b.detail}`);
        }
        return ok ? 0 : 1;
      }
      case 'generate': {
        const persons = Number(values.persons ?? 1000);
        const summary = await generateMunicipality(database.db, {
          persons,
          units: Number(values.units ?? Math.max(10, Math.round(persons / 333))),
          staff: Number(values.staff ?? Math.max(20, Math.round(persons / 50))),
          accessLogRows: Number(values['log-rows'] ?? persons * 10),
          onProgress: (message) => console.log(message),
        });
        if (!values['no-cases']) {
          const options = { tenantId: summary.tenantId, today: localDateAt(new Date()), onProgress: (message: string) => console.log(message) };
          await generateCaseData(database.db, options);
          await generateCoordinationData(database.db, options);
          await generateWholePersonData(database.db, options);
        }
        console.log(`Syntetisk kommune laget: tenant ${summary.tenantId}, ${summary.personIds.length} personer, ${summary.unitIds.length} enheter, ${summary.staffIds.length} ansatte`);
        return 0;
      }
      case 'import':
      case 'export': {
        if (!values.as) {
          console.error(`${command} trenger --as <brukernavn>: importen og eksporten logges på en navngitt ansatt.`);
          return 1;
        }
        const [user] = await database.db.select().from(users).where(eq(users.username, values.as.toLowerCase()));
        if (!user || !user.active || user.kind !== 'staff') {
          console.error(`Fant ingen aktiv ansatt med brukernavnet «${values.as}».`);
          return 1;
        }
        const now = new Date();
        const context = { actor: { userId: user.id, tenantId: user.tenantId, kind: 'staff' as const, displayName: user.displayName, roles: user.roles as StaffRole[], unitIds: await activeUnitIds(database.db, user.id, now), personId: null }, origin: 'cli', now };
        try {
          if (command === 'import') {
            const file = positionals[0];
            if (!file) {
              console.error('import trenger en fil: npm run cli -- import <fil.json> --as brukernavn');
              return 1;
            }
            let data: unknown;
            try {
              data = JSON.parse(readFileSync(file, 'utf8'));
            } catch (error) {
              console.error(`${basename(file)}: kan ikke lese filen som JSON (${(error as Error).message}).`);
              return 1;
            }
            const result = await withAccess(database.db, context, (scope) => importRecords(scope, basename(file), data));
            console.log(`Importert fra ${result.fileName}: ${Object.entries(result.counts).map(([k, n]) => `${k} ${n}`).join(', ')}.`);
          } else {
            const file = await withAccess(database.db, context, (scope) => exportRecords(scope, values.person));
            const text = `${JSON.stringify(file, null, 2)}\n`;
            if (values.out) writeFileSync(values.out, text);
            else process.stdout.write(text);
            if (values.out) console.log(`Eksportert ${file.persons.length} personer til ${values.out}.`);
          }
          return 0;
        } catch (error) {
          if (!(error instanceof HelhetError)) throw error;
          console.error(error.detailNo);
          const extra = error.extra?.importErrors as { file: string; recordIndex: number | null; recordRef: string | null; field: string; reason: string }[] | undefined;
          for (const e of extra ?? []) console.error(`  ${e.file}: post ${e.recordIndex ?? '-'}${e.recordRef ? ` (${e.recordRef})` : ''}, felt ${e.field}: ${e.reason}`);
          return 1;
        }
      }
      case 'compliance-run': {
        const report = await runFull(database.db, new Date());
        console.log(`Etterlevelse: ${report.persons} personer, ${report.rows} resultater på ${(report.ms / 1000).toFixed(1)} s (${Math.round(report.rows / (report.ms / 1000))} rader/s)`);
        return 0;
      }
      default:
        console.error(`Ukjent kommando: ${command}\n\n${usage}`);
        return 1;
    }
  } finally {
    await database.close();
  }
}

/** `backup` writes the file; `restore` loads it into the empty target and returns 0, and main then verifies the access log. */
async function backupOrRestore(command: 'backup' | 'restore', target: BackupTarget, out: string | undefined, file: string | undefined): Promise<number> {
  const where = target.databaseUrl ? 'PostgreSQL-databasen' : `datamappa ${target.dataDir}`;
  try {
    if (command === 'backup') {
      if (!out) {
        console.error('backup trenger --out <fil>, for eksempel: npm run cli -- backup --out helhet-2026-12-07.backup');
        return 1;
      }
      const bytes = await backupDatabase(target, out);
      console.log(`Sikkerhetskopi av ${where} er skrevet til ${resolve(out)} (${(bytes / 1024 / 1024).toFixed(1)} MB).`);
      return 0;
    }
    if (!file) {
      console.error('restore trenger en fil: npm run cli -- restore <fil>');
      return 1;
    }
    await restoreDatabase(target, file);
    console.log(`${basename(file)} er gjenopprettet til ${where}. Kontrollerer tilgangsloggen:`);
    return 0;
  } catch (error) {
    if (!(error instanceof HelhetError)) throw error;
    console.error(error.detailNo);
    return 1;
  }
}

process.exitCode = await main();
