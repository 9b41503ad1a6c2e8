// Demo coordination for Per Testesen: informed of the right to an IP and said yes, KE appointed Siri
// Koordinator, an active plan with goals, measures and participants, a team meeting with minutes and
// open actions for Nora and Ola, and a crisis plan shared with Hjemmesykepleien and Legevakten.
import type { Tx } from '../platform/db/database.js';
import { consents, serviceRelations } from '../platform/db/schema.js';
import { addDays, localDateAt } from '../platform/calendar/index.js';
import { individualPlans, ipInformation, planGoals, planMeasures, planParticipants, planVersions, type PlanSnapshot } from '../capabilities/plans/index.js';
import { coordinationEvents, coordinatorAssignments, coordinatorRequests, coordinators, coordinatorTrainings, ipMessages } from '../capabilities/coordination/index.js';
import { meetingActions, meetingMinutes, meetingParticipants, teamMeetings } from '../capabilities/meetings/index.js';
import { crisisPlans } from '../capabilities/crisis-plans/index.js';

interface Ids {
  tenantId: string;
  per: string;
  /** Ingrid: Siri's second person, with an incomplete plan past its review date. */
  ingrid: string;
  /** Tor: a message of IP need from NAV waiting in KE's inbox. */
  tor: string;
  units: { tildeling: string; fact: string; psykiskHelseRus: string; ke: string; nav: string; hjemmesykepleie: string; legevakt: string };
  userIds: Record<string, string>;
  gpPartnerId: string;
}

const daysAgo = (now: Date, days: number): Date => new Date(now.getTime() - days * 86400_000);

export async function seedDemoCoordination(tx: Tx, ids: Ids, now: Date): Promise<void> {
  const { tenantId, per, units } = ids;
  const today = localDateAt(now);
  const kari = ids.userIds['kari.saksbehandler']!;
  const siri = ids.userIds['siri.koordinator']!;
  const kjell = ids.userIds['kjell.ke']!;
  const nora = ids.userIds['nora.nav']!;
  const ola = ids.userIds['ola.tjenesteyter']!;

  // Informed of the right to an IP; wants one. The message to KE was acted on: coordinator and plan.
  const [info] = await tx.insert(ipInformation).values({ tenantId, personId: per, unitId: units.tildeling, informedOn: addDays(today, -28), informedBy: kari, methods: ['conversation', 'leaflet'], needsBasis: 'Fire tjenester (tildeling, psykisk helse og rus, FACT, NAV) over lang tid; hovedforløp 3.', answer: 'wants-ip', recordedAt: daysAgo(now, 28) }).returning({ id: ipInformation.id });
  await tx.insert(serviceRelations).values({ tenantId, personId: per, unitId: units.ke, reason: 'Melding om behov for individuell plan', createdBy: kari, validFrom: daysAgo(now, 28) });
  await tx.insert(ipMessages).values({ tenantId, personId: per, keUnitId: units.ke, kind: 'ip', source: 'ip-information', ipInformationId: info!.id, content: 'Personen ønsker individuell plan.', receivedAt: daysAgo(now, 28), dueDate: addDays(today, -14), status: 'started', outcomeNote: 'Individuell plan opprettet', handledAt: daysAgo(now, 20), handledBy: siri, createdBy: kari });

  const [siriCoordinator] = await tx.insert(coordinators).values({ tenantId, userId: siri, unitId: units.fact, registeredAt: daysAgo(now, 300), registeredBy: kjell }).returning({ id: coordinators.id });
  await tx.insert(coordinatorTrainings).values([
    { tenantId, coordinatorId: siriCoordinator!.id, module: 'coordinator-role' as const, completedOn: addDays(today, -280), recordedBy: kjell, recordedAt: daysAgo(now, 280) },
    { tenantId, coordinatorId: siriCoordinator!.id, module: 'individual-plan' as const, completedOn: addDays(today, -250), recordedBy: kjell, recordedAt: daysAgo(now, 250) },
  ]);
  await tx.insert(coordinatorAssignments).values({ tenantId, personId: per, coordinatorId: siriCoordinator!.id, userId: siri, unitId: units.fact, basis: 'ip', reason: 'Siri er primærkontakt i FACT-teamet og kjenner Per godt.', chosenWithPerson: true, validFrom: daysAgo(now, 21), appointedBy: kjell });
  await tx.insert(coordinationEvents).values({ tenantId, personId: per, kind: 'appointed', toUserId: siri, note: 'Siri er primærkontakt i FACT-teamet og kjenner Per godt.', occurredAt: daysAgo(now, 21), recordedBy: kjell });

  // The plan, as it stands after the first meeting.
  const created = daysAgo(now, 20);
  const [plan] = await tx.insert(individualPlans).values({ tenantId, personId: per, reviewIntervalDays: 90, nextReviewDate: addDays(today, 70), createdBy: siri, createdAt: created, updatedBy: siri, updatedAt: created }).returning({ id: individualPlans.id });
  const planId = plan!.id;
  const goals = await tx.insert(planGoals).values([
    { tenantId, planId, personId: per, text: 'Å få beholde leiligheten min.', createdBy: siri, createdAt: created },
    { tenantId, planId, personId: per, text: 'Å ha kontakt med datteren min.', createdBy: siri, createdAt: created },
  ]).returning();
  const measures = await tx.insert(planMeasures).values([
    { tenantId, planId, personId: per, goalId: goals[0]!.id, description: 'Søke bostøtte og sette opp fast trekk for husleie', responsibleUnitId: units.nav, responsibleUserId: nora, startDate: addDays(today, -14), deadline: addDays(today, 7), status: 'ongoing' as const, createdBy: siri, createdAt: created },
    { tenantId, planId, personId: per, goalId: goals[0]!.id, description: 'Hjemmebesøk to ganger i uken: struktur i hverdagen og oppfølging av rusmiddelbruk', responsibleUnitId: units.fact, responsibleUserId: siri, startDate: addDays(today, -20), deadline: addDays(today, 70), status: 'ongoing' as const, createdBy: siri, createdAt: created },
    { tenantId, planId, personId: per, goalId: null, description: 'Somatisk kontroll: blodprøver for hepatitt C og tannstatus', responsiblePartnerId: ids.gpPartnerId, responsiblePersonName: 'Lege Lars Fastlege', startDate: addDays(today, -14), deadline: addDays(today, 30), status: 'planned' as const, createdBy: siri, createdAt: created },
  ]).returning();
  const participants = await tx.insert(planParticipants).values([
    { tenantId, planId, personId: per, kind: 'person' as const, name: 'Per Testesen', role: 'Personen selv', consentGivenAt: created, addedBy: siri, addedAt: created },
    { tenantId, planId, personId: per, kind: 'nav' as const, userId: nora, unitId: units.nav, name: 'Nora NAV-veileder', role: 'NAV-veileder', consentGivenAt: created, addedBy: siri, addedAt: created },
    { tenantId, planId, personId: per, kind: 'relative' as const, name: 'Anne Testesen', role: 'Søster', consentGivenAt: created, consentNote: 'Per ønsker at søsteren er med', addedBy: siri, addedAt: created },
    { tenantId, planId, personId: per, kind: 'gp' as const, partnerId: ids.gpPartnerId, name: 'Lege Lars Fastlege', role: 'Fastlege', consentGivenAt: created, addedBy: siri, addedAt: created },
  ]).returning();
  const snapshot: PlanSnapshot = {
    status: 'active', statusNote: null, reviewIntervalDays: 90, nextReviewDate: addDays(today, 70),
    goals: goals.map((g) => ({ id: g.id, text: g.text, status: g.status })),
    measures: measures.map((m) => ({ id: m.id, goalId: m.goalId, description: m.description, responsibleUnitId: m.responsibleUnitId, responsiblePartnerId: m.responsiblePartnerId, responsibleUserId: m.responsibleUserId, responsiblePersonName: m.responsiblePersonName, startDate: m.startDate, deadline: m.deadline, status: m.status })),
    participants: participants.map((p) => ({ id: p.id, kind: p.kind, name: p.name, role: p.role, userId: p.userId, consentWithdrawnAt: null })),
  };
  await tx.insert(planVersions).values({ tenantId, planId, personId: per, version: 1, snapshot, changed: ['opprettet'], summary: 'Planen ble opprettet', changedBy: siri, changedAt: created });

  // The first team meeting, with minutes and actions.
  const held = daysAgo(now, 14);
  const [meeting] = await tx.insert(teamMeetings).values({ tenantId, personId: per, planId, purpose: 'Oppstart av individuell plan', scheduledAt: held, location: 'FACT-teamets møterom', organiserId: siri, minutesDueDate: addDays(localDateAt(held), 7), createdAt: daysAgo(now, 20) }).returning({ id: teamMeetings.id });
  await tx.insert(meetingParticipants).values([
    { tenantId, meetingId: meeting!.id, name: 'Per Testesen', role: 'Personen selv', attended: true },
    { tenantId, meetingId: meeting!.id, userId: siri, name: 'Siri Koordinator', role: 'Koordinator', attended: true },
    { tenantId, meetingId: meeting!.id, userId: nora, name: 'Nora NAV-veileder', role: 'NAV-veileder', attended: true },
    { tenantId, meetingId: meeting!.id, name: 'Anne Testesen', role: 'Søster', attended: false, absenceNote: 'Syk' },
  ]);
  await tx.insert(meetingMinutes).values({ tenantId, meetingId: meeting!.id, personId: per, planId, agenda: ['Hva er viktig for Per', 'Bolig og økonomi', 'Somatisk helse', 'Kriseplan'], personView: 'Per vil bo i leiligheten sin og trenger hjelp til å få betalt husleien i tide. Han vil gjerne ha kontakt med datteren igjen.', decisions: ['NAV hjelper med bostøtte og fast trekk', 'Siri lager kriseplan med Per neste uke', 'Ola avtaler tannlegetime'], recordedBy: siri, recordedAt: daysAgo(now, 13) });
  await tx.insert(meetingActions).values([
    { tenantId, meetingId: meeting!.id, personId: per, description: 'Søke bostøtte sammen med Per', ownerId: nora, dueDate: addDays(today, 7) },
    { tenantId, meetingId: meeting!.id, personId: per, description: 'Avtale time hos tannlegen og følge Per dit', ownerId: ola, dueDate: addDays(today, 14) },
    { tenantId, meetingId: meeting!.id, personId: per, description: 'Lage kriseplan sammen med Per', ownerId: siri, dueDate: addDays(today, -7), status: 'done' as const, doneAt: daysAgo(now, 10), doneBy: siri, doneNote: 'Kriseplan laget og delt med hjemmesykepleien og legevakten' },
  ]);

  // The crisis plan, made in a stable phase and shared with the night services by consent.
  await tx.insert(crisisPlans).values({
    tenantId, personId: per, version: 1, preparedOn: addDays(today, -10), preparedWithPerson: true, stablePhase: true,
    warningSigns: 'Sover lite flere netter på rad, slutter å svare på telefon, holder seg inne.',
    triggers: 'Brev om husleierestanse, konflikt med familien.',
    whatHelps: 'Rolig prat, kaffe, at noen blir litt. Å snakke med søsteren Anne.',
    whatToAvoid: 'Mange folk i rommet. Hevet stemme.',
    medication: 'Fast: sertralin 50 mg morgen. Ved behov: se legens forskrivning.',
    contacts: [
      { name: 'Siri Koordinator', relation: 'Koordinator (FACT)', phone: '90000003', reachable: 'day' },
      { name: 'Anne Testesen', relation: 'Søster', phone: '41000000', reachable: 'day-and-night' },
      { name: 'Legevakten', relation: 'Legevakt', phone: '116117', reachable: 'day-and-night' },
    ],
    personsWishes: 'Vil helst være hjemme. Ring Anne før noen kommer.',
    reviewDate: addDays(today, 170), createdBy: siri, createdAt: daysAgo(now, 10),
  });
  await tx.insert(consents).values([
    { tenantId, personId: per, scope: 'crisis-plan' as const, toUnitId: units.hjemmesykepleie, recordedBy: siri, givenAt: daysAgo(now, 10), note: 'Per vil at nattevakten skal se kriseplanen' },
    { tenantId, personId: per, scope: 'crisis-plan' as const, toUnitId: units.legevakt, recordedBy: siri, givenAt: daysAgo(now, 10), note: 'Per vil at legevakten skal se kriseplanen' },
  ]);

  // The next team meeting for Per, next week («Mine personer» shows it).
  const next = new Date(now.getTime() + 7 * 86400_000);
  const [upcoming] = await tx.insert(teamMeetings).values({ tenantId, personId: per, planId, purpose: 'Oppfølging av planen', scheduledAt: next, location: 'FACT-teamets møterom', organiserId: siri, minutesDueDate: addDays(localDateAt(next), 7), createdAt: now }).returning({ id: teamMeetings.id });
  await tx.insert(meetingParticipants).values([
    { tenantId, meetingId: upcoming!.id, name: 'Per Testesen', role: 'Personen selv' },
    { tenantId, meetingId: upcoming!.id, userId: siri, name: 'Siri Koordinator', role: 'Koordinator' },
    { tenantId, meetingId: upcoming!.id, userId: nora, name: 'Nora NAV-veileder', role: 'NAV-veileder' },
  ]);

  // Ingrid: Siri is her coordinator too; her plan has a goal but no participants and its review date
  // has passed, so it shows as incomplete.
  await tx.insert(serviceRelations).values({ tenantId, personId: ids.ingrid, unitId: units.ke, reason: 'Melding om behov for individuell plan', createdBy: siri, validFrom: daysAgo(now, 200) });
  await tx.insert(ipInformation).values({ tenantId, personId: ids.ingrid, unitId: units.fact, informedOn: addDays(today, -200), informedBy: siri, methods: ['conversation'], needsBasis: 'Hjemmesykepleie og FACT over lang tid.', answer: 'wants-ip', recordedAt: daysAgo(now, 200) });
  await tx.insert(coordinatorAssignments).values({ tenantId, personId: ids.ingrid, coordinatorId: siriCoordinator!.id, userId: siri, unitId: units.fact, basis: 'ip', reason: 'FACT-teamet har hovedansvaret.', chosenWithPerson: true, validFrom: daysAgo(now, 190), appointedBy: kjell });
  await tx.insert(coordinationEvents).values({ tenantId, personId: ids.ingrid, kind: 'appointed', toUserId: siri, note: 'FACT-teamet har hovedansvaret.', occurredAt: daysAgo(now, 190), recordedBy: kjell });
  const ingridCreated = daysAgo(now, 180);
  const [ingridPlan] = await tx.insert(individualPlans).values({ tenantId, personId: ids.ingrid, reviewIntervalDays: 90, nextReviewDate: addDays(today, -90), createdBy: siri, createdAt: ingridCreated, updatedBy: siri, updatedAt: ingridCreated }).returning({ id: individualPlans.id });
  const [ingridGoal] = await tx.insert(planGoals).values({ tenantId, planId: ingridPlan!.id, personId: ids.ingrid, text: 'Å klare meg selv hjemme.', createdBy: siri, createdAt: ingridCreated }).returning();
  const [ingridSelf] = await tx.insert(planParticipants).values({ tenantId, planId: ingridPlan!.id, personId: ids.ingrid, kind: 'person' as const, name: 'Ingrid Aasen', role: 'Personen selv', consentGivenAt: ingridCreated, addedBy: siri, addedAt: ingridCreated }).returning();
  await tx.insert(planVersions).values({ tenantId, planId: ingridPlan!.id, personId: ids.ingrid, version: 1, snapshot: { status: 'active', statusNote: null, reviewIntervalDays: 90, nextReviewDate: addDays(today, -90), goals: [{ id: ingridGoal!.id, text: ingridGoal!.text, status: 'active' }], measures: [], participants: [{ id: ingridSelf!.id, kind: 'person', name: 'Ingrid Aasen', role: 'Personen selv', userId: null, consentWithdrawnAt: null }] }, changed: ['opprettet'], summary: 'Planen ble opprettet', changedBy: siri, changedAt: ingridCreated });

  // KE's inbox: NAV has sent a message that Tor needs an individual plan; Per asks for a new coordinator.
  await tx.insert(serviceRelations).values({ tenantId, personId: ids.tor, unitId: units.ke, reason: 'Melding om behov for individuell plan', createdBy: nora, validFrom: daysAgo(now, 3) });
  await tx.insert(ipMessages).values({ tenantId, personId: ids.tor, keUnitId: units.ke, kind: 'ip', source: 'unit', content: 'NAV melder behov for individuell plan: bolig, økonomi, rus og psykisk helse, ingen fast bopel.', receivedAt: daysAgo(now, 3), dueDate: addDays(today, 11), createdBy: nora });
  await tx.insert(coordinatorRequests).values({ tenantId, personId: per, keUnitId: units.ke, reason: 'Per vil gjerne ha en koordinator han kan møte på kveldstid.', receivedVia: 'Samtale med Kari', requestedAt: daysAgo(now, 2), recordedBy: kari });
}
