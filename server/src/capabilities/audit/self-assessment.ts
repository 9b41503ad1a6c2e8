// Egenvurdering: the supervisory authority's questions from the 2018–2019 national inspection (six
// themes and user involvement), each answered with live figures from the records and the leader's
// comment. Figures are aggregates only (counts of persons), so no person is named or logged.
import { and, eq, gte, inArray, isNull, isNotNull, lte, or, desc, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { AccessScope } from '../../platform/access/scope.js';
import { teamMembers, users } from '../../platform/db/schema.js';
import { instrumentResults, kartleggingDomains, kartlegginger } from '../assessment/index.js';
import { vedtak } from '../vedtak/index.js';
import { individualPlans, ipInformation, planGoals } from '../plans/index.js';
import { coordinatorAssignments } from '../coordination/index.js';
import { meetingMinutes, teamMeetings } from '../meetings/index.js';
import { crisisPlans } from '../crisis-plans/index.js';
import { HelhetError } from '../../platform/errors.js';
import { selfAssessments } from './schema.js';
import type { SelfAssessment } from './schemas.js';
import { cite, source, upperFirst } from '../../platform/law/index.js';

export const selfAssessmentSource = upperFirst(
  `${source('tilsyn-2018').title}; ${cite('hol', ['§ 3-1', '§ 3-4', '§ 4-1', '§ 7-1', '§ 7-2'])}; ${cite('sotjl', '§ 17')}; ${cite('kvalitetsforskriften')}`,
);

interface Measure {
  label: string;
  /** Persons in the population for whom the predicate holds. */
  count: (scope: AccessScope, population: string[]) => Promise<number>;
}

const distinctPersons = (table: PgTable, personColumn: AnyPgColumn, where: (population: string[]) => SQL | undefined) => async (scope: AccessScope, population: string[]) => {
  if (population.length === 0) return 0;
  const rows = await scope.tx.selectDistinct({ personId: personColumn }).from(table).where(and(inArray(personColumn, population), where(population)));
  return rows.length;
};

const domainCovered = (domain: string) => async (scope: AccessScope, population: string[]) => {
  if (population.length === 0) return 0;
  const rows = await scope.tx.selectDistinct({ personId: kartlegginger.personId }).from(kartleggingDomains).innerJoin(kartlegginger, eq(kartlegginger.id, kartleggingDomains.kartleggingId)).where(and(inArray(kartlegginger.personId, population), eq(kartleggingDomains.domain, domain), eq(kartleggingDomains.status, 'covered')));
  return rows.length;
};

export const themes: { id: string; question: string; measures: (now: Date) => Measure[] }[] = [
  { id: 'cooperation', question: 'Sørger kommunen for kontinuerlig samarbeid mellom kommunale enheter, fastleger og spesialisthelsetjenesten?', measures: (now) => [
    { label: 'Personer med et team rundt seg (ansvarsgruppe / oppfølgingsteam)', count: distinctPersons(teamMembers, teamMembers.personId, () => and(lte(teamMembers.validFrom, now), or(isNull(teamMembers.validTo), gte(teamMembers.validTo, now)))) },
    { label: 'Personer med minst ett teammøte med referat', count: async (scope, population) => (population.length ? (await scope.tx.selectDistinct({ personId: meetingMinutes.personId }).from(meetingMinutes).where(inArray(meetingMinutes.personId, population))).length : 0) },
  ] },
  { id: 'whole-situation', question: 'Innhenter kommunen informasjon om hele livssituasjonen og mulige tjenestebehov?', measures: () => [
    { label: 'Personer med fullført kartlegging', count: distinctPersons(kartlegginger, kartlegginger.personId, () => eq(kartlegginger.status, 'completed')) },
    { label: 'Personer kartlagt med standardisert verktøy', count: distinctPersons(instrumentResults, instrumentResults.personId, () => eq(instrumentResults.status, 'scored')) },
  ] },
  { id: 'coordination', question: 'Koordinerer kommunen tjenestene fra kommunale enheter, fastlege og spesialisthelsetjenesten?', measures: () => [
    { label: 'Personer informert om retten til individuell plan', count: distinctPersons(ipInformation, ipInformation.personId, () => undefined) },
    { label: 'Personer med individuell plan', count: distinctPersons(individualPlans, individualPlans.personId, () => inArray(individualPlans.status, ['active', 'paused'])) },
    { label: 'Personer med koordinator', count: distinctPersons(coordinatorAssignments, coordinatorAssignments.personId, () => isNull(coordinatorAssignments.validTo)) },
  ] },
  { id: 'substance-mental', question: 'Tilbyr og gir kommunen individuelt tilpassede og forsvarlige tjenester for rusmiddelproblemet og den psykiske lidelsen?', measures: () => [
    { label: 'Personer med rusmiddelbruk kartlagt', count: domainCovered('substance-use') },
    { label: 'Personer med psykisk helse kartlagt', count: domainCovered('mental-health') },
    { label: 'Personer der alle vedtak har evalueringsdato og evalueringsansvarlig', count: async (scope, population) => {
      if (population.length === 0) return 0;
      const missing = await scope.tx.selectDistinct({ personId: vedtak.personId }).from(vedtak).where(and(inArray(vedtak.personId, population), inArray(vedtak.status, ['final', 'ended']), or(isNull(vedtak.evaluationDate), isNull(vedtak.evaluationResponsibleId))));
      return population.length - missing.length;
    } },
  ] },
  { id: 'somatic', question: 'Kartlegger og følger kommunen opp somatiske helseproblemer?', measures: () => [{ label: 'Personer med somatisk helse kartlagt', count: domainCovered('somatic-health') }] },
  { id: 'own-home', question: 'Tilbyr og gir kommunen tjenester som gjør at personen kan mestre å bo i egen bolig?', measures: () => [
    { label: 'Personer med bolig og boevne kartlagt', count: domainCovered('housing') },
    { label: 'Personer med gjeldende kriseplan', count: distinctPersons(crisisPlans, crisisPlans.personId, () => eq(crisisPlans.status, 'active')) },
  ] },
  { id: 'user-involvement', question: 'Er brukermedvirkning sikret?', measures: () => [
    { label: 'Personer med «Hva er viktig for deg?» dokumentert', count: distinctPersons(kartlegginger, kartlegginger.personId, () => isNotNull(kartlegginger.whatMatters)) },
    { label: 'Personer med mål i egne ord i individuell plan', count: distinctPersons(planGoals, planGoals.personId, () => undefined) },
  ] },
];

/** The persons in scope: everyone with a decided vedtak in force some time in the period. */
async function population(scope: AccessScope, from: string, to: string): Promise<string[]> {
  const rows = await scope.tx
    .selectDistinct({ personId: vedtak.personId })
    .from(vedtak)
    .where(and(eq(vedtak.tenantId, scope.actor.tenantId), inArray(vedtak.status, ['final', 'ended']), lte(vedtak.startDate, to), or(isNull(vedtak.endDate), gte(vedtak.endDate, from))));
  return rows.map((r) => r.personId);
}

export async function getSelfAssessment(scope: AccessScope, from: string, to: string): Promise<SelfAssessment> {
  scope.requireRole('self-assessment.read');
  const persons = await population(scope, from, to);
  const [saved] = await scope.tx
    .select({ s: selfAssessments, name: users.displayName })
    .from(selfAssessments)
    .innerJoin(users, eq(users.id, selfAssessments.updatedBy))
    .where(and(eq(selfAssessments.tenantId, scope.actor.tenantId), eq(selfAssessments.periodFrom, from), eq(selfAssessments.periodTo, to)))
    .orderBy(desc(selfAssessments.updatedAt))
    .limit(1);
  const result: SelfAssessment['themes'] = [];
  for (const theme of themes) {
    const figures = [];
    for (const m of theme.measures(scope.now)) {
      const numerator = await m.count(scope, persons);
      figures.push({ label: m.label, numerator, denominator: persons.length, percent: persons.length ? Math.round((numerator / persons.length) * 1000) / 10 : null });
    }
    result.push({ id: theme.id, question: theme.question, source: selfAssessmentSource, figures, comment: saved?.s.comments[theme.id] ?? '' });
  }
  return { from, to, personsInScope: persons.length, themes: result, updatedAt: saved?.s.updatedAt ?? null, updatedByName: saved?.name ?? null };
}

export async function saveSelfAssessment(scope: AccessScope, input: { from: string; to: string; comments: Record<string, string> }): Promise<void> {
  scope.requireRole('self-assessment.write');
  const known = new Set(themes.map((t) => t.id));
  const unknown = Object.keys(input.comments).filter((k) => !known.has(k));
  if (unknown.length) throw new HelhetError('VALIDATION_FAILED', `Ukjent tema: ${unknown.join(', ')}.`, unknown.map((k) => ({ path: `body/comments/${k}`, detail: 'Ukjent tema' })));
  await scope.tx.insert(selfAssessments).values({ tenantId: scope.actor.tenantId, periodFrom: input.from, periodTo: input.to, comments: input.comments, updatedBy: scope.actor.userId, updatedAt: scope.now });
}
