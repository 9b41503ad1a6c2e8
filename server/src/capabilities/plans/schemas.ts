import { z } from 'zod';
import { integerParam, text, localDate } from '../../platform/http/fields.js';
import { idResponse, personIdParams } from '../persons/index.js';
import { checkSchema } from '../coordination/index.js';
import { goalStatuses, ipAnswers, ipInfoMethods, measureStatuses, participantKinds, planStatuses } from './schema.js';

export { idResponse, personIdParams };

export const ipInformationBody = z.strictObject({
  unitId: z.uuid({ error: 'Velg enheten som ga informasjonen' }),
  informedOn: localDate('Dato for informasjonen'),
  methods: z.array(z.enum(ipInfoMethods, { error: 'Velg samtale, brev eller brosjyre' })).min(1, 'Velg hvordan informasjonen ble gitt').max(3),
  needsBasis: text(2000).min(3, 'Beskriv hvorfor personen har behov for langvarige og koordinerte tjenester'),
  answer: z.enum(ipAnswers, { error: 'Velg personens svar' }),
  declineReason: text(2000).nullable().optional(),
  reaskDate: localDate('Dato for å spørre igjen').nullable().optional(),
  note: text(2000).nullable().optional(),
});
export const ipInformationRecord = z.object({
  id: z.uuid(), unitName: z.string(), informedOn: z.string(), informedByName: z.string(), methods: z.array(z.enum(ipInfoMethods)), needsBasis: z.string(),
  answer: z.enum(ipAnswers), declineReason: z.string().nullable(), reaskDate: z.string().nullable(), note: z.string().nullable(), recordedAt: z.date(),
});
export const ipOverview = z.object({ records: z.array(ipInformationRecord), currentAnswer: z.enum(ipAnswers).nullable(), planId: z.uuid().nullable(), checks: z.array(checkSchema) });

export const planParams = z.strictObject({ planId: z.uuid() });
export const goalParams = planParams.extend({ goalId: z.uuid() });
export const measureParams = planParams.extend({ measureId: z.uuid() });
export const participantParams = planParams.extend({ participantId: z.uuid() });
export const versionParams = planParams.extend({ version: integerParam('Versjon', { min: 1 }) });
export const pdfQuery = z.strictObject({ large: z.enum(['true', 'false']).default('false') });

export const createPlanBody = z.strictObject({
  reviewIntervalDays: z.number().int().min(14, 'Revisjonsintervallet må være minst 14 dager').max(365, 'Revisjonsintervallet kan være høyst 365 dager'),
  nextReviewDate: localDate('Neste revisjonsdato').optional(),
});
export const updatePlanBody = z.strictObject({
  status: z.enum(planStatuses).optional(),
  statusNote: text(2000).nullable().optional(),
  reviewIntervalDays: createPlanBody.shape.reviewIntervalDays.optional(),
  nextReviewDate: localDate('Neste revisjonsdato').optional(),
  reviewed: z.boolean().optional(),
});
export const goalBody = z.strictObject({ text: text(2000).min(3, 'Skriv målet med personens egne ord') });
export const updateGoalBody = z.strictObject({ text: goalBody.shape.text.optional(), status: z.enum(goalStatuses).optional() });
export const measureBody = z.strictObject({
  goalId: z.uuid().nullable().optional(),
  description: text(2000).min(3, 'Beskriv tiltaket'),
  responsibleUnitId: z.uuid().nullable().optional(),
  responsiblePartnerId: z.uuid().nullable().optional(),
  responsibleUserId: z.uuid().nullable().optional(),
  responsiblePersonName: text(200).nullable().optional(),
  startDate: localDate('Startdato'),
  deadline: localDate('Frist'),
  status: z.enum(measureStatuses).default('planned'),
});
export const updateMeasureBody = z.strictObject({ ...measureBody.shape, status: z.enum(measureStatuses) }).partial();
export const participantBody = z.strictObject({
  kind: z.enum(participantKinds.filter((k) => k !== 'person') as [string, ...string[]], { error: 'Velg type deltaker' }),
  userId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  partnerId: z.uuid().optional(),
  name: text(200).optional(),
  role: text(200).min(2, 'Beskriv deltakerens rolle'),
  consent: z.literal(true, { error: 'Personen må samtykke til at deltakeren er med i planen' }),
  consentNote: text(1000).optional(),
});
export const withdrawBody = z.strictObject({ note: text(1000).min(3, 'Skriv hvordan personen trakk samtykket') });
export const commentBody = z.strictObject({ text: text(2000).min(1, 'Skriv en kommentar') });

const goal = z.object({ id: z.uuid(), text: z.string(), status: z.enum(goalStatuses), comments: z.array(z.object({ id: z.uuid(), text: z.string(), authorName: z.string(), authorKind: z.enum(['person', 'staff']), createdAt: z.date() })) });
const measure = z.object({
  id: z.uuid(), goalId: z.uuid().nullable(), description: z.string(), responsible: z.string(), responsibleUnitId: z.uuid().nullable(), responsiblePartnerId: z.uuid().nullable(),
  responsiblePerson: z.string(), startDate: z.string(), deadline: z.string(), status: z.enum(measureStatuses), overdue: z.boolean(),
});
const participant = z.object({ id: z.uuid(), kind: z.enum(participantKinds), name: z.string(), role: z.string(), userId: z.uuid().nullable(), consentGivenAt: z.date(), consentWithdrawnAt: z.date().nullable(), active: z.boolean() });
export const planView = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  personName: z.string(),
  status: z.enum(planStatuses),
  statusNote: z.string().nullable(),
  reviewIntervalDays: z.number().int(),
  nextReviewDate: z.string(),
  version: z.number().int(),
  updatedAt: z.date(),
  updatedByName: z.string(),
  coordinator: z.object({ displayName: z.string(), phone: z.string().nullable(), unitName: z.string() }).nullable(),
  goals: z.array(goal),
  measures: z.array(measure),
  participants: z.array(participant),
  complete: z.boolean(),
  problems: z.array(z.object({ id: z.string(), detail: z.string(), source: z.string() })),
});
export const versionItem = z.object({ version: z.number().int(), changedAt: z.date(), changedByName: z.string(), summary: z.string(), changed: z.array(z.string()) });
export const versionList = z.object({ items: z.array(versionItem) });
export const versionDetail = versionItem.extend({ snapshot: z.record(z.string(), z.unknown()) });

export const caseloadResponse = z.object({
  items: z.array(z.object({
    personId: z.uuid(),
    personName: z.string(),
    birthDate: z.string(),
    basis: z.enum(['ip', 'without-ip']),
    since: z.date(),
    plan: z.object({ id: z.uuid(), status: z.enum(planStatuses), nextReviewDate: z.string(), problems: z.array(z.string()) }).nullable(),
    nextMeeting: z.date().nullable(),
    crisisPlanReviewDate: z.string().nullable(),
  })),
});
