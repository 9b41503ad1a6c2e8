// One avvik as its reader may see it: the status and feedback for the reporter and the reporting
// unit, the assessment and cause for those who handle and lead, the person only with a service need.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { partners, users } from '../../platform/db/schema.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { localDateAt } from '../../platform/calendar/index.js';
import { deviationEvents, deviationFeedback, deviationForwardings, deviationMeasures, deviations } from './schema.js';
import { closeProblems, deviationSources, mayHandle, partnerAnswerStatus, seesHandlingDetails, type CloseFacts } from './rules.js';
import { loadDeviation, requireReader, selectDeviations, type DeviationRow } from './store.js';

/** The facts the close rule needs, from the avvik's feedback and forwardings. */
export async function closeFacts(scope: AccessScope, row: DeviationRow, reasons: { noFeedbackReason?: string; noPartnerAnswerReason?: string } = {}): Promise<CloseFacts> {
  const given = await scope.tx.select({ toReporter: deviationFeedback.toReporter, toReportingUnit: deviationFeedback.toReportingUnit }).from(deviationFeedback).where(eq(deviationFeedback.deviationId, row.id));
  const [awaiting] = await scope.tx
    .select({ name: partners.name })
    .from(deviationForwardings)
    .innerJoin(partners, eq(partners.id, deviationForwardings.partnerId))
    .where(and(eq(deviationForwardings.deviationId, row.id), isNull(deviationForwardings.answerReceivedOn)));
  return {
    status: row.status,
    reporterTold: given.some((g) => g.toReporter),
    reportingUnitTold: row.reporterUnitId ? given.some((g) => g.toReportingUnit) : null,
    noFeedbackReason: reasons.noFeedbackReason ?? null,
    awaitingPartner: awaiting?.name ?? null,
    noPartnerAnswerReason: reasons.noPartnerAnswerReason ?? null,
  };
}

export async function getDeviation(scope: AccessScope, deviationId: string) {
  const row = await loadDeviation(scope, deviationId);
  const relations = await requireReader(scope, row);
  const [listed] = await selectDeviations(scope, eq(deviations.id, deviationId), 1);
  const handling = seesHandlingDetails(relations);
  const today = localDateAt(scope.now);
  const measures = await scope.tx
    .select({ m: deviationMeasures, ownerName: users.displayName })
    .from(deviationMeasures)
    .innerJoin(users, eq(users.id, deviationMeasures.ownerId))
    .where(eq(deviationMeasures.deviationId, deviationId))
    .orderBy(asc(deviationMeasures.deadline), asc(deviationMeasures.createdAt));
  const feedback = await scope.tx
    .select({ f: deviationFeedback, name: users.displayName })
    .from(deviationFeedback)
    .innerJoin(users, eq(users.id, deviationFeedback.givenBy))
    .where(eq(deviationFeedback.deviationId, deviationId))
    .orderBy(asc(deviationFeedback.givenAt));
  const forwardings = await scope.tx
    .select({ id: deviationForwardings.id, partnerId: deviationForwardings.partnerId, partnerName: partners.name, sentAt: deviationForwardings.sentAt, sentBy: deviationForwardings.sentBy, sentByName: users.displayName, answerDueDate: deviationForwardings.answerDueDate, reminderSentAt: deviationForwardings.reminderSentAt, answerReceivedOn: deviationForwardings.answerReceivedOn, answerSummary: deviationForwardings.answerSummary })
    .from(deviationForwardings)
    .innerJoin(partners, eq(partners.id, deviationForwardings.partnerId))
    .innerJoin(users, eq(users.id, deviationForwardings.sentBy))
    .where(eq(deviationForwardings.deviationId, deviationId))
    .orderBy(asc(deviationForwardings.sentAt));
  const events = await scope.tx
    .select({ kind: deviationEvents.kind, at: deviationEvents.at, actorName: users.displayName, details: deviationEvents.details })
    .from(deviationEvents)
    .leftJoin(users, eq(users.id, deviationEvents.actorId))
    .where(eq(deviationEvents.deviationId, deviationId))
    .orderBy(asc(deviationEvents.at));
  const handler = mayHandle(scope.actor, row);
  return {
    ...listed!.summary,
    escalatedAt: row.escalatedAt,
    assessment: handling ? row.assessment : null,
    cause: handling ? row.cause : null,
    conclusion: row.conclusion,
    noFeedbackReason: row.noFeedbackReason,
    closedAt: row.closedAt,
    closedWithFeedback: row.closedWithFeedback,
    measures: measures.map(({ m, ownerName }) => ({ id: m.id, description: m.description, owner: { id: m.ownerId, displayName: ownerName }, deadline: m.deadline, overdue: !m.doneAt && today > m.deadline, doneAt: m.doneAt, doneNote: m.doneNote })),
    feedback: feedback.map(({ f, name }) => ({ id: f.id, message: f.message, toReporter: f.toReporter, toReportingUnit: f.toReportingUnit, givenBy: { id: f.givenBy, displayName: name }, givenAt: f.givenAt })),
    forwardings: forwardings.map((f) => ({
      id: f.id,
      partner: { id: f.partnerId, name: f.partnerName },
      sentAt: f.sentAt,
      sentBy: { id: f.sentBy, displayName: f.sentByName },
      answerDueDate: f.answerDueDate,
      answerStatus: partnerAnswerStatus(f, today),
      reminderSentAt: f.reminderSentAt,
      answerReceivedOn: f.answerReceivedOn,
      answerSummary: f.answerSummary,
    })),
    events,
    mayHandle: handler,
    closeProblems: handler && row.status !== 'closed' ? closeProblems(await closeFacts(scope, row)) : [],
    sources: deviationSources,
  };
}
