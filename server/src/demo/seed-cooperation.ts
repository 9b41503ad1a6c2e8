// Demo cooperation and user involvement, relative to `now`: two cooperation agreements (one arena on
// track, one lapsed), a theme plan where Boligkontoret has no measure for a strategy that concerns it,
// an open user survey with answers on paper and by link (one service under 5 answers), two user
// council meetings (one input followed up, one overdue) and two peer workers.
import type { Tx } from '../platform/db/database.js';
import { localDateAt } from '../platform/calendar/index.js';
import { agreementMeetings, agreementParties, cooperationAgreements } from '../capabilities/agreements/index.js';
import { themePlanGoals, themePlanMeasures, themePlans, themePlanStatusReports, themePlanStrategies, themePlanStrategyUnits } from '../capabilities/theme-plans/index.js';
import { peerWorkers, surveyAnswers, surveyQuestions, surveyResponses, surveys, surveyUnits, userCouncilInputs, userCouncilMeetings } from '../capabilities/involvement/index.js';
import type { DemoUnitKey } from './seed.js';

interface Ids {
  tenantId: string;
  unitIds: Record<DemoUnitKey, string>;
  userIds: Record<string, string>;
  partnerIds: { dps: string };
}

const daysAgo = (now: Date, days: number): Date => new Date(now.getTime() - days * 86400_000);

export async function seedCooperation(tx: Tx, ids: Ids, now: Date): Promise<void> {
  await seedAgreements(tx, ids, now);
  await seedThemePlan(tx, ids, now);
  await seedSurvey(tx, ids, now);
  await seedCouncil(tx, ids, now);
}

async function seedAgreements(tx: Tx, { tenantId, unitIds, userIds, partnerIds }: Ids, now: Date): Promise<void> {
  const day = (days: number) => localDateAt(daysAgo(now, days));
  const agreement = async (title: string, purpose: string, meetingsPerYear: number, validFromDaysAgo: number, owner: string, parties: ({ unitId: string } | { partnerId: string })[], meetings: [days: number, minutes: string][]) => {
    const [row] = await tx
      .insert(cooperationAgreements)
      .values({ tenantId, title, purpose, meetingsPerYear, validFrom: day(validFromDaysAgo), ownerId: userIds[owner]!, createdBy: userIds['kristin.kvalitet']!, createdAt: daysAgo(now, validFromDaysAgo) })
      .returning({ id: cooperationAgreements.id });
    for (const party of parties) await tx.insert(agreementParties).values({ tenantId, agreementId: row!.id, ...party });
    for (const [days, minutes] of meetings) await tx.insert(agreementMeetings).values({ tenantId, agreementId: row!.id, heldOn: day(days), minutes, recordedBy: userIds[owner]!, recordedAt: daysAgo(now, days - 1) });
  };
  await agreement('Samarbeid psykisk helse og rus – NAV Fjordvik', 'Felles oppfølging av arbeid, økonomi og bolig for personer med ROP-lidelser; faste samarbeidsmøter hvert kvartal.', 4, 700, 'lena.leder', [{ unitId: unitIds.psykiskHelseRus }, { unitId: unitIds.nav }], [
    [100, 'Gjennomgang av felles brukere. NAV deltar i ansvarsgruppemøter for personer med individuell plan.'],
    [20, 'Evaluering av varsling ved husleierestanse; ny rutine sendt på høring.'],
  ]);
  await agreement('FACT-teamet og DPS Fjordvik – felles inntaksmøter', 'Felles FACT-team med spesialisthelsetjenesten; månedlige inntaksmøter og drøfting av innleggelser og utskrivninger.', 12, 400, 'lena.leder', [{ unitId: unitIds.fact }, { partnerId: partnerIds.dps }], [
    [130, 'Inntak av to nye brukere; avklart ansvar for medisinering.'],
    [75, 'Utskrivningsrutine fra DPS gjennomgått.'],
  ]);
}

async function seedThemePlan(tx: Tx, { tenantId, unitIds, userIds }: Ids, now: Date): Promise<void> {
  const year = now.getUTCFullYear();
  const kristin = userIds['kristin.kvalitet']!;
  const [plan] = await tx
    .insert(themePlans)
    .values({ tenantId, title: 'Rusmiddelpolitisk handlingsplan', adoptedBy: `Kommunestyret ${year - 1}`, fromYear: year - 1, toYear: year + 2, createdBy: kristin, createdAt: daysAgo(now, 300) })
    .returning({ id: themePlans.id });
  const [goal] = await tx.insert(themePlanGoals).values({ tenantId, planId: plan!.id, position: 1, text: 'Flere med rus- og psykiske lidelser har en trygg og varig bolig' }).returning({ id: themePlanGoals.id });
  const strategy = async (position: number, text: string, units: string[]) => {
    const [row] = await tx.insert(themePlanStrategies).values({ tenantId, goalId: goal!.id, position, text }).returning({ id: themePlanStrategies.id });
    for (const unitId of units) await tx.insert(themePlanStrategyUnits).values({ tenantId, strategyId: row!.id, unitId });
    return row!.id;
  };
  const housing = await strategy(1, 'Boligbehov kartlegges i første samtale', [unitIds.psykiskHelseRus, unitIds.bolig]);
  const nav = await strategy(2, 'NAV deltar i ansvarsgrupper for personer med individuell plan', [unitIds.nav]);
  const [m1] = await tx
    .insert(themePlanMeasures)
    .values({ tenantId, strategyId: housing, unitId: unitIds.psykiskHelseRus, description: 'Boligkartlegging er fast punkt i første samtale med alle nye brukere.', indicator: 'Andel nye brukere med boligkartlegging', dueDate: `${year}-12-31`, status: 'in-progress', createdBy: userIds['lena.leder']!, createdAt: daysAgo(now, 200) })
    .returning({ id: themePlanMeasures.id });
  await tx.insert(themePlanStatusReports).values({ tenantId, measureId: m1!.id, status: 'in-progress', text: 'Innført i FACT-teamet og Lavterskeltilbudet; resten av avdelingen følger etter.', reportedBy: userIds['lena.leder']!, reportedAt: daysAgo(now, 40) });
  await tx.insert(themePlanMeasures).values({ tenantId, strategyId: nav, unitId: unitIds.nav, description: 'NAV-veileder deltar fast i ansvarsgruppemøter når brukeren samtykker.', indicator: null, dueDate: null, status: 'done', createdBy: userIds['kristin.kvalitet']!, createdAt: daysAgo(now, 250) });
  // Boligkontoret has no measure for the housing strategy: the gap the plan view shows.
}

async function seedSurvey(tx: Tx, { tenantId, unitIds, userIds }: Ids, now: Date): Promise<void> {
  const [survey] = await tx
    .insert(surveys)
    .values({ tenantId, title: 'Brukerundersøkelse psykisk helse og rus', intro: 'Vi vil gjerne vite hvordan du opplever tjenestene. Det tar fem minutter.', groups: ['Bruker', 'Pårørende'], status: 'open', linkTokenHash: null, createdBy: userIds['kristin.kvalitet']!, createdAt: daysAgo(now, 30), openedAt: daysAgo(now, 28) })
    .returning({ id: surveys.id });
  const units = [unitIds.psykiskHelseRus, unitIds.fact, unitIds.lavterskel];
  for (const unitId of units) await tx.insert(surveyUnits).values({ tenantId, surveyId: survey!.id, unitId });
  const questions = await tx
    .insert(surveyQuestions)
    .values([
      { tenantId, surveyId: survey!.id, position: 1, text: 'Jeg blir møtt med respekt', scale: 'agree-5' },
      { tenantId, surveyId: survey!.id, position: 2, text: 'Alt i alt, hvor fornøyd er du med tjenesten?', scale: 'satisfied-5' },
    ])
    .returning({ id: surveyQuestions.id });
  // Psykisk helse og rus 8, FACT 6, Lavterskeltilbudet 2 (under 5: not shown).
  const sets: [unit: number, group: number | null, q1: number, q2: number, channel: 'paper' | 'tablet' | 'link'][] = [
    [0, 0, 5, 4, 'paper'], [0, 0, 4, 4, 'paper'], [0, 0, 5, 5, 'link'], [0, 1, 3, 3, 'link'], [0, 0, 4, 4, 'tablet'], [0, 0, 5, 4, 'link'], [0, null, 2, 2, 'paper'], [0, 1, 4, 4, 'link'],
    [1, 0, 5, 5, 'link'], [1, 0, 5, 4, 'link'], [1, 0, 4, 4, 'paper'], [1, 1, 4, 3, 'paper'], [1, 0, 5, 5, 'tablet'], [1, 0, 3, 3, 'link'],
    [2, 0, 2, 2, 'paper'], [2, 0, 4, 3, 'paper'],
  ];
  for (const [unit, group, q1, q2, channel] of sets) {
    const [response] = await tx.insert(surveyResponses).values({ tenantId, surveyId: survey!.id, unitId: units[unit]!, groupIndex: group, channel }).returning({ id: surveyResponses.id });
    await tx.insert(surveyAnswers).values([
      { tenantId, responseId: response!.id, questionId: questions[0]!.id, value: q1 },
      { tenantId, responseId: response!.id, questionId: questions[1]!.id, value: q2 },
    ]);
  }
}

async function seedCouncil(tx: Tx, { tenantId, unitIds, userIds }: Ids, now: Date): Promise<void> {
  const lena = userIds['lena.leder']!;
  const meeting = async (days: number, agenda: string, minutes: string) => {
    const [row] = await tx.insert(userCouncilMeetings).values({ tenantId, heldOn: localDateAt(daysAgo(now, days)), agenda, minutes, recordedBy: lena, recordedAt: daysAgo(now, days - 1) }).returning({ id: userCouncilMeetings.id });
    return row!.id;
  };
  const older = await meeting(120, 'Ventetid på første samtale; brukerundersøkelsen', 'Brukerrådet ber om kortere ventetid og vil være med å lage spørsmålene i brukerundersøkelsen.');
  await tx.insert(userCouncilInputs).values({ tenantId, meetingId: older, topic: 'Ventetid på første samtale', text: 'Ventetiden på første samtale er for lang; mange faller fra før de får hjelp.', unitId: unitIds.psykiskHelseRus, status: 'received' });
  await tx.insert(userCouncilInputs).values({ tenantId, meetingId: older, topic: 'Spørsmål i brukerundersøkelsen', text: 'Brukerrådet vil være med å formulere spørsmålene.', unitId: null, status: 'done', followUp: 'To representanter fra brukerrådet var med og laget spørsmålene.', followedUpBy: userIds['kristin.kvalitet']!, followedUpAt: daysAgo(now, 60) });
  const recent = await meeting(25, 'Åpningstider i lavterskeltilbudet', 'Brukerrådet ønsker kveldsåpent to dager i uken.');
  await tx.insert(userCouncilInputs).values({ tenantId, meetingId: recent, topic: 'Kveldsåpent', text: 'Åpent til kl. 21 tirsdag og torsdag.', unitId: unitIds.lavterskel, status: 'in-progress', followUp: 'Prøveordning vurderes sammen med bemanningsplanen.', followedUpBy: lena, followedUpAt: daysAgo(now, 10) });
  await tx.insert(peerWorkers).values([
    { tenantId, name: 'Per Erfaring', unitId: unitIds.lavterskel, userId: null, role: 'Erfaringskonsulent, 50 %: samtaler og følge til avtaler', startedOn: localDateAt(daysAgo(now, 500)) },
    { tenantId, name: 'Eva Erfaring', unitId: unitIds.fact, userId: null, role: 'Erfaringskonsulent i FACT-teamet', startedOn: localDateAt(daysAgo(now, 200)) },
  ]);
}
