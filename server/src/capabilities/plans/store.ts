// The individual plan: information about the right to an IP, the plan, goals, measures, participants
// with consent, goal comments and versions. Every plan write locks the plan row, changes the current
// tables and appends an immutable version (snapshot + who + changed fields) in the same transaction.
import { and, asc, desc, eq, isNull, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { partners, persons, serviceRelations, teamMembers, tenants, units, users } from '../../platform/db/schema.js';
import { activeAt } from '../../platform/db/periods.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { HelhetError } from '../../platform/errors.js';
import { localDateAt } from '../../platform/calendar/index.js';
import { coordinationSources, coordinatorCheck, coordinatorOfferRecorded, currentCoordinator, markIpWorkStarted, sendIpMessage } from '../coordination/index.js';
import { pathwayHistory } from '../intake/index.js';
import { individualPlans, ipInformation, planGoalComments, planGoals, planMeasures, planParticipants, planVersions } from './schema.js';
import { changedFields, ipInformationProblems, ipInformedCheck, measureProblems, nextReviewAfter, ownPartProblem, statusChangeProblem } from './rules.js';
import { currentPlanRow, latestSnapshot, planView, snapshotOf, type PlanRow } from './view.js';
import { renderPlanPdf } from './pdf.js';
import { letterLanguage } from '../../platform/i18n/index.js';
import type * as s from './schemas.js';

const invalid = (problems: { path: string; detail: string }[]) => new HelhetError('UNPROCESSABLE', problems.map((p) => p.detail).join('. ') + '.', problems);
/** A PATCH without fields would only add an empty version. */
const requireChange = (input: object) => {
  if (Object.values(input).every((v) => v === undefined)) throw invalid([{ path: 'body', detail: 'Ingen endringer å lagre' }]);
};

/**
 * Reads of plan data: staff with a role and a relation; the person themself (basis 'own') only through
 * the /api/me routes (`ownRoute`), so the staff routes stay staff-only.
 */
export async function requireReader(scope: AccessScope, personId: string, action: string, ownRoute = false): Promise<void> {
  if (!(ownRoute && scope.actor.kind === 'person')) scope.requireRole('person.read', personId);
  await scope.requirePerson(personId, action);
}

// ── Information about the right to an IP ──────────────────────────────────

export async function recordIpInformation(scope: AccessScope, personId: string, input: z.infer<typeof s.ipInformationBody>): Promise<string> {
  scope.requireRole('ip.inform', personId);
  await scope.requirePerson(personId, 'ip-information.create', 'full', { answer: input.answer });
  if (!scope.actor.unitIds.includes(input.unitId)) throw invalid([{ path: 'body/unitId', detail: 'Velg en av dine enheter' }]);
  const problems = ipInformationProblems(input, localDateAt(scope.now));
  if (problems.length) throw invalid(problems);
  const [row] = await scope.tx
    .insert(ipInformation)
    .values({ tenantId: scope.actor.tenantId, personId, unitId: input.unitId, informedOn: input.informedOn, informedBy: scope.actor.userId, methods: input.methods, needsBasis: input.needsBasis, answer: input.answer, declineReason: input.declineReason ?? null, reaskDate: input.reaskDate ?? null, note: input.note ?? null, recordedAt: scope.now })
    .returning({ id: ipInformation.id });
  const current = await currentPlanRow(scope, personId);
  const openPlan = current !== null && current.status !== 'closed';
  if (input.answer === 'wants-ip' && !openPlan) {
    await sendIpMessage(scope, personId, { kind: 'ip', source: 'ip-information', ipInformationId: row!.id, content: `Personen ønsker individuell plan. ${input.needsBasis}` });
  } else if (input.answer === 'declines' && !(await currentCoordinator(scope.tx, personId))) {
    await sendIpMessage(scope, personId, { kind: 'coordinator', source: 'ip-information', ipInformationId: row!.id, content: `Personen ønsker ikke individuell plan og skal tilbys koordinator. Begrunnelse: ${input.declineReason}` });
  }
  await scope.personChanged(personId);
  return row!.id;
}

export async function ipOverview(scope: AccessScope, personId: string) {
  await requireReader(scope, personId, 'ip-information.read');
  const records = await scope.tx
    .select({ i: ipInformation, unitName: units.name, informedByName: users.displayName })
    .from(ipInformation)
    .innerJoin(units, eq(units.id, ipInformation.unitId))
    .innerJoin(users, eq(users.id, ipInformation.informedBy))
    .where(and(eq(ipInformation.personId, personId), eq(ipInformation.tenantId, scope.actor.tenantId)))
    .orderBy(desc(ipInformation.recordedAt));
  const plan = await currentPlanRow(scope, personId);
  const openPlan = plan && plan.status !== 'closed' ? plan : null;
  const [pathway] = await scope.tx.select({ pathway: pathwayHistory.pathway }).from(pathwayHistory).where(eq(pathwayHistory.personId, personId)).orderBy(desc(pathwayHistory.recordedAt)).limit(1);
  const active = await scope.tx.selectDistinct({ unitId: serviceRelations.unitId }).from(serviceRelations).innerJoin(units, eq(units.id, serviceRelations.unitId)).where(and(eq(serviceRelations.personId, personId), activeAt(serviceRelations.validFrom, serviceRelations.validTo, scope.now), ne(units.serviceArea, 'koordinerende-enhet')));
  const answer = records[0]?.i.answer ?? null;
  return {
    records: records.map(({ i, unitName, informedByName }) => ({ id: i.id, unitName, informedOn: i.informedOn, informedByName, methods: i.methods as ('conversation' | 'letter' | 'leaflet')[], needsBasis: i.needsBasis, answer: i.answer, declineReason: i.declineReason, reaskDate: i.reaskDate, note: i.note, recordedAt: i.recordedAt })),
    currentAnswer: answer,
    planId: openPlan?.id ?? null,
    checks: [
      ipInformedCheck({ informed: records.length > 0, pathway: pathway?.pathway ?? null, activeUnits: active.length }),
      { checkId: 'ip-started', source: coordinationSources.startIpWork, met: answer === 'wants-ip' ? Boolean(openPlan) : null, detail: answer !== 'wants-ip' ? 'Personen har ikke bedt om individuell plan.' : openPlan ? 'Arbeidet med individuell plan er startet.' : 'Personen ønsker individuell plan, men planen er ikke opprettet.' },
      coordinatorCheck({ ipAnswer: answer, hasCoordinator: Boolean(await currentCoordinator(scope.tx, personId)), offerRecorded: await coordinatorOfferRecorded(scope.tx, personId) }),
    ],
  };
}

// ── The plan ─────────────────────────────────────────────────────────────────

async function lockPlan(scope: AccessScope, planId: string, action: string): Promise<PlanRow> {
  const [plan] = await scope.tx.select().from(individualPlans).where(and(eq(individualPlans.id, planId), eq(individualPlans.tenantId, scope.actor.tenantId))).for('update');
  if (!plan) throw new HelhetError('NOT_FOUND', 'Fant ikke planen.');
  scope.requireRole('plan.write', plan.personId);
  await scope.requirePerson(plan.personId, action, 'full', { planId });
  if (plan.status === 'closed') throw new HelhetError('CONFLICT', 'Planen er avsluttet og kan ikke endres. Opprett en ny plan.');
  return plan;
}

/** Appends the plan's new state as an immutable version and moves the plan's version counter. */
async function saveVersion(scope: AccessScope, planId: string, summary: string): Promise<void> {
  const [plan] = await scope.tx.select().from(individualPlans).where(eq(individualPlans.id, planId));
  const previous = await latestSnapshot(scope, planId);
  const snapshot = await snapshotOf(scope, plan!);
  const version = previous ? plan!.version + 1 : 1;
  await scope.tx.insert(planVersions).values({ tenantId: plan!.tenantId, planId, personId: plan!.personId, version, snapshot, changed: changedFields(previous, snapshot), summary, changedBy: scope.actor.userId, changedAt: scope.now });
  await scope.tx.update(individualPlans).set({ version, updatedAt: scope.now, updatedBy: scope.actor.userId }).where(eq(individualPlans.id, planId));
  await scope.personChanged(plan!.personId);
}

export async function createPlan(scope: AccessScope, personId: string, input: z.infer<typeof s.createPlanBody>): Promise<string> {
  scope.requireRole('plan.write', personId);
  await scope.requirePerson(personId, 'plan.create');
  const [latest] = await scope.tx.select({ answer: ipInformation.answer }).from(ipInformation).where(eq(ipInformation.personId, personId)).orderBy(desc(ipInformation.recordedAt)).limit(1);
  if (latest?.answer !== 'wants-ip') throw new HelhetError('UNPROCESSABLE', 'Personen har ikke sagt ja til individuell plan. Registrer informasjonen om retten og personens svar først.', [{ path: 'ipInformation', detail: 'Mangler personens ja til individuell plan' }]);
  const existing = await currentPlanRow(scope, personId);
  if (existing && existing.status !== 'closed') throw new HelhetError('CONFLICT', 'Personen har allerede en individuell plan.', undefined, { existingId: existing.id });
  const today = localDateAt(scope.now);
  const nextReviewDate = input.nextReviewDate ?? nextReviewAfter(today, input.reviewIntervalDays);
  if (nextReviewDate <= today) throw invalid([{ path: 'body/nextReviewDate', detail: 'Neste revisjonsdato må være etter i dag' }]);
  const { tenantId, userId } = scope.actor;
  const [plan] = await scope.tx.insert(individualPlans).values({ tenantId, personId, reviewIntervalDays: input.reviewIntervalDays, nextReviewDate, createdBy: userId, createdAt: scope.now, updatedBy: userId, updatedAt: scope.now }).returning({ id: individualPlans.id });
  const [person] = await scope.tx.select({ given: persons.givenName, family: persons.familyName }).from(persons).where(eq(persons.id, personId));
  await scope.tx.insert(planParticipants).values({ tenantId, planId: plan!.id, personId, kind: 'person', name: `${person!.given} ${person!.family}`, role: 'Personen selv', consentGivenAt: scope.now, addedBy: userId, addedAt: scope.now });
  await markIpWorkStarted(scope, personId, 'Individuell plan opprettet');
  await saveVersion(scope, plan!.id, 'Planen ble opprettet');
  return plan!.id;
}

export async function updatePlan(scope: AccessScope, planId: string, input: z.infer<typeof s.updatePlanBody>): Promise<void> {
  const plan = await lockPlan(scope, planId, 'plan.update');
  requireChange(input);
  const today = localDateAt(scope.now);
  const status = input.status ?? plan.status;
  const problem = input.status && input.status !== plan.status ? statusChangeProblem(plan.status, input.status, input.statusNote) : null;
  if (problem) throw invalid([problem]);
  const interval = input.reviewIntervalDays ?? plan.reviewIntervalDays;
  const nextReviewDate = input.reviewed ? nextReviewAfter(today, interval) : (input.nextReviewDate ?? plan.nextReviewDate);
  if (nextReviewDate !== plan.nextReviewDate && nextReviewDate <= today) throw invalid([{ path: 'body/nextReviewDate', detail: 'Neste revisjonsdato må være etter i dag' }]);
  await scope.tx.update(individualPlans).set({ status, statusNote: input.statusNote === undefined ? plan.statusNote : input.statusNote, reviewIntervalDays: interval, nextReviewDate }).where(eq(individualPlans.id, planId));
  await saveVersion(scope, planId, input.reviewed ? 'Planen ble revidert' : input.status && input.status !== plan.status ? `Status endret til ${status}` : 'Planen ble endret');
}

export async function addGoal(scope: AccessScope, planId: string, input: z.infer<typeof s.goalBody>): Promise<string> {
  const plan = await lockPlan(scope, planId, 'plan.goal.add');
  const [row] = await scope.tx.insert(planGoals).values({ tenantId: plan.tenantId, planId, personId: plan.personId, text: input.text, createdBy: scope.actor.userId, createdAt: scope.now }).returning({ id: planGoals.id });
  await saveVersion(scope, planId, 'Nytt mål');
  return row!.id;
}

export async function updateGoal(scope: AccessScope, planId: string, goalId: string, input: z.infer<typeof s.updateGoalBody>): Promise<void> {
  await lockPlan(scope, planId, 'plan.goal.update');
  requireChange(input);
  const updated = await scope.tx.update(planGoals).set(input).where(and(eq(planGoals.id, goalId), eq(planGoals.planId, planId))).returning({ id: planGoals.id });
  if (!updated.length) throw new HelhetError('NOT_FOUND', 'Fant ikke målet i planen.');
  await saveVersion(scope, planId, 'Mål endret');
}

async function checkMeasureReferences(scope: AccessScope, planId: string, m: Partial<z.infer<typeof s.measureBody>>): Promise<void> {
  const { tenantId } = scope.actor;
  const problems: { path: string; detail: string }[] = [];
  if (m.goalId && !(await scope.tx.select({ id: planGoals.id }).from(planGoals).where(and(eq(planGoals.id, m.goalId), eq(planGoals.planId, planId)))).length) problems.push({ path: 'body/goalId', detail: 'Målet finnes ikke i planen' });
  if (m.responsibleUnitId && !(await scope.tx.select({ id: units.id }).from(units).where(and(eq(units.id, m.responsibleUnitId), eq(units.tenantId, tenantId)))).length) problems.push({ path: 'body/responsibleUnitId', detail: 'Ukjent enhet' });
  if (m.responsiblePartnerId && !(await scope.tx.select({ id: partners.id }).from(partners).where(and(eq(partners.id, m.responsiblePartnerId), eq(partners.tenantId, tenantId)))).length) problems.push({ path: 'body/responsiblePartnerId', detail: 'Ukjent samarbeidspartner' });
  if (m.responsibleUserId && !(await scope.tx.select({ id: users.id }).from(users).where(and(eq(users.id, m.responsibleUserId), eq(users.tenantId, tenantId), eq(users.kind, 'staff'), eq(users.active, true)))).length) problems.push({ path: 'body/responsibleUserId', detail: 'Ukjent ansatt' });
  if (problems.length) throw invalid(problems);
}

async function checkOwnPart(scope: AccessScope, personId: string, responsibleUnitId: string | null): Promise<void> {
  const coordinator = await currentCoordinator(scope.tx, personId);
  const problem = ownPartProblem(scope.actor, coordinator?.userId ?? null, responsibleUnitId);
  if (problem) throw new HelhetError('UNPROCESSABLE', problem, [{ path: 'body/responsibleUnitId', detail: 'Ikke din enhet' }]);
}

export async function addMeasure(scope: AccessScope, planId: string, input: z.infer<typeof s.measureBody>): Promise<string> {
  const plan = await lockPlan(scope, planId, 'plan.measure.add');
  const problems = measureProblems(input);
  if (problems.length) throw invalid(problems);
  await checkMeasureReferences(scope, planId, input);
  await checkOwnPart(scope, plan.personId, input.responsibleUnitId ?? null);
  const [row] = await scope.tx
    .insert(planMeasures)
    .values({ tenantId: plan.tenantId, planId, personId: plan.personId, goalId: input.goalId ?? null, description: input.description, responsibleUnitId: input.responsibleUnitId ?? null, responsiblePartnerId: input.responsiblePartnerId ?? null, responsibleUserId: input.responsibleUserId ?? null, responsiblePersonName: input.responsiblePersonName ?? null, startDate: input.startDate, deadline: input.deadline, status: input.status, createdBy: scope.actor.userId, createdAt: scope.now })
    .returning({ id: planMeasures.id });
  await saveVersion(scope, planId, 'Nytt tiltak');
  return row!.id;
}

export async function updateMeasure(scope: AccessScope, planId: string, measureId: string, input: z.infer<typeof s.updateMeasureBody>): Promise<void> {
  const plan = await lockPlan(scope, planId, 'plan.measure.update');
  requireChange(input);
  const [m] = await scope.tx.select().from(planMeasures).where(and(eq(planMeasures.id, measureId), eq(planMeasures.planId, planId)));
  if (!m) throw new HelhetError('NOT_FOUND', 'Fant ikke tiltaket i planen.');
  const merged = { ...m, ...input };
  const problems = measureProblems(merged);
  if (problems.length) throw invalid(problems);
  await checkMeasureReferences(scope, planId, input);
  await checkOwnPart(scope, plan.personId, m.responsibleUnitId);
  if (input.responsibleUnitId !== undefined && input.responsibleUnitId !== m.responsibleUnitId) await checkOwnPart(scope, plan.personId, input.responsibleUnitId);
  await scope.tx.update(planMeasures).set(input).where(eq(planMeasures.id, measureId));
  await saveVersion(scope, planId, 'Tiltak endret');
}

export async function addParticipant(scope: AccessScope, planId: string, input: z.infer<typeof s.participantBody>): Promise<string> {
  const plan = await lockPlan(scope, planId, 'plan.participant.add');
  const { tenantId } = scope.actor;
  let name = input.name?.trim() ?? '';
  let teamMemberId: string | null = null;
  if (input.userId) {
    scope.requireRole('team.write', plan.personId); // a staff participant joins the team, which gives access
    const [user] = await scope.tx.select({ name: users.displayName }).from(users).where(and(eq(users.id, input.userId), eq(users.tenantId, tenantId), eq(users.kind, 'staff'), eq(users.active, true)));
    if (!user) throw invalid([{ path: 'body/userId', detail: 'Ukjent ansatt' }]);
    const [already] = await scope.tx.select({ id: planParticipants.id }).from(planParticipants).where(and(eq(planParticipants.planId, planId), eq(planParticipants.userId, input.userId), isNull(planParticipants.consentWithdrawnAt)));
    if (already) throw new HelhetError('CONFLICT', 'Den ansatte er allerede deltaker i planen.', undefined, { existingId: already.id });
    name = user.name;
    teamMemberId = await scope.grant({ kind: 'team-link', personId: plan.personId, userId: input.userId, teamRole: input.role, via: 'plan-participant' });
  } else if (!name) {
    throw invalid([{ path: 'body/name', detail: 'Skriv navnet på deltakeren' }]);
  }
  if (input.unitId && !(await scope.tx.select({ id: units.id }).from(units).where(and(eq(units.id, input.unitId), eq(units.tenantId, tenantId)))).length) throw invalid([{ path: 'body/unitId', detail: 'Ukjent enhet' }]);
  if (input.partnerId && !(await scope.tx.select({ id: partners.id }).from(partners).where(and(eq(partners.id, input.partnerId), eq(partners.tenantId, tenantId)))).length) throw invalid([{ path: 'body/partnerId', detail: 'Ukjent samarbeidspartner' }]);
  const [row] = await scope.tx
    .insert(planParticipants)
    .values({ tenantId, planId, personId: plan.personId, kind: input.kind as (typeof planParticipants.$inferInsert)['kind'], userId: input.userId ?? null, unitId: input.unitId ?? null, partnerId: input.partnerId ?? null, name, role: input.role, consentGivenAt: scope.now, consentNote: input.consentNote ?? null, teamMemberId, addedBy: scope.actor.userId, addedAt: scope.now })
    .returning({ id: planParticipants.id });
  await saveVersion(scope, planId, `Ny deltaker: ${name}`);
  return row!.id;
}

/** The person withdraws consent for one participant: the participation ends now, and with it the access it gave. */
export async function withdrawParticipant(scope: AccessScope, planId: string, participantId: string, note: string): Promise<void> {
  await lockPlan(scope, planId, 'plan.participant.withdraw');
  const [p] = await scope.tx.select().from(planParticipants).where(and(eq(planParticipants.id, participantId), eq(planParticipants.planId, planId)));
  if (!p) throw new HelhetError('NOT_FOUND', 'Fant ikke deltakeren i planen.');
  if (p.kind === 'person') throw invalid([{ path: 'params/participantId', detail: 'Personen selv kan ikke fjernes fra sin egen plan. Avslutt planen i stedet' }]);
  if (p.consentWithdrawnAt) throw new HelhetError('CONFLICT', 'Samtykket er allerede trukket.');
  await scope.tx.update(planParticipants).set({ consentWithdrawnAt: scope.now, withdrawNote: note }).where(eq(planParticipants.id, participantId));
  if (p.teamMemberId) await scope.grant({ kind: 'team-unlink', personId: p.personId, memberId: p.teamMemberId, via: 'plan-participant' });
  await saveVersion(scope, planId, `Samtykke trukket: ${p.name}`);
}

/** Staff with plan.write comment through the plan routes; the person on their own goals through /api/me (`ownRoute`). */
export async function addComment(scope: AccessScope, planId: string, goalId: string, text: string, ownRoute = false): Promise<string> {
  const [goal] = await scope.tx.select({ personId: planGoals.personId, status: individualPlans.status }).from(planGoals).innerJoin(individualPlans, eq(individualPlans.id, planGoals.planId)).where(and(eq(planGoals.id, goalId), eq(planGoals.planId, planId), eq(planGoals.tenantId, scope.actor.tenantId)));
  if (!goal) throw new HelhetError('NOT_FOUND', 'Fant ikke målet i planen.');
  if (!(ownRoute && scope.actor.kind === 'person')) scope.requireRole('plan.write', goal.personId);
  await scope.requirePerson(goal.personId, 'plan.goal.comment', 'full', { goalId });
  if (goal.status === 'closed') throw new HelhetError('CONFLICT', 'Planen er avsluttet.');
  const [row] = await scope.tx.insert(planGoalComments).values({ tenantId: scope.actor.tenantId, goalId, planId, personId: goal.personId, authorId: scope.actor.userId, authorKind: scope.actor.kind, text, createdAt: scope.now }).returning({ id: planGoalComments.id });
  return row!.id;
}

export async function getPlan(scope: AccessScope, planId: string) {
  const [plan] = await scope.tx.select().from(individualPlans).where(and(eq(individualPlans.id, planId), eq(individualPlans.tenantId, scope.actor.tenantId)));
  if (!plan) throw new HelhetError('NOT_FOUND', 'Fant ikke planen.');
  await requireReader(scope, plan.personId, 'plan.read');
  return planView(scope, plan);
}

export async function getPersonPlan(scope: AccessScope, personId: string, ownRoute = false) {
  await requireReader(scope, personId, 'plan.read', ownRoute);
  const plan = await currentPlanRow(scope, personId);
  if (!plan) throw new HelhetError('NOT_FOUND', scope.actor.kind === 'person' ? 'Du har ingen individuell plan.' : 'Personen har ingen individuell plan.');
  return planView(scope, plan);
}

export async function listVersions(scope: AccessScope, planId: string, version?: number) {
  const [plan] = await scope.tx.select({ personId: individualPlans.personId }).from(individualPlans).where(and(eq(individualPlans.id, planId), eq(individualPlans.tenantId, scope.actor.tenantId)));
  if (!plan) throw new HelhetError('NOT_FOUND', 'Fant ikke planen.');
  await requireReader(scope, plan.personId, 'plan.versions.read');
  const rows = await scope.tx
    .select({ version: planVersions.version, changedAt: planVersions.changedAt, changedByName: users.displayName, summary: planVersions.summary, changed: planVersions.changed, snapshot: planVersions.snapshot })
    .from(planVersions)
    .innerJoin(users, eq(users.id, planVersions.changedBy))
    .where(and(eq(planVersions.planId, planId), version === undefined ? undefined : eq(planVersions.version, version)))
    .orderBy(asc(planVersions.version));
  if (version !== undefined && !rows.length) throw new HelhetError('NOT_FOUND', `Planen har ingen versjon ${version}.`);
  return rows;
}

/** The plan as a PDF; the print is logged as its own entry. */
export async function printPlan(scope: AccessScope, view: Awaited<ReturnType<typeof planView>>, large: boolean): Promise<Buffer> {
  const [row] = await scope.tx
    .select({ municipality: tenants.name, municipalityLanguage: tenants.writtenLanguage, personLanguage: persons.writtenLanguage })
    .from(persons)
    .innerJoin(tenants, eq(tenants.id, persons.tenantId))
    .where(and(eq(persons.id, view.personId), eq(persons.tenantId, scope.actor.tenantId)));
  scope.recordWrite(view.personId, 'plan.print', scope.actor.kind === 'person' ? 'own' : 'relation', { large });
  return renderPlanPdf(view, { large, municipality: row!.municipality, language: letterLanguage(row!.personLanguage, row!.municipalityLanguage) });
}
