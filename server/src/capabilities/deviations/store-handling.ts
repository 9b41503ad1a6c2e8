// Handling an avvik: re-routing, assessment (which may raise the severity and escalate), measures
// with owners and deadlines, feedback to the reporter and the reporting unit, and closing.
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { units, users } from '../../platform/db/schema.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { HelhetError } from '../../platform/errors.js';
import { localDateAt } from '../../platform/calendar/index.js';
import { deviationFeedback, deviationMeasures, deviations } from './schema.js';
import { closeProblems, feedbackComplete, mayHandle, severityLabels, transition, type DeviationEvent } from './rules.js';
import { addEvent, escalateIfNeeded, loadDeviation, route, type DeviationRow } from './store.js';
import { closeFacts } from './store-view.js';
import type * as s from './schemas.js';

/** Refuses unless the actor handles this avvik: its unit's leader, a quality adviser or the director. */
async function requireHandler(scope: AccessScope, row: DeviationRow): Promise<void> {
  scope.requireRole('deviation.handle');
  if (mayHandle(scope.actor, row)) return;
  const [unit] = row.handlingUnitId ? await scope.tx.select({ name: units.name }).from(units).where(eq(units.id, row.handlingUnitId)) : [];
  throw new HelhetError('OUTSIDE_RESPONSIBILITY', `Avviket er sendt til ${unit ? `lederen for ${unit.name}` : 'kvalitetsrådgiver'}. Bare den som leder enheten, kvalitetsrådgiver eller kommunedirektøren kan behandle det.`);
}

function step(row: DeviationRow, event: DeviationEvent) {
  const next = transition(row.status, event);
  if ('problem' in next) throw new HelhetError(row.status === 'closed' ? 'CONFLICT' : 'UNPROCESSABLE', next.problem);
  return next.status;
}

export async function handled(scope: AccessScope, deviationId: string): Promise<DeviationRow> {
  const row = await loadDeviation(scope, deviationId);
  await requireHandler(scope, row);
  return row;
}

export async function rerouteDeviation(scope: AccessScope, deviationId: string, input: z.infer<typeof s.rerouteBody>): Promise<void> {
  const row = await handled(scope, deviationId);
  const status = step(row, 'reroute');
  const same = input.concerned.kind === 'unit' ? row.concernedUnitId === input.concerned.unitId : row.concernedPartnerId === input.concerned.partnerId;
  if (same) throw new HelhetError('UNPROCESSABLE', 'Avviket gjelder allerede denne enheten eller samarbeidspartneren.', [{ path: 'body/concerned', detail: 'Samme som før' }]);
  const routing = await route(scope, input.concerned, row.reporterUnitId, 'body/concerned');
  await scope.tx.update(deviations).set({ ...routing.columns, status }).where(eq(deviations.id, deviationId));
  await addEvent(scope, deviationId, 'rerouted', { ...routing.details, reason: input.reason });
}

export async function assessDeviation(scope: AccessScope, deviationId: string, input: z.infer<typeof s.assessmentBody>): Promise<void> {
  const row = await handled(scope, deviationId);
  const status = step(row, 'assess');
  const severity = input.severity ?? row.severity;
  await scope.tx.update(deviations).set({ assessment: input.assessment, cause: input.cause === undefined ? row.cause : input.cause, severity, status }).where(eq(deviations.id, deviationId));
  await addEvent(scope, deviationId, 'assessed', severity !== row.severity ? { severity: severityLabels[severity], previousSeverity: severityLabels[row.severity] } : null);
  await escalateIfNeeded(scope, { id: row.id, severity, escalatedAt: row.escalatedAt });
}

export async function addMeasure(scope: AccessScope, deviationId: string, input: z.infer<typeof s.measureBody>): Promise<string> {
  const row = await handled(scope, deviationId);
  const status = step(row, 'add-measure');
  if (input.deadline < localDateAt(scope.now)) throw new HelhetError('UNPROCESSABLE', 'Fristen for tiltaket kan ikke være i fortiden.', [{ path: 'body/deadline', detail: 'Fristen er passert' }]);
  const [owner] = await scope.tx.select({ name: users.displayName }).from(users).where(and(eq(users.id, input.ownerId), eq(users.tenantId, scope.actor.tenantId), eq(users.kind, 'staff'), eq(users.active, true)));
  if (!owner) throw new HelhetError('UNPROCESSABLE', 'Den ansvarlige for tiltaket finnes ikke eller er ikke aktiv.', [{ path: 'body/ownerId', detail: 'Ukjent ansatt' }]);
  const [measure] = await scope.tx
    .insert(deviationMeasures)
    .values({ tenantId: scope.actor.tenantId, deviationId, description: input.description, ownerId: input.ownerId, deadline: input.deadline, createdBy: scope.actor.userId, createdAt: scope.now })
    .returning({ id: deviationMeasures.id });
  if (status !== row.status) await scope.tx.update(deviations).set({ status }).where(eq(deviations.id, deviationId));
  await addEvent(scope, deviationId, 'measure-added', { owner: owner.name, deadline: input.deadline });
  return measure!.id;
}

/** The measure's owner or a handler marks it done. */
export async function completeMeasure(scope: AccessScope, deviationId: string, measureId: string, input: z.infer<typeof s.measureDoneBody>): Promise<void> {
  scope.requireRole('deviation.report');
  const row = await loadDeviation(scope, deviationId);
  const [measure] = await scope.tx.select().from(deviationMeasures).where(and(eq(deviationMeasures.id, measureId), eq(deviationMeasures.deviationId, deviationId)));
  if (!measure) throw new HelhetError('NOT_FOUND', 'Fant ikke tiltaket.');
  if (measure.ownerId !== scope.actor.userId && !mayHandle(scope.actor, row)) throw new HelhetError('OUTSIDE_RESPONSIBILITY', 'Bare den som er ansvarlig for tiltaket, eller den som behandler avviket, kan merke det som utført.');
  if (row.status === 'closed') throw new HelhetError('CONFLICT', 'Avviket er lukket og kan ikke endres.');
  if (measure.doneAt) throw new HelhetError('CONFLICT', 'Tiltaket er allerede merket som utført.');
  await scope.tx.update(deviationMeasures).set({ doneAt: scope.now, doneNote: input?.note ?? null }).where(eq(deviationMeasures.id, measureId));
  await addEvent(scope, deviationId, 'measure-done', { deadline: measure.deadline });
}

/** Tells the reporter and the reporting unit what was done: what they see on their list and in the avvik. */
export async function giveFeedback(scope: AccessScope, deviationId: string, input: z.infer<typeof s.feedbackBody>): Promise<string> {
  const row = await handled(scope, deviationId);
  const status = step(row, 'give-feedback');
  const [given] = await scope.tx
    .insert(deviationFeedback)
    .values({ tenantId: scope.actor.tenantId, deviationId, message: input.message, toReporter: true, toReportingUnit: row.reporterUnitId !== null, givenBy: scope.actor.userId, givenAt: scope.now })
    .returning({ id: deviationFeedback.id });
  await scope.tx.update(deviations).set({ status }).where(eq(deviations.id, deviationId));
  const [reporter] = await scope.tx.select({ name: users.displayName }).from(users).where(eq(users.id, row.reportedBy));
  const [unit] = row.reporterUnitId ? await scope.tx.select({ name: units.name }).from(units).where(eq(units.id, row.reporterUnitId)) : [];
  await addEvent(scope, deviationId, 'feedback', { reporter: reporter?.name ?? null, reportingUnit: unit?.name ?? null });
  return given!.id;
}

export async function closeDeviation(scope: AccessScope, deviationId: string, input: z.infer<typeof s.closeBody>): Promise<void> {
  const row = await handled(scope, deviationId);
  const facts = await closeFacts(scope, row, input);
  const problems = closeProblems(facts);
  if (problems.length) {
    if (row.status === 'closed') throw new HelhetError('CONFLICT', problems[0]!.detail);
    throw new HelhetError('UNPROCESSABLE', problems.map((p) => p.detail).join(' '), problems);
  }
  const withFeedback = feedbackComplete(facts);
  await scope.tx
    .update(deviations)
    .set({
      status: 'closed',
      conclusion: input.conclusion,
      closedAt: scope.now,
      closedBy: scope.actor.userId,
      closedWithFeedback: withFeedback,
      noFeedbackReason: withFeedback ? null : input.noFeedbackReason!,
      noPartnerAnswerReason: facts.awaitingPartner ? input.noPartnerAnswerReason! : null,
    })
    .where(eq(deviations.id, deviationId));
  await addEvent(scope, deviationId, 'closed', { withFeedback, partnerAnswerAwaited: facts.awaitingPartner !== null });
}
