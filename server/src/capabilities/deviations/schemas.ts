import { z } from 'zod';
import { instantText, text, localDate } from '../../platform/http/fields.js';
import { idResponse } from '../persons/index.js';
import { deviationCategories, deviationSeverities, deviationStatuses, deviationEventKinds } from './schema.js';

export { idResponse };
const month = (what: string) => z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, `${what} må være en måned (ÅÅÅÅ-MM)`);

export const category = z.enum(deviationCategories, { error: `Velg kategori: ${deviationCategories.join(', ')}` });
export const severity = z.enum(deviationSeverities, { error: `Velg alvorlighetsgrad: ${deviationSeverities.join(', ')}` });
export const concerned = z.discriminatedUnion(
  'kind',
  [z.strictObject({ kind: z.literal('unit'), unitId: z.uuid({ error: 'Velg enheten avviket gjelder' }) }), z.strictObject({ kind: z.literal('partner'), partnerId: z.uuid({ error: 'Velg samarbeidspartneren avviket gjelder' }) })],
  { error: 'Oppgi hvem avviket gjelder: { kind: "unit", unitId } eller { kind: "partner", partnerId }' },
);

export const deviationParams = z.strictObject({ deviationId: z.uuid() });
export const measureParams = deviationParams.extend({ measureId: z.uuid() });
export const forwardingParams = deviationParams.extend({ forwardingId: z.uuid() });

/** Quick to fill in on a phone: what, where, category and severity; when defaults to now and «who it concerns» to your own unit. */
export const reportBody = z.strictObject({
  description: text(5000).min(10, 'Beskriv hva som skjedde (minst 10 tegn). Ikke skriv navn eller andre personopplysninger her.'),
  occurredAt: instantText('Tidspunkt').optional(),
  location: text(200).min(2, 'Skriv hvor det skjedde'),
  category,
  severity,
  concerned: concerned.optional(),
  reporterUnitId: z.uuid().optional(),
  personId: z.uuid().optional(),
});

export const rerouteBody = z.strictObject({ concerned, reason: text(1000).min(5, 'Begrunn hvorfor avviket sendes til en annen enhet') });
export const assessmentBody = z.strictObject({
  assessment: text(5000).min(5, 'Skriv vurderingen av avviket'),
  cause: text(5000).nullable().optional(),
  severity: severity.optional(),
});
export const measureBody = z.strictObject({
  description: text(2000).min(5, 'Beskriv tiltaket'),
  ownerId: z.uuid({ error: 'Velg hvem som er ansvarlig for tiltaket' }),
  deadline: localDate('Frist'),
});
export const measureDoneBody = z.strictObject({ note: text(2000).nullable().optional() }).nullish();
export const feedbackBody = z.strictObject({ message: text(5000).min(10, 'Skriv hva som er gjort og hva som er konklusjonen (minst 10 tegn)') });
export const closeBody = z.strictObject({
  conclusion: text(5000).min(5, 'Skriv konklusjonen'),
  noFeedbackReason: text(2000).min(10, 'Begrunnelsen må ha minst 10 tegn').optional(),
  noPartnerAnswerReason: text(2000).min(10, 'Begrunnelsen må ha minst 10 tegn').optional(),
});
export const forwardBody = z
  .strictObject({
    answerDueDate: localDate('Svarfrist').optional(),
    letterText: text(5000).min(10, 'Skriv hva samarbeidspartneren bes om (minst 10 tegn)').optional(),
  })
  .nullish();
export const partnerAnswerBody = z.strictObject({ receivedOn: localDate('Mottatt dato'), summary: text(5000).min(5, 'Oppsummer svaret') });

export const listQuery = z.strictObject({
  view: z.enum(['all', 'reported-by-me', 'to-handle', 'escalated'], { error: 'Visning: all, reported-by-me, to-handle eller escalated' }).default('all'),
  status: z.enum([...deviationStatuses, 'open'], { error: `Status: open, ${deviationStatuses.join(', ')}` }).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export const statisticsQuery = z.strictObject({
  from: month('Fra'),
  to: month('Til'),
  unitBasis: z.enum(['concerned', 'reporting'], { error: 'Enhet: concerned (enheten avviket gjelder) eller reporting (meldende enhet)' }).default('concerned'),
});

const ref = z.object({ id: z.uuid(), name: z.string() });
const staffRef = z.object({ id: z.uuid(), displayName: z.string() });
const party = z.object({ kind: z.enum(['unit', 'partner']), id: z.uuid(), name: z.string() });
const relation = z.enum(['reporter', 'reporting-unit-leader', 'handler', 'concerned-unit-leader', 'measure-owner', 'oversight']);
const personLink = z.object({ linked: z.boolean(), id: z.uuid().nullable(), name: z.string().nullable(), hiddenNote: z.string().nullable() });

export const deviationSummary = z.object({
  id: z.uuid(),
  reference: z.string(),
  description: z.string(),
  occurredAt: z.date(),
  location: z.string(),
  category,
  categoryLabel: z.string(),
  severity,
  severityLabel: z.string(),
  status: z.enum(deviationStatuses),
  statusLabel: z.string(),
  reportedAt: z.date(),
  reporter: staffRef,
  reporterUnit: ref.nullable(),
  concerned: party,
  handlingUnit: ref.nullable(),
  escalated: z.boolean(),
  awaitingPartnerAnswer: z.boolean(),
  partnerAnswerOverdue: z.boolean(),
  person: personLink,
  myRelations: z.array(relation),
});
export const deviationList = z.object({ items: z.array(deviationSummary) });

export const measure = z.object({ id: z.uuid(), description: z.string(), owner: staffRef, deadline: z.string(), overdue: z.boolean(), doneAt: z.date().nullable(), doneNote: z.string().nullable() });
export const feedback = z.object({ id: z.uuid(), message: z.string(), toReporter: z.boolean(), toReportingUnit: z.boolean(), givenBy: staffRef, givenAt: z.date() });
export const forwarding = z.object({
  id: z.uuid(),
  partner: ref,
  sentAt: z.date(),
  sentBy: staffRef,
  answerDueDate: z.string(),
  answerStatus: z.enum(['answered', 'awaiting', 'overdue']),
  reminderSentAt: z.date().nullable(),
  answerReceivedOn: z.string().nullable(),
  answerSummary: z.string().nullable(),
});
export const event = z.object({ kind: z.enum(deviationEventKinds), at: z.date(), actorName: z.string().nullable(), details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).nullable() });

export const deviationView = deviationSummary.extend({
  escalatedAt: z.date().nullable(),
  assessment: z.string().nullable(),
  cause: z.string().nullable(),
  conclusion: z.string().nullable(),
  noFeedbackReason: z.string().nullable(),
  closedAt: z.date().nullable(),
  closedWithFeedback: z.boolean().nullable(),
  measures: z.array(measure),
  feedback: z.array(feedback),
  forwardings: z.array(forwarding),
  events: z.array(event),
  mayHandle: z.boolean(),
  /** What is still missing before it can be closed (for handlers). */
  closeProblems: z.array(z.object({ path: z.string(), detail: z.string() })),
  sources: z.record(z.string(), z.string()),
});

const trend = z.enum(['rising', 'falling', 'stable', 'too-few']);
export const statistics = z.object({
  from: z.string(),
  to: z.string(),
  unitBasis: z.enum(['concerned', 'reporting']),
  months: z.array(z.string()),
  /** Per unit (or partner, or «Uten enhet») over the whole period: most avvik first, then by name. */
  perUnit: z.array(
    z.object({
      unit: z.object({ kind: z.enum(['unit', 'partner', 'none']), id: z.uuid().nullable(), name: z.string() }),
      reported: z.number().int(),
      closed: z.number().int(),
      /** Only the categories with avvik, in the catalogue's order. */
      perCategory: z.array(z.object({ category, reported: z.number().int(), closed: z.number().int() })),
    }),
  ),
  perMonth: z.array(z.object({ month: z.string(), reported: z.number().int(), closed: z.number().int() })),
  perCategory: z.array(z.object({ category, label: z.string(), perMonth: z.array(z.number().int()), reported: z.number().int(), trend })),
  totals: z.object({
    reported: z.number().int(),
    closed: z.number().int(),
    open: z.number().int(),
    medianDaysToClose: z.number().nullable(),
    meanDaysToClose: z.number().nullable(),
    closedWithFeedback: z.number().int(),
    closedWithFeedbackShare: z.number().nullable(),
  }),
  source: z.string(),
});
