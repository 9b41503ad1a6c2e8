// A synthetic municipality at scale, for benchmarks and load tests: units, staff with memberships,
// persons with valid synthetic national ids, case relations, teams and a hash-chained access log.
import { withSystemContext } from '../platform/db/tenant-context.js';
import { sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.js';
import { persons, serviceRelations, teamMembers, tenants, unitMemberships, units, users } from '../platform/db/schema.js';
import { appendToAccessLog, type LogEntry } from '../platform/access-log/log.js';
import { sealAccessLog } from '../platform/access-log/seal.js';
import { hashPassword } from '../platform/auth/local-provider.js';
import type { StaffRole } from '../platform/access/policy.js';
import { searchName, syntheticNationalId } from '../capabilities/persons/index.js';
import { serviceCatalogue } from '../capabilities/vedtak/index.js';
import { demoServices } from './seed.js';

export interface GenerateOptions {
  persons: number;
  units: number;
  staff: number;
  accessLogRows: number;
  seed?: number;
  password?: string;
  onProgress?: (message: string) => void;
}

export interface GeneratedMunicipality {
  tenantId: string;
  unitIds: string[];
  staffIds: string[];
  personIds: string[];
  /** username of a caseworker with one unit, convenient for benchmarks. */
  sampleUsername: string;
}

const givenNames = ['Anne', 'Per', 'Kari', 'Ole', 'Ingrid', 'Lars', 'Sofie', 'Jonas', 'Nora', 'Emil', 'Åse', 'Øyvind', 'Marte', 'Håkon', 'Sigrid', 'Mohammed', 'Fatima', 'Jan', 'Liv', 'Bjørn', 'Aisha', 'Tor', 'Hilde', 'Erik', 'Silje', 'Magnus', 'Ida', 'Kristian', 'Maja', 'Even'];
const familyNames = ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen', 'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen', 'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl', 'Jørgensen', 'Halvorsen', 'Henriksen', 'Lund', 'Sørensen', 'Jakobsen', 'Moen', 'Gundersen', 'Iversen', 'Strand', 'Ødegård', 'Aasen', 'Ålien', 'Bakke', 'Solberg'];
const roleCycle: StaffRole[] = ['caseworker', 'service-provider', 'service-provider', 'coordinator', 'nav-adviser', 'on-call', 'service-provider', 'ke', 'unit-leader', 'caseworker'];

/** Small deterministic PRNG (mulberry32) so the same seed gives the same municipality. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function insertInBatches<T extends Record<string, unknown>>(db: Db, insert: (rows: T[]) => Promise<unknown>, rows: T[], batch: number): Promise<void> {
  for (let i = 0; i < rows.length; i += batch) await insert(rows.slice(i, i + batch));
}

export async function generateMunicipality(db: Db, options: GenerateOptions): Promise<GeneratedMunicipality> {
  return withSystemContext(db, 'operator', (tx) => generateMunicipalityIn(tx, options));
}

async function generateMunicipalityIn(db: Db, options: GenerateOptions): Promise<GeneratedMunicipality> {
  const rand = random(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const progress = options.onProgress ?? (() => {});
  const suffix = Math.floor(rand() * 1e9).toString(36);
  const [tenant] = await db.insert(tenants).values({ name: `Syntetisk kommune ${suffix}`, municipalityNumber: `S${suffix}` }).returning({ id: tenants.id });
  const tenantId = tenant!.id;

  const unitRows = Array.from({ length: options.units }, (_, i) => ({ tenantId, name: `Enhet ${i + 1}`, kind: (i % 10 === 0 ? 'virksomhet' : i % 3 === 0 ? 'team' : 'avdeling') as 'virksomhet' | 'team' | 'avdeling', serviceArea: pick(['tildeling', 'psykisk-helse-rus', 'nav', 'hjemmesykepleie', 'bolig', 'legevakt']) }));
  const unitIds = (await db.insert(units).values(unitRows).returning({ id: units.id })).map((u) => u.id);
  await db.insert(serviceCatalogue).values(demoServices.map((svc) => ({ tenantId, ...svc })));
  progress(`enheter: ${unitIds.length}`);

  const passwordHash = await hashPassword(options.password ?? 'helhet-bench-2026');
  const staffRows = Array.from({ length: options.staff }, (_, i) => ({ tenantId, username: `ansatt-${suffix}-${i}`, displayName: `${pick(givenNames)} ${pick(familyNames)}`, kind: 'staff' as const, roles: [roleCycle[i % roleCycle.length]!], passwordHash }));
  const staffIds: string[] = [];
  for (let i = 0; i < staffRows.length; i += 2000) staffIds.push(...(await db.insert(users).values(staffRows.slice(i, i + 2000)).returning({ id: users.id })).map((u) => u.id));
  const validFrom = new Date(Date.UTC(2024, 0, 1));
  const memberships = staffIds.flatMap((userId, i) => {
    const first = unitIds[i % unitIds.length]!;
    return i % 4 === 0 ? [{ tenantId, userId, unitId: first, validFrom }, { tenantId, userId, unitId: pick(unitIds), validFrom }] : [{ tenantId, userId, unitId: first, validFrom }];
  });
  await insertInBatches(db, (rows) => db.insert(unitMemberships).values(rows), memberships, 5000);
  progress(`ansatte: ${staffIds.length}, medlemskap: ${memberships.length}`);

  const personIds: string[] = [];
  const batch = 4000;
  for (let start = 0; start < options.persons; start += batch) {
    const rows = [];
    for (let i = start; i < Math.min(options.persons, start + batch); i++) {
      const year = 1950 + (i % 55);
      const birthDate = `${year}-${String(1 + (Math.floor(i / 55) % 12)).padStart(2, '0')}-${String(1 + (Math.floor(i / 660) % 28)).padStart(2, '0')}`;
      let nationalId: string | null = null;
      // Each date repeats every 55·12·28 persons; give each repeat its own block of 20 serials so the
      // search for valid control digits never runs into the next repeat's numbers.
      for (let serial = Math.floor(i / (55 * 12 * 28)) * 20; !nationalId; serial++) nationalId = syntheticNationalId(birthDate, serial);
      const givenName = pick(givenNames);
      const familyName = pick(familyNames);
      rows.push({ tenantId, nationalId, nationalIdKind: 'fnr' as const, syntheticId: true, givenName, familyName, searchName: searchName(givenName, familyName), birthDate, phone: `4${String(i).padStart(7, '0')}`, address: `Syntetisk vei ${i % 300}` });
    }
    personIds.push(...(await db.insert(persons).values(rows).onConflictDoNothing().returning({ id: persons.id })).map((p) => p.id));
    if ((start / batch) % 5 === 0) progress(`personer: ${personIds.length}/${options.persons}`);
  }

  const relations = [];
  const team = [];
  for (const [i, personId] of personIds.entries()) {
    const count = 1 + (i % 3);
    for (let k = 0; k < count; k++) relations.push({ tenantId, personId, unitId: pick(unitIds), reason: 'Syntetisk tjeneste', validFrom });
    if (i % 3 === 0) team.push({ tenantId, personId, userId: pick(staffIds), teamRole: 'Primærkontakt', validFrom });
  }
  await insertInBatches(db, (rows) => db.insert(serviceRelations).values(rows), relations, 8000);
  await insertInBatches(db, (rows) => db.insert(teamMembers).values(rows), team, 8000);
  progress(`tjenesterelasjoner: ${relations.length}, teammedlemskap: ${team.length}`);

  const logBatch = 4000;
  for (let written = 0; written < options.accessLogRows; written += logBatch) {
    const entries: LogEntry[] = [];
    for (let k = 0; k < Math.min(logBatch, options.accessLogRows - written); k++) {
      entries.push({ tenantId, actorId: pick(staffIds), actorName: 'Syntetisk ansatt', personId: pick(personIds), action: 'person.read', outcome: 'allowed', basis: 'unit:Enhet', reason: null, origin: '127.0.0.1 GET /api/persons/:personId', details: null, occurredAt: new Date(validFrom.getTime() + written + k) });
    }
    await db.transaction((tx) => appendToAccessLog(tx, entries));
    if ((written / logBatch) % 25 === 0) progress(`tilgangslogg: ${written + entries.length}/${options.accessLogRows}`);
  }
  // As the running server's sealer would have done by now.
  const { sealed } = await sealAccessLog(db);
  progress(`tilgangslogg forseglet: ${sealed} rader`);
  await db.execute(sql`analyze`);
  const sampleIndex = roleCycle.indexOf('caseworker') + roleCycle.length; // index 10: one unit only (i % 4 !== 0)
  return { tenantId, unitIds, staffIds, personIds, sampleUsername: staffRows[Math.min(sampleIndex, staffRows.length - 1)]!.username };
}
