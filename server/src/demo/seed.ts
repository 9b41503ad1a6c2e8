// The demo municipality: synthetic units, partners, one staff user per role, and synthetic persons
// (Tenor-style national ids, month + 80) in several states. Loaded on first start and in tests.
import { withSystemContext } from '../platform/db/tenant-context.js';
import type { Db } from '../platform/db/database.js';
import { consents, notes, partners, persons, serviceRelations, teamMembers, tenants, unitMemberships, units, users } from '../platform/db/schema.js';
import type { StaffRole } from '../platform/access/policy.js';
import { hashPassword } from '../platform/auth/local-provider.js';
import { searchName, syntheticNationalId } from '../capabilities/persons/index.js';
import { serviceCatalogue } from '../capabilities/vedtak/index.js';
import { seedDemoCases } from './seed-cases.js';
import { seedInternalControl } from './seed-internal-control.js';
import { seedDemoWholePerson } from './seed-whole-person.js';
import { seedRelativesRisk } from './seed-relatives-risk.js';
import type { ServiceBasisId } from '../platform/law/index.js';

export const demoPassword = process.env.HELHET_DEMO_PASSWORD ?? 'helhet-demo-2026';

export const demoUnits = {
  helse: { name: 'Helse og velferd', kind: 'virksomhet', parent: null, serviceArea: null },
  tildeling: { name: 'Tildelingskontoret', kind: 'avdeling', parent: 'helse', serviceArea: 'tildeling' },
  psykiskHelseRus: { name: 'Psykisk helse og rus', kind: 'avdeling', parent: 'helse', serviceArea: 'psykisk-helse-rus' },
  fact: { name: 'FACT-teamet', kind: 'team', parent: 'psykiskHelseRus', serviceArea: 'psykisk-helse-rus' },
  lavterskel: { name: 'Lavterskeltilbudet', kind: 'team', parent: 'psykiskHelseRus', serviceArea: 'psykisk-helse-rus' },
  hjemmesykepleie: { name: 'Hjemmesykepleien', kind: 'avdeling', parent: 'helse', serviceArea: 'hjemmesykepleie' },
  legevakt: { name: 'Legevakten', kind: 'avdeling', parent: 'helse', serviceArea: 'legevakt' },
  ke: { name: 'Koordinerende enhet', kind: 'avdeling', parent: 'helse', serviceArea: 'koordinerende-enhet' },
  bolig: { name: 'Boligkontoret', kind: 'avdeling', parent: 'helse', serviceArea: 'bolig' },
  nav: { name: 'NAV Fjordvik', kind: 'virksomhet', parent: null, serviceArea: 'nav' },
} as const;
export type DemoUnitKey = keyof typeof demoUnits;

export const demoUsers: { username: string; displayName: string; title: string; roles: StaffRole[]; units: DemoUnitKey[] }[] = [
  { username: 'kari.saksbehandler', displayName: 'Kari Saksbehandler', title: 'Saksbehandler', roles: ['caseworker'], units: ['tildeling'] },
  { username: 'ola.tjenesteyter', displayName: 'Ola Tjenesteyter', title: 'Miljøterapeut', roles: ['service-provider'], units: ['psykiskHelseRus'] },
  { username: 'siri.koordinator', displayName: 'Siri Koordinator', title: 'Koordinator', roles: ['coordinator', 'service-provider'], units: ['fact'] },
  { username: 'kjell.ke', displayName: 'Kjell Koordinerende', title: 'Rådgiver koordinerende enhet', roles: ['ke'], units: ['ke'] },
  { username: 'nora.nav', displayName: 'Nora NAV-veileder', title: 'NAV-veileder', roles: ['nav-adviser'], units: ['nav'] },
  { username: 'vakt.hjemmesykepleie', displayName: 'Viktor Vakt', title: 'Sykepleier, natt', roles: ['on-call'], units: ['hjemmesykepleie'] },
  { username: 'vakt.legevakt', displayName: 'Lise Legevaktlege', title: 'Legevaktlege', roles: ['on-call'], units: ['legevakt'] },
  { username: 'lena.leder', displayName: 'Lena Leder', title: 'Enhetsleder psykisk helse og rus', roles: ['unit-leader'], units: ['psykiskHelseRus'] },
  { username: 'henrik.hjemmeleder', displayName: 'Henrik Hjemmeleder', title: 'Enhetsleder hjemmesykepleien', roles: ['unit-leader'], units: ['hjemmesykepleie'] },
  { username: 'kristin.kvalitet', displayName: 'Kristin Kvalitet', title: 'Kvalitetsrådgiver', roles: ['quality-adviser'], units: ['helse'] },
  { username: 'rune.revisor', displayName: 'Rune Revisor', title: 'Revisor', roles: ['auditor'], units: [] },
  { username: 'anne.admin', displayName: 'Anne Administrator', title: 'Systemadministrator', roles: ['admin'], units: [] },
  { username: 'berit.boligleder', displayName: 'Berit Boligleder', title: 'Enhetsleder Boligkontoret', roles: ['unit-leader'], units: ['bolig'] },
  { username: 'dina.direktor', displayName: 'Dina Direktør', title: 'Kommunalsjef helse og velferd', roles: ['director'], units: ['helse'] },
  { username: 'bo.boligkonsulent', displayName: 'Bo Boligkonsulent', title: 'Boligkonsulent', roles: ['caseworker'], units: ['bolig'] },
];

export const demoServices = [
  { code: 'oppfolging-psykisk-helse-rus', name: 'Oppfølging fra psykisk helse- og rustjenesten', description: 'Samtaler, motivasjon og praktisk hjelp til å mestre hverdagen for personer med psykiske vansker og/eller rusmiddelproblemer. Gis hjemme, ved kontoret eller ute.', legalBasisIds: ['hol-3-2-6a', 'hol-3-2-6b'] },
  { code: 'praktisk-bistand-opplaering', name: 'Praktisk bistand og opplæring', description: 'Hjelp og opplæring i dagliglivets gjøremål i hjemmet, som innkjøp, matlaging, økonomi og struktur.', legalBasisIds: ['hol-3-2-6b'] },
  { code: 'hjemmesykepleie', name: 'Helsetjenester i hjemmet (hjemmesykepleie)', description: 'Sykepleie i hjemmet, blant annet legemiddelhåndtering og oppfølging av somatisk helse.', legalBasisIds: ['hol-3-2-6a'] },
  { code: 'bolig-med-bemanning', name: 'Bolig med bemanning', description: 'Egen bolig med personale til stede hele døgnet, for personer som trenger tett oppfølging.', legalBasisIds: ['hol-3-2-6b'] },
  { code: 'fact-oppfolging', name: 'Oppfølging fra FACT-teamet', description: 'Tverrfaglig, oppsøkende behandling og oppfølging i samarbeid med spesialisthelsetjenesten for personer med alvorlig psykisk lidelse og/eller rusmiddelproblem.', legalBasisIds: ['hol-3-2-6a'] },
] satisfies { code: string; name: string; description: string; legalBasisIds: ServiceBasisId[] }[];

interface DemoPerson {
  givenName: string;
  familyName: string;
  birthDate: string;
  address: string;
  phone: string;
  units: DemoUnitKey[];
  team: string[];
  hasBankId?: boolean;
  reservations?: string[];
}

export const demoPersons: DemoPerson[] = [
  { givenName: 'Per', familyName: 'Testesen', birthDate: '1984-03-12', address: 'Fjordgata 12', phone: '40000001', units: ['tildeling', 'psykiskHelseRus', 'fact', 'nav'], team: ['siri.koordinator', 'nora.nav'], hasBankId: false },
  { givenName: 'Åse', familyName: 'Øvrebø', birthDate: '1979-11-02', address: 'Kaiveien 3', phone: '40000002', units: ['psykiskHelseRus', 'hjemmesykepleie'], team: ['ola.tjenesteyter'] },
  { givenName: 'Mohammed', familyName: 'Prøvesen', birthDate: '1991-06-30', address: 'Midlertidig bolig, Storgata 8', phone: '40000003', units: ['tildeling', 'bolig', 'nav'], team: [], reservations: ['Ønsker ikke at familie kontaktes'] },
  { givenName: 'Lise', familyName: 'Eksempel', birthDate: '1968-01-21', address: 'Bakken 45', phone: '40000004', units: ['lavterskel'], team: [] },
  { givenName: 'Jonas', familyName: 'Dæhli', birthDate: '2001-09-09', address: 'Elvegata 1', phone: '40000005', units: ['tildeling'], team: [] },
  { givenName: 'Ingrid', familyName: 'Aasen', birthDate: '1957-04-17', address: 'Sjøsiden 22', phone: '40000006', units: ['hjemmesykepleie', 'fact'], team: ['siri.koordinator'] },
  { givenName: 'Tor', familyName: 'Ødegård', birthDate: '1988-12-24', address: 'Uten fast bopel', phone: '40000007', units: ['nav', 'lavterskel'], team: ['nora.nav'], hasBankId: false },
  { givenName: 'Emma', familyName: 'Berg', birthDate: '1995-02-14', address: 'Parkveien 5', phone: '40000008', units: [], team: [] },
];

export interface SeedResult {
  tenantId: string;
  unitIds: Record<DemoUnitKey, string>;
  userIds: Record<string, string>;
  personIds: string[];
  personUserId: string;
}

export async function seedDemo(db: Db, options: { password?: string; now?: Date; /** Demo cases in every state (default on). */ cases?: boolean } = {}): Promise<SeedResult> {
  const now = options.now ?? new Date();
  const passwordHash = await hashPassword(options.password ?? demoPassword);
  return withSystemContext(db, 'operator', async (tx) => {
    const [tenant] = await tx.insert(tenants).values({ name: 'Fjordvik kommune', municipalityNumber: '9999' }).returning({ id: tenants.id });
    const tenantId = tenant!.id;
    const unitIds = {} as Record<DemoUnitKey, string>;
    for (const [key, unit] of Object.entries(demoUnits) as [DemoUnitKey, (typeof demoUnits)[DemoUnitKey]][]) {
      const [row] = await tx
        .insert(units)
        .values({ tenantId, name: unit.name, kind: unit.kind, parentId: unit.parent ? unitIds[unit.parent] : null, serviceArea: unit.serviceArea })
        .returning({ id: units.id });
      unitIds[key] = row!.id;
    }
    const [gpOffice, dps, tsb, hospital] = await tx
      .insert(partners)
      .values([
        { tenantId, name: 'Fjordvik legesenter', kind: 'fastlegekontor' as const, phone: '33000100', address: 'Torget 1' },
        { tenantId, name: 'DPS Fjordvik', kind: 'dps' as const, phone: '33000200', address: 'Sykehusveien 2' },
        { tenantId, name: 'TSB-poliklinikken', kind: 'tsb' as const, phone: '33000300', address: 'Sykehusveien 4' },
        { tenantId, name: 'Fjordvik sykehus', kind: 'sykehus' as const, phone: '33000400', address: 'Sykehusveien 1' },
      ])
      .returning({ id: partners.id });
    await tx.insert(serviceCatalogue).values(demoServices.map((svc) => ({ tenantId, ...svc })));
    const userIds: Record<string, string> = {};
    for (const user of demoUsers) {
      const [row] = await tx.insert(users).values({ tenantId, username: user.username, displayName: user.displayName, title: user.title, phone: `9${String(demoUsers.indexOf(user) + 1).padStart(7, '0')}`, kind: 'staff', roles: user.roles, passwordHash }).returning({ id: users.id });
      userIds[user.username] = row!.id;
      for (const unit of user.units) await tx.insert(unitMemberships).values({ tenantId, userId: row!.id, unitId: unitIds[unit], validFrom: new Date(now.getTime() - 365 * 86400_000) });
    }
    const personIds: string[] = [];
    const since = new Date(now.getTime() - 90 * 86400_000);
    for (const [index, p] of demoPersons.entries()) {
      let nationalId: string | null = null;
      for (let serial = index * 7; !nationalId; serial++) nationalId = syntheticNationalId(p.birthDate, serial);
      const [row] = await tx
        .insert(persons)
        .values({
          tenantId,
          nationalId,
          nationalIdKind: 'fnr',
          syntheticId: true,
          givenName: p.givenName,
          familyName: p.familyName,
          searchName: searchName(p.givenName, p.familyName),
          birthDate: p.birthDate,
          phone: p.phone,
          address: p.address,
          postalCode: '9990',
          postalPlace: 'Fjordvik',
          gpPartnerId: gpOffice!.id,
          gpName: 'Lege Lars Fastlege',
          hasBankId: p.hasBankId ?? true,
          reservations: p.reservations ?? [],
        })
        .returning({ id: persons.id });
      const personId = row!.id;
      personIds.push(personId);
      for (const unit of p.units) await tx.insert(serviceRelations).values({ tenantId, personId, unitId: unitIds[unit], reason: 'Aktiv tjeneste', validFrom: since });
      for (const username of p.team) {
        await tx.insert(teamMembers).values({ tenantId, personId, userId: userIds[username]!, teamRole: username.includes('koordinator') ? 'Koordinator' : username.includes('nav') ? 'NAV-kontakt' : 'Primærkontakt', validFrom: since });
      }
    }
    const first = personIds[0]!;
    await tx.insert(notes).values([
      { tenantId, personId: first, authorId: userIds['kari.saksbehandler']!, authorUnitId: unitIds.tildeling, classification: 'shared', title: 'Henvendelse fra fastlege', body: 'Fastlegen ber om vurdering av behov for oppfølging i hjemmet.', createdAt: since },
      { tenantId, personId: first, authorId: userIds['siri.koordinator']!, authorUnitId: unitIds.fact, classification: 'restricted', title: 'Samtale (terapinotat)', body: 'Terapeutisk samtale. Innholdet deles ikke uten samtykke.', createdAt: since },
    ]);
    await tx.insert(consents).values({ tenantId, personId: first, scope: 'coordination', toUnitId: unitIds.nav, recordedBy: userIds['siri.koordinator']!, givenAt: since, note: 'Samtykke til samarbeid med NAV om bolig og økonomi' });
    const [personUser] = await tx
      .insert(users)
      .values({ tenantId, username: 'per.testesen', displayName: 'Per Testesen', kind: 'person', personId: first, passwordHash })
      .returning({ id: users.id });
    if (options.cases ?? true) {
      await seedDemoCases(tx, { tenantId, personIds, unitIds, userIds, dpsId: dps!.id }, now);
      await seedInternalControl(tx, { tenantId, personIds, unitIds, userIds, partnerIds: { gp: gpOffice!.id, dps: dps!.id, tsb: tsb!.id, hospital: hospital!.id } }, now);
      await seedDemoWholePerson(tx, { tenantId, personIds, unitIds, userIds, gpPartnerId: gpOffice!.id }, now);
      await seedRelativesRisk(tx, { tenantId, personIds, unitIds, userIds, hospitalId: hospital!.id }, now);
    }
    return { tenantId, unitIds, userIds, personIds, personUserId: personUser!.id };
  });
}

export async function isEmpty(db: Db): Promise<boolean> {
  const rows = await db.select({ id: tenants.id }).from(tenants).limit(1);
  return rows.length === 0;
}
