// Avvik about an external partner (specialist services, GP office, hospital): forwarded by letter
// (PDF, kept), the answer tracked, and a reminder job the day after the answer was due.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { partners, tenants, units } from '../../platform/db/schema.js';
import type { Db } from '../../platform/db/database.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { HelhetError } from '../../platform/errors.js';
import { enqueue } from '../../platform/jobs/queue.js';
import { addDays, localDateAt, startOfLocalDay, type LocalDate } from '../../platform/calendar/index.js';
import { deviationEvents, deviationForwardings } from './schema.js';
import { categoryLabels, defaultAnswerDueDate, severityLabels, transition } from './rules.js';
import { addEvent } from './store.js';
import { handled } from './store-handling.js';
import { renderForwardingLetter } from './pdf.js';
import type * as s from './schemas.js';

export const partnerReminderJob = 'deviation.partner-reminder';

/** The reminder runs at 07:00 Oslo time the day after the answer was due. */
export function reminderRunAt(answerDueDate: LocalDate): Date {
  return new Date(startOfLocalDay(addDays(answerDueDate, 1)).getTime() + 7 * 3600_000);
}

export async function forwardDeviation(scope: AccessScope, deviationId: string, input: z.infer<typeof s.forwardBody>): Promise<string> {
  const row = await handled(scope, deviationId);
  if (!row.concernedPartnerId) throw new HelhetError('UNPROCESSABLE', 'Avviket gjelder ikke en ekstern samarbeidspartner. Bare avvik om en samarbeidspartner sendes videre med brev.');
  const next = transition(row.status, 'forward');
  if ('problem' in next) throw new HelhetError(row.status === 'closed' ? 'CONFLICT' : 'UNPROCESSABLE', next.problem);
  const [partner] = await scope.tx.select({ name: partners.name, address: partners.address }).from(partners).where(eq(partners.id, row.concernedPartnerId));
  const [waiting] = await scope.tx.select({ id: deviationForwardings.id }).from(deviationForwardings).where(and(eq(deviationForwardings.deviationId, deviationId), isNull(deviationForwardings.answerReceivedOn)));
  if (waiting) throw new HelhetError('CONFLICT', `Avviket er allerede sendt til ${partner!.name} og venter på svar.`);
  const today = localDateAt(scope.now);
  const answerDueDate = (input?.answerDueDate ?? defaultAnswerDueDate(today)) as LocalDate;
  if (answerDueDate <= today) throw new HelhetError('UNPROCESSABLE', 'Svarfristen må være etter i dag.', [{ path: 'body/answerDueDate', detail: 'Fristen må være frem i tid' }]);
  const [tenant] = await scope.tx.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, scope.actor.tenantId));
  const [unit] = row.handlingUnitId ? await scope.tx.select({ name: units.name }).from(units).where(eq(units.id, row.handlingUnitId)) : [];
  const letterPdf = await renderForwardingLetter({
    municipality: tenant!.name,
    fromUnit: unit?.name ?? 'Kvalitetsrådgiver',
    handler: scope.actor.displayName,
    partner: { name: partner!.name, address: partner!.address },
    reference: `AVV-${row.number}`,
    sentOn: today,
    occurredAt: row.occurredAt,
    location: row.location,
    category: categoryLabels[row.category],
    severity: severityLabels[row.severity],
    description: row.description,
    assessment: row.assessment,
    request: input?.letterText ?? 'Vi ber om at avviket gjennomgås hos dere, og at dere melder tilbake hvilke tiltak som er satt i verk for at det ikke skal skje igjen.',
    answerDueDate,
    personLinked: row.personId !== null,
  });
  const [forwarding] = await scope.tx
    .insert(deviationForwardings)
    .values({ tenantId: scope.actor.tenantId, deviationId, partnerId: row.concernedPartnerId, sentAt: scope.now, sentBy: scope.actor.userId, answerDueDate, letterPdf })
    .returning({ id: deviationForwardings.id });
  await addEvent(scope, deviationId, 'forwarded', { partner: partner!.name, answerDueDate });
  await enqueue(scope.tx, { kind: partnerReminderJob, payload: { tenantId: scope.actor.tenantId, forwardingId: forwarding!.id }, runAt: reminderRunAt(answerDueDate), uniqueKey: `${partnerReminderJob}:${forwarding!.id}` });
  return forwarding!.id;
}

export async function recordPartnerAnswer(scope: AccessScope, deviationId: string, input: z.infer<typeof s.partnerAnswerBody>): Promise<void> {
  const row = await handled(scope, deviationId);
  const [waiting] = await scope.tx
    .select({ id: deviationForwardings.id, sentAt: deviationForwardings.sentAt, partnerName: partners.name })
    .from(deviationForwardings)
    .innerJoin(partners, eq(partners.id, deviationForwardings.partnerId))
    .where(and(eq(deviationForwardings.deviationId, row.id), isNull(deviationForwardings.answerReceivedOn)))
    .orderBy(asc(deviationForwardings.sentAt));
  if (!waiting) throw new HelhetError('CONFLICT', 'Ingen videresending av avviket venter på svar.');
  if (input.receivedOn > localDateAt(scope.now)) throw new HelhetError('UNPROCESSABLE', 'Svaret kan ikke være mottatt frem i tid.', [{ path: 'body/receivedOn', detail: 'Datoen er i fremtiden' }]);
  if (input.receivedOn < localDateAt(waiting.sentAt)) throw new HelhetError('UNPROCESSABLE', 'Svaret kan ikke være mottatt før avviket ble sendt.', [{ path: 'body/receivedOn', detail: 'Datoen er før avviket ble sendt' }]);
  await scope.tx.update(deviationForwardings).set({ answerReceivedOn: input.receivedOn, answerSummary: input.summary, answerRecordedBy: scope.actor.userId }).where(eq(deviationForwardings.id, waiting.id));
  await addEvent(scope, deviationId, 'partner-answer', { partner: waiting.partnerName, receivedOn: input.receivedOn });
}

/** The letter as sent, for those who handle the avvik. */
export async function forwardingLetter(scope: AccessScope, deviationId: string, forwardingId: string): Promise<{ pdf: Buffer; fileName: string }> {
  const row = await handled(scope, deviationId);
  const [letter] = await scope.tx.select({ pdf: deviationForwardings.letterPdf }).from(deviationForwardings).where(and(eq(deviationForwardings.id, forwardingId), eq(deviationForwardings.deviationId, deviationId)));
  if (!letter) throw new HelhetError('NOT_FOUND', 'Fant ikke brevet.');
  return { pdf: letter.pdf, fileName: `avvik-AVV-${row.number}.pdf` };
}

/** Job: the answer is overdue — record the reminder on the avvik, where its handlers see it. Idempotent. */
export async function sendPartnerReminder(db: Db, payload: Record<string, string | number | null>, now: Date): Promise<void> {
  // The queue runs this in the payload's tenant (platform/jobs/queue.ts).
  await db.transaction(async (tx) => {
    const [f] = await tx
      .select({ id: deviationForwardings.id, tenantId: deviationForwardings.tenantId, deviationId: deviationForwardings.deviationId, answerReceivedOn: deviationForwardings.answerReceivedOn, reminderSentAt: deviationForwardings.reminderSentAt, answerDueDate: deviationForwardings.answerDueDate, partnerName: partners.name })
      .from(deviationForwardings)
      .innerJoin(partners, eq(partners.id, deviationForwardings.partnerId))
      .where(and(eq(deviationForwardings.id, String(payload.forwardingId)), eq(deviationForwardings.tenantId, String(payload.tenantId))));
    if (!f || f.answerReceivedOn || f.reminderSentAt) return;
    await tx.update(deviationForwardings).set({ reminderSentAt: now }).where(eq(deviationForwardings.id, f.id));
    await tx.insert(deviationEvents).values({ tenantId: f.tenantId, deviationId: f.deviationId, kind: 'partner-reminder', actorId: null, at: now, details: { partner: f.partnerName, answerDueDate: f.answerDueDate } });
  });
}

export const deviationJobHandlers = { [partnerReminderJob]: sendPartnerReminder };
