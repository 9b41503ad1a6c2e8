import { z } from 'zod';
import { integer, text, localDate } from '../../platform/http/fields.js';
import { idResponse } from '../persons/index.js';
import { councilInputStatuses, surveyChannels, surveyStatuses } from './schema.js';
import { scaleIds } from './rules.js';

export { idResponse };

export const scale = z.enum(scaleIds as [string, ...string[]], { error: `Svarskala: ${scaleIds.join(', ')}` });
export const surveyBody = z.strictObject({
  title: text(200).min(3, 'Skriv en tittel (minst 3 tegn)'),
  intro: text(3000).nullable().optional(),
  unitIds: z.array(z.uuid({ error: 'Ugyldig enhet' })).max(50).default([]),
  groups: z.array(text(200).min(2, 'Skriv gruppen (minst 2 tegn)')).max(10, 'Høyst 10 grupper').default([]),
  questions: z.array(z.strictObject({ text: text(500).min(3, 'Skriv spørsmålet (minst 3 tegn)'), scale })).min(1, 'Undersøkelsen må ha minst ett spørsmål').max(60, 'Høyst 60 spørsmål'),
});
export const surveyParams = z.strictObject({ surveyId: z.uuid() });
export const tokenParams = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'Ugyldig lenke') });
const answer = z.strictObject({ questionId: z.uuid({ error: 'Ugyldig spørsmål' }), value: integer('Svaret', { min: -32_768, max: 32_767 }) });
const responseFields = {
  unitId: z.uuid({ error: 'Ugyldig tjeneste' }).nullable().optional(),
  group: integer('Gruppe', { min: 0, max: 32_767 }).nullable().optional(),
  answers: z.array(answer).max(60),
};
/** Staff entering a paper form or handing over a shared tablet. */
export const staffResponseBody = z.strictObject({ channel: z.enum(['paper', 'tablet'], { error: 'Kanal: paper (papir) eller tablet (nettbrett)' }), ...responseFields });
/** The open link: the channel is always «link». */
export const linkResponseBody = z.strictObject(responseFields);
export const resultsQuery = z.strictObject({ by: z.enum(['none', 'unit', 'group', 'unit-group'], { error: 'by: none, unit, group eller unit-group' }).default('unit') });

const option = z.object({ value: z.number().int(), label: z.string() });
const question = z.object({ id: z.uuid(), text: z.string(), scale, options: z.array(option) });
const unitRef = z.object({ id: z.uuid(), name: z.string() });
export const surveySummary = z.object({ id: z.uuid(), title: z.string(), status: z.enum(surveyStatuses), responseCount: z.number().int(), openedAt: z.date().nullable(), closedAt: z.date().nullable(), linkActive: z.boolean() });
export const surveyList = z.object({ items: z.array(surveySummary) });
export const surveyView = surveySummary.extend({ intro: z.string().nullable(), units: z.array(unitRef), groups: z.array(z.string()), questions: z.array(question), channels: z.array(z.enum(surveyChannels)) });
export const publicSurvey = z.object({ title: z.string(), intro: z.string().nullable(), units: z.array(unitRef), groups: z.array(z.string()), questions: z.array(question), anonymity: z.string() });
export const linkResponse = z.object({ token: z.string(), path: z.string() });
export const received = z.object({ received: z.literal(true), message: z.string() });
const shown = z.object({ unit: unitRef.nullable(), group: z.string().nullable(), suppressed: z.boolean(), n: z.number().int().nullable(), mean: z.number().nullable(), distribution: z.array(option.extend({ count: z.number().int() })).nullable(), detail: z.string().optional() });
export const results = z.object({
  surveyId: z.uuid(),
  title: z.string(),
  by: z.enum(['none', 'unit', 'group', 'unit-group']),
  minCellSize: z.number().int(),
  responseCount: z.number().int().nullable(),
  questions: z.array(question.extend({ cells: z.array(shown) })),
  sources: z.record(z.string(), z.string()),
});

export const councilMeetingBody = z.strictObject({ heldOn: localDate('Møtedato'), agenda: text(5000).min(3, 'Skriv sakslisten (minst 3 tegn)'), minutes: text(20_000).min(10, 'Skriv referatet (minst 10 tegn)') });
export const councilMeetingParams = z.strictObject({ meetingId: z.uuid() });
export const councilInputBody = z.strictObject({ topic: text(200).min(3, 'Skriv temaet (minst 3 tegn)'), text: text(5000).min(10, 'Skriv innspillet (minst 10 tegn)'), unitId: z.uuid({ error: 'Ugyldig enhet' }).nullable().optional() });
export const councilInputParams = z.strictObject({ inputId: z.uuid() });
export const followUpBody = z.strictObject({ status: z.enum(['in-progress', 'done', 'rejected'], { error: 'Status: in-progress, done eller rejected' }), text: text(5000).min(10, 'Skriv hva som ble gjort (minst 10 tegn)') });
export const councilQuery = z.strictObject({ year: z.coerce.number({ error: 'År må være et tall' }).int().min(2000, 'Ugyldig år').max(2100, 'Ugyldig år').optional() });
const councilInput = z.object({ id: z.uuid(), topic: z.string(), text: z.string(), unit: unitRef.nullable(), status: z.enum(councilInputStatuses), followUp: z.string().nullable(), followedUpBy: z.string().nullable(), followedUpAt: z.date().nullable(), overdue: z.boolean() });
export const council = z.object({
  year: z.number().int(),
  meetingsHeld: z.number().int(),
  meetingsRequired: z.number().int(),
  meetingsMet: z.boolean(),
  openInputs: z.number().int(),
  overdueInputs: z.number().int(),
  meetings: z.array(z.object({ id: z.uuid(), heldOn: z.string(), agenda: z.string(), minutes: z.string(), recordedBy: z.string(), inputs: z.array(councilInput) })),
  sources: z.record(z.string(), z.string()),
});

export const peerWorkerBody = z.strictObject({ name: text(150).min(2, 'Skriv navnet (minst 2 tegn)'), unitId: z.uuid({ error: 'Velg enhet' }), userId: z.uuid({ error: 'Ugyldig ansatt' }).nullable().optional(), role: text(500).min(3, 'Beskriv rollen (minst 3 tegn)'), startedOn: localDate('Startdato') });
export const peerWorkerParams = z.strictObject({ peerWorkerId: z.uuid() });
export const endPeerWorkerBody = z.strictObject({ endedOn: localDate('Sluttdato') });
export const peerWorkerList = z.object({
  items: z.array(z.object({ id: z.uuid(), name: z.string(), unit: unitRef, role: z.string(), startedOn: z.string(), endedOn: z.string().nullable(), active: z.boolean() })),
  perUnit: z.array(unitRef.extend({ active: z.number().int() })),
  source: z.string(),
});
