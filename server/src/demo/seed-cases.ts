// Demo cases in every state of the flow from henvendelse to evaluated vedtak, relative to `now`.
import type { Tx } from '../platform/db/database.js';
import { addDays, firstContactDeadline, localDateAt, type LocalDate } from '../platform/calendar/index.js';
import { henvendelser, pathwayHistory, referrals } from '../capabilities/intake/index.js';
import { domainIds, instrumentResults, kartleggingDomains, kartlegginger } from '../capabilities/assessment/index.js';
import { evaluations, serviceCatalogue, vedtak } from '../capabilities/vedtak/index.js';
import { eq } from 'drizzle-orm';
import { persons, serviceRelations } from '../platform/db/schema.js';
import { seedDemoCoordination } from './seed-coordination.js';
import { basisTexts, knownBases } from '../capabilities/vedtak/index.js';

interface Ids {
  tenantId: string;
  personIds: string[];
  unitIds: { tildeling: string; psykiskHelseRus: string; fact: string; ke: string; nav: string; hjemmesykepleie: string; legevakt: string };
  userIds: Record<string, string>;
  dpsId: string;
}

const daysAgo = (now: Date, days: number): Date => new Date(now.getTime() - days * 86400_000);

export async function seedDemoCases(tx: Tx, ids: Ids, now: Date): Promise<void> {
  const { tenantId, personIds, unitIds, userIds } = ids;
  const today = localDateAt(now);
  const kari = userIds['kari.saksbehandler']!;
  const siri = userIds['siri.koordinator']!;
  const [per, ase, mohammed, lise, jonas, ingrid] = personIds as [string, string, string, string, string, string];
  const henvendelse = (personId: string, received: Date, source: 'gp' | 'relative' | 'nav' | 'person', content: string, contactAfterDays: number | null) => ({
    tenantId, personId, unitId: unitIds.tildeling, source, channel: 'phone' as const, receivedAt: received, content,
    firstContactDue: firstContactDeadline(received).dueDate,
    firstContactAt: contactAfterDays === null ? null : new Date(received.getTime() + contactAfterDays * 86400_000),
    firstContactBy: contactAfterDays === null ? null : kari,
    triage: contactAfterDays === null ? ('pending' as const) : ('assessment' as const),
    createdBy: kari,
  });
  // A henvendelse opens a case in the allocation office for those it did not already serve.
  await tx.insert(serviceRelations).values([ase, lise, ingrid].map((personId) => ({ tenantId, personId, unitId: unitIds.tildeling, reason: 'Henvendelse mottatt', validFrom: daysAgo(now, 200) })));
  await tx.insert(henvendelser).values([
    henvendelse(per, daysAgo(now, 40), 'gp', 'Fastlegen melder økende rusbruk og angst, ber om vurdering av oppfølging i hjemmet.', 1),
    henvendelse(ase, daysAgo(now, 20), 'relative', 'Datteren er bekymret for at mor ikke tar medisinene sine.', 2),
    henvendelse(lise, daysAgo(now, 1), 'person', 'Ønsker hjelp til å komme i gang med aktivitet og få oversikt over økonomien.', null),
    henvendelse(jonas, daysAgo(now, 10), 'nav', 'NAV-veileder melder om mulig ROP-problematikk og boligproblemer.', null),
  ]);
  await tx.insert(pathwayHistory).values([
    { tenantId, personId: per, pathway: 2, reason: 'Moderate problemer ved første vurdering', recordedAt: daysAgo(now, 38), recordedBy: kari },
    { tenantId, personId: per, pathway: 3, reason: 'Alvorlig og langvarig ROP-lidelse, behov for FACT', recordedAt: daysAgo(now, 25), recordedBy: kari },
  ]);
  await tx.insert(referrals).values({ tenantId, personId: per, level: 'dps', partnerId: ids.dpsId, reason: 'Behov for spesialistvurdering av angst og rusmiddelbruk', referredAt: daysAgo(now, 24), recordedBy: kari });

  // Per: completed assessment with an instrument answer that raised the suicide-risk prompt, and a final vedtak.
  const perOccasion = addDays(today, -30);
  const [perK] = await tx
    .insert(kartlegginger)
    .values({ tenantId, personId: per, unitId: unitIds.tildeling, occasion: perOccasion, status: 'completed', meetingDate: perOccasion, meetingParticipants: ['Per Testesen', 'Kari Saksbehandler', 'Siri Koordinator'], whatMatters: 'Å få beholde leiligheten og ha kontakt med datteren min.', relatives: { hasRelatives: true, closestRelative: 'Søster Anne Testesen', childrenOrMinorSiblingsAffected: true, howToInvolve: 'Søster inviteres til ansvarsgruppen; datteren (14) får tilbud om samtale', ownNeedsMapped: false, childrenFormCompleted: true }, completedAt: daysAgo(now, 29), completedBy: kari, createdBy: kari })
    .returning({ id: kartlegginger.id });
  await tx.insert(kartleggingDomains).values(domainIds.map((domain) => ({ tenantId, kartleggingId: perK!.id, domain, status: 'covered' as const, evidenceKind: 'form' as const, evidence: 'Kartlagt i samtale med Per', recordedBy: kari, recordedAt: daysAgo(now, 30) })));
  await tx.insert(instrumentResults).values({ tenantId, personId: per, kartleggingId: perK!.id, instrumentId: 'PHQ-9', version: '1', answers: { '1': 2, '2': 2, '3': 2, '4': 1, '5': 1, '6': 2, '7': 1, '8': 0, '9': 1 }, status: 'scored', score: 12, band: 'moderate', bandLabel: 'Moderate depresjonssymptomer (10–14)', suicideRiskPrompt: true, administeredAt: daysAgo(now, 30), administeredBy: kari });
  const [service] = await tx.select({ id: serviceCatalogue.id, legalBasisIds: serviceCatalogue.legalBasisIds }).from(serviceCatalogue).where(eq(serviceCatalogue.code, 'oppfolging-psykisk-helse-rus'));
  const base = { tenantId, unitId: unitIds.tildeling, serviceId: service!.id, ...basisTexts(knownBases(service!.legalBasisIds)), participation: 'Personen deltok i kartleggingssamtalen og har vært med på å utforme tjenesten.', createdBy: kari };
  await tx.insert(vedtak).values({ ...base, personId: per, kartleggingId: perK!.id, scope: 'Oppfølging i hjemmet to ganger i uken, 3 timer', startDate: addDays(today, -25), endDate: null, evaluationDate: addDays(today, 20), evaluationResponsibleId: siri, reasoning: 'Kartleggingen viser behov for struktur i hverdagen og oppfølging av rusmiddelbruk.', status: 'final', finalizedAt: daysAgo(now, 26), finalizedBy: kari });

  // Åse: assessment in progress, and a draft vedtak with a template placeholder left in it.
  const [aseK] = await tx.insert(kartlegginger).values({ tenantId, personId: ase, unitId: unitIds.tildeling, occasion: addDays(today, -5), createdBy: kari }).returning({ id: kartlegginger.id });
  await tx.insert(kartleggingDomains).values([
    { tenantId, kartleggingId: aseK!.id, domain: 'substance-use', status: 'covered', evidenceKind: 'instrument', evidence: 'AUDIT', recordedBy: kari, recordedAt: daysAgo(now, 5) },
    { tenantId, kartleggingId: aseK!.id, domain: 'somatic-health', status: 'partly', evidenceKind: 'form', evidence: 'Legemidler gjennomgått, tannhelse ikke kartlagt', aspects: { medication: 'covered', dental: 'not-covered' }, recordedBy: kari, recordedAt: daysAgo(now, 5) },
  ]);
  await tx.insert(vedtak).values({ ...base, personId: ase, kartleggingId: aseK!.id, scope: 'Hjelp med legemidler fra (sett dato)', startDate: addDays(today, 3), endDate: addDays(today, 180), evaluationDate: addDays(today, 90), evaluationResponsibleId: userIds['ola.tjenesteyter']!, reasoning: 'Utkast', status: 'draft' });

  // Mohammed declined an assessment; it is offered again in ten days.
  await tx.insert(kartlegginger).values({ tenantId, personId: mohammed, unitId: unitIds.tildeling, occasion: addDays(today, -20), status: 'declined', declinedAt: daysAgo(now, 20), reofferDate: addDays(today, 10), missingDomainsReason: 'Ønsker ikke kartlegging nå, vil tenke på det', createdBy: kari });

  // Ingrid: an evaluated and ended vedtak.
  const ingridOccasion = addDays(today, -200) as LocalDate;
  const [ingridK] = await tx.insert(kartlegginger).values({ tenantId, personId: ingrid, unitId: unitIds.tildeling, occasion: ingridOccasion, status: 'completed', meetingDate: ingridOccasion, meetingParticipants: ['Ingrid Aasen', 'Kari Saksbehandler'], whatMatters: 'Å klare meg selv hjemme.', missingDomainsReason: 'Ønsket ikke å snakke om pårørende', completedAt: daysAgo(now, 199), completedBy: kari, createdBy: kari }).returning({ id: kartlegginger.id });
  await tx.insert(kartleggingDomains).values(domainIds.filter((d) => d !== 'relatives').map((domain) => ({ tenantId, kartleggingId: ingridK!.id, domain, status: 'covered' as const, evidenceKind: 'form' as const, evidence: 'Samtale', recordedBy: kari, recordedAt: daysAgo(now, 200) })));
  const [ingridV] = await tx.insert(vedtak).values({ ...base, personId: ingrid, kartleggingId: ingridK!.id, scope: 'Praktisk hjelp én gang i uken', startDate: addDays(today, -190), endDate: addDays(today, -10), evaluationDate: addDays(today, -15), evaluationResponsibleId: siri, reasoning: 'Behov for praktisk bistand etter sykehusopphold.', status: 'ended', finalizedAt: daysAgo(now, 191), finalizedBy: kari }).returning({ id: vedtak.id });
  await tx.insert(evaluations).values({ tenantId, vedtakId: ingridV!.id, evaluatedOn: addDays(today, -15), personParticipated: true, personView: 'Ingrid klarer seg nå selv og ønsker å avslutte.', relativesView: null, outcome: 'end', revisionNote: 'Tjenesten avsluttes etter ønske. Ingen nytt vedtak.', nextStep: 'closure', recordedBy: siri, recordedAt: daysAgo(now, 15) });

  // Per: individual plan with coordinator Siri, a team meeting with minutes, and a shared crisis plan.
  const [perRow] = await tx.select({ gp: persons.gpPartnerId }).from(persons).where(eq(persons.id, per));
  await seedDemoCoordination(tx, { tenantId, per, ingrid, tor: personIds[6]!, units: ids.unitIds, userIds, gpPartnerId: perRow!.gp! }, now);
}
