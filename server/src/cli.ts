// Operator commands: `npm run cli -- <command>`.
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import { loadConfigOrExit } from './config.js';
import { announceRuntime } from './platform/runtime/node-version.js';
import { migrateAsOwner, openDatabase, type Database } from './platform/db/database.js';
import { backupDatabase, restoreDatabase, type BackupTarget } from './platform/db/backup.js';
import { accessLogTenants } from './platform/access-log/log.js';
import { verifyAccessLog, type CheckpointSource } from './platform/access-log/verify.js';
import { sealAccessLog } from './platform/access-log/seal.js';
import { checkpointLine, checkpointNow } from './platform/access-log/sealer.js';
import { loadOrCreateSigner, loadPublicKey, publicKeyFile } from './platform/access-log/checkpoints.js';
import { grantRuntimeRole } from './platform/db/roles.js';
import { withSystemContext, withTenant } from './platform/db/tenant-context.js';
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
import { runWordingCommand, wordingCommands, wordingUsage, type WordingCommand } from './cli-wordings.js';
import { recordOperatorGrant } from './platform/access/grants.js';
import { operatorName } from './platform/runtime/operator.js';

const usage = `Bruk: npm run cli -- <kommando> [valg]

  migrate                       kjør databasemigreringer
  seed-demo                     last demokommunen (bare i tom database)
  create-user --username U --name "Navn" --roles r1,r2 [--unit "Enhetsnavn"] [--password P]
                                opprett ansatt (passord leses fra HELHET_PASSWORD hvis ikke gitt)
  verify-log                    forsegl og kontroller tilgangsloggen: hash-kjeden, hodet og de signerte
                                sjekkpunktene (avslutter med 1 ved brudd; alle brudd skrives ut)
  checkpoint                    forsegl tilgangsloggen og skriv et signert sjekkpunkt nå (skrives også ut,
                                for arkivering utenfor systemet)
  grant-runtime-role --role R   (PostgreSQL, som eier) gi kjørerollen R tilgang til data, men ikke til å
                                endre tabeller eller slå av tilgangsloggens triggere
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
${wordingUsage}

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
      role: { type: 'string' },
      instrument: { type: 'string' },
      language: { type: 'string' },
      file: { type: 'string' },
      municipality: { type: 'string' },
      history: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  if (!command || command === 'help') {
    console.log(usage);
    return command ? 0 : 1;
  }
  announceRuntime('Helhet CLI');
  const config = loadConfigOrExit();
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
    await migrateAsOwner(database, config);
    if ((wordingCommands as readonly string[]).includes(command)) return await runWordingCommand(command as WordingCommand, database.db, values);
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
        const unitFound = await withTenant(database.db, tenant.id, async (tx) => {
          const [user] = await tx
            .insert(users)
            .values({ tenantId: tenant.id, username: values.username!.toLowerCase(), displayName: values.name!, kind: 'staff', roles: roles as StaffRole[], passwordHash: await hashPassword(password) })
            .returning({ id: users.id });
          const [unit] = values.unit ? await tx.select({ id: units.id }).from(units).where(eq(units.name, values.unit)) : [];
          if (unit) await tx.insert(unitMemberships).values({ tenantId: tenant.id, userId: user!.id, unitId: unit.id });
          await recordOperatorGrant(tx, { tenantId: tenant.id, userId: user!.id, roles: roles as StaffRole[], unitId: unit?.id ?? null, operator: operatorName(), now: new Date() });
          return !values.unit || Boolean(unit);
        });
        if (!unitFound) {
          console.error(`Fant ingen enhet som heter «${values.unit}». Brukeren er opprettet uten enhet.`);
          return 1;
        }
        console.log(`Brukeren ${values.username} er opprettet.`);
        return 0;
      }
      case 'verify-log': {
        await sealAccessLog(database.db);
        const checkpoints = checkpointSource(config.accessLog.checkpointDir, config.accessLog.checkpointKeyFile);
        if (!checkpoints) console.log('Fant ingen sjekkpunktnøkkel: bare hash-kjeden kontrolleres.');
        let ok = true;
        for (const tenantId of await accessLogTenants(database.db)) {
          const result = await verifyAccessLog(database.db, tenantId, checkpoints);
          ok &&= result.ok;
          console.log(
            `Tenant ${tenantId}: ${count(result.rowsChecked, 'rad', 'rader')} og ${count(result.checkpointsChecked, 'sjekkpunkt', 'sjekkpunkter')} kontrollert, ${result.ok ? 'kjeden er hel' : `${result.breaks.length} brudd`}` +
              (result.unsealed ? ` (${result.unsealed} rader ennå ikke forseglet)` : ''),
          );
          for (const b of result.breaks) console.log(`  rad ${b.seq}: ${b.detail} [${b.problem}]`);
          if (result.variants.length) {
            console.log(`  ${count(result.variants.length, 'eldre rad har', 'eldre rader har')} en kjent, ufarlig kodingsforskjell (ikke endret):`);
            for (const v of result.variants) console.log(`    rad ${v.seq}: ${v.encoding}`);
          }
        }
        return ok ? 0 : 1;
      }
      case 'checkpoint': {
        await sealAccessLog(database.db);
        const signer = loadOrCreateSigner(config.accessLog.checkpointKeyFile);
        const written = await checkpointNow(database.db, { dir: config.accessLog.checkpointDir, signer }, new Date());
        for (const c of written) console.log(checkpointLine(c));
        if (written.length === 0) console.log('Ingen nye rader siden forrige sjekkpunkt.');
        return 0;
      }
      case 'grant-runtime-role': {
        if (database.kind !== 'postgres' || !values.role) {
          console.error('grant-runtime-role trenger PostgreSQL (DATABASE_URL eller MIGRATION_DATABASE_URL som eier) og --role.');
          return 1;
        }
        const owner = config.migrationDatabaseUrl ? await openDatabase({ url: config.migrationDatabaseUrl }) : database;
        try {
          await grantRuntimeRole(owner.db, values.role);
        } finally {
          if (owner !== database) await owner.close();
        }
        console.log(`Rollen ${values.role} har fått tilgang som kjørerolle.`);
        return 0;
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
        const username = values.as.toLowerCase();
        // The operator names a user; which municipality it belongs to is known only after the look-up.
        const [user] = await withSystemContext(database.db, 'operator', (tx) => tx.select().from(users).where(eq(users.username, username)));
        if (!user || !user.active || user.kind !== 'staff') {
          console.error(`Fant ingen aktiv ansatt med brukernavnet «${values.as}».`);
          return 1;
        }
        const now = new Date();
        const context = { actor: { userId: user.id, tenantId: user.tenantId, kind: 'staff' as const, displayName: user.displayName, roles: user.roles as StaffRole[], unitIds: await withTenant(database.db, user.tenantId, (tx) => activeUnitIds(tx, user.id, now)), personId: null }, origin: 'cli', now };
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


/** The checkpoints to verify against: the signing key's public half, or the public key alone. */
function checkpointSource(dir: string, keyFile: string): CheckpointSource | undefined {
  if (existsSync(publicKeyFile(keyFile))) return { dir, publicKey: loadPublicKey(publicKeyFile(keyFile)) };
  if (existsSync(keyFile)) return { dir, publicKey: loadOrCreateSigner(keyFile).publicKey };
  return undefined;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

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
