// Demo whole-person follow-up (issue #7 items 1–3): housing for Mohammed (temporary stay past the
// 2-month warning, on the waiting list) and Tor (homeless after an eviction, stay past 3 months),
// booppfølging and eviction risk for Per, somatic follow-up for Åse (a missed GP appointment for her
// primary contact, an unacknowledged GP summary), and NAV's § 17 guidance and contact person.
import type { Tx } from '../platform/db/database.js';
import { teamMembers } from '../platform/db/schema.js';
import { addDays, localDateAt, type LocalDate } from '../platform/calendar/index.js';
import { evictionEvents, homeFollowUpPlans, homeVisits, housingApplications, housingStatus, temporaryStays } from '../capabilities/housing/index.js';
import { gpAppointments, healthContacts, somaticCheckRecords, somaticFollowUp } from '../capabilities/somatic/index.js';
import { navContacts, navFinancialAssistance, navGuidance } from '../capabilities/nav/index.js';

interface Ids {
  tenantId: string;
  personIds: string[];
  unitIds: { bolig: string; nav: string; fact: string; psykiskHelseRus: string; lavterskel: string };
  userIds: Record<string, string>;
  gpPartnerId: string;
}

const daysAgo = (now: Date, days: number): Date => new Date(now.getTime() - days * 86400_000);

export async function seedDemoWholePerson(tx: Tx, ids: Ids, now: Date): Promise<void> {
  const { tenantId, personIds, unitIds, userIds } = ids;
  const today = localDateAt(now);
  const day = (offset: number): LocalDate => addDays(today, offset);
  const [per, ase, mohammed, , , , tor] = personIds as [string, string, string, string, string, string, string];
  const bo = userIds['bo.boligkonsulent']!;
  const nora = userIds['nora.nav']!;
  const ola = userIds['ola.tjenesteyter']!;
  const siri = userIds['siri.koordinator']!;
  const at = { recordedAt: now };

  // Housing.
  await tx.insert(housingStatus).values([
    { tenantId, personId: mohammed, status: 'homeless', fromDate: day(-120), note: 'Mistet leiligheten', recordedBy: bo, ...at },
    { tenantId, personId: mohammed, status: 'temporary', fromDate: day(-75), note: 'Storgata 8', recordedBy: bo, ...at },
    { tenantId, personId: tor, status: 'homeless', fromDate: day(-110), note: 'Utkastet', recordedBy: nora, ...at },
    { tenantId, personId: tor, status: 'temporary', fromDate: day(-100), note: 'Natthjemmet', recordedBy: nora, ...at },
    { tenantId, personId: per, status: 'municipal-rental', fromDate: day(-400), recordedBy: siri, ...at },
  ]);
  await tx.insert(temporaryStays).values([
    { tenantId, personId: mohammed, place: 'Storgata 8 (midlertidig bolig)', startDate: day(-75), unitId: unitIds.bolig, permanentPlan: 'Søknad om kommunal utleiebolig', recordedBy: bo, ...at },
    { tenantId, personId: tor, place: 'Natthjemmet', startDate: day(-100), unitId: unitIds.nav, recordedBy: nora, ...at },
  ]);
  await tx.insert(housingApplications).values([
    { tenantId, personId: mohammed, kind: 'municipal-rental', appliedOn: day(-70), waitingPosition: 3, recordedBy: bo, updatedAt: now },
    { tenantId, personId: tor, kind: 'staffed', appliedOn: day(-90), waitingPosition: 1, recordedBy: nora, updatedAt: now },
  ]);
  await tx.insert(evictionEvents).values([
    { tenantId, personId: tor, kind: 'eviction', occurredOn: day(-110), cause: 'Husleierestanse over seks måneder og skader på boligen', recordedBy: nora, ...at },
    { tenantId, personId: per, kind: 'risk', occurredOn: day(-30), cause: 'Klager fra naboer og husleierestanse', recordedBy: siri, ...at },
  ]);
  const [plan] = await tx.insert(homeFollowUpPlans).values({ tenantId, personId: per, unitId: unitIds.fact, goals: 'Betale husleie til rett tid, holde orden på kjøkkenet', visitIntervalDays: 14, startDate: day(-28), recordedBy: siri, ...at }).returning({ id: homeFollowUpPlans.id });
  await tx.insert(homeVisits).values([
    { tenantId, planId: plan!.id, personId: per, visitedOn: day(-27), note: 'Gikk gjennom regninger sammen', visitedBy: siri, ...at },
    { tenantId, planId: plan!.id, personId: per, visitedOn: day(-12), note: 'Ryddet kjøkkenet, husleien er betalt', visitedBy: siri, ...at },
  ]);

  // Somatic health for Åse (primary contact Ola).
  await tx.insert(somaticFollowUp).values({ tenantId, personId: ase, kind: 'hepatitis-c', indicated: true, intervalMonths: 12, reason: 'Har injisert tidligere', updatedBy: ola, updatedAt: now });
  await tx.insert(somaticCheckRecords).values([
    { tenantId, personId: ase, kind: 'dental', doneOn: day(-40), result: 'Behov for tannbehandling', countyDentalOffer: 'referred', recordedBy: ola, ...at },
    { tenantId, personId: ase, kind: 'blood-tests', doneOn: day(-200), result: 'Normale verdier', recordedBy: ola, ...at },
    { tenantId, personId: ase, kind: 'nutrition-weight', doneOn: day(-100), result: '58 kg, ned 4 kg', recordedBy: ola, ...at },
  ]);
  await tx.insert(gpAppointments).values([
    { tenantId, personId: ase, scheduledAt: daysAgo(now, 5), purpose: 'Legemiddelgjennomgang', status: 'missed', outcomeNote: 'Møtte ikke, svarte ikke på telefon', recordedBy: ola, createdAt: daysAgo(now, 20), updatedAt: daysAgo(now, 5) },
    { tenantId, personId: ase, scheduledAt: daysAgo(now, -7), purpose: 'Blodprøver inkludert hepatitt C', recordedBy: ola, createdAt: now, updatedAt: now },
  ]);
  await tx.insert(healthContacts).values({ tenantId, personId: ase, unitId: unitIds.psykiskHelseRus, contactAt: daysAgo(now, 20), reason: 'Sår på hånden', summary: 'Infisert sår på høyre hånd, renset og bandasjert. Fastlegen bør vurdere antibiotika.', gpPartnerId: ids.gpPartnerId, gpName: 'Lege Lars Fastlege', sentAt: daysAgo(now, 20), recordedBy: ola });

  // NAV: Nora is Mohammed's fixed contact person (and joins the team), a pending § 17 request, a refused one for Tor.
  const [member] = await tx.insert(teamMembers).values({ tenantId, personId: mohammed, userId: nora, teamRole: 'NAV-kontakt', validFrom: daysAgo(now, 60), createdBy: nora }).returning({ id: teamMembers.id });
  await tx.insert(navContacts).values({ tenantId, personId: mohammed, userId: nora, unitId: unitIds.nav, validFrom: daysAgo(now, 60), teamMemberId: member!.id, recordedBy: nora });
  await tx.insert(navGuidance).values([
    { tenantId, personId: mohammed, unitId: unitIds.nav, requestedOn: day(-10), topic: 'Budsjett og betaling av husleie', recordedBy: nora, ...at },
    { tenantId, personId: tor, unitId: unitIds.nav, requestedOn: day(-60), topic: 'Oppfølging i hjemmet', decision: 'refused', assessment: 'Tor har ikke egen bolig nå; booppfølging vurderes når bolig er på plass.', reason: 'Ikke aktuelt før varig bolig', decidedOn: day(-50), decidedBy: nora, recordedBy: nora, ...at },
  ]);
  await tx.insert(navFinancialAssistance).values({ tenantId, personId: mohammed, unitId: unitIds.nav, kind: 'economic-assistance', referencedOn: day(-20), contactUserId: nora, note: 'Stønad til depositum søkt', recordedBy: nora, ...at });
}
