import { z } from 'zod';
import { integer, text, localDate } from '../../platform/http/fields.js';
import { idResponse, personIdParams } from '../persons/index.js';
import { housingStatusKinds } from './schema.js';

export { idResponse, personIdParams };

export const statusBody = z.strictObject({
  status: z.enum(housingStatusKinds, { error: 'Velg boligsituasjon' }),
  fromDate: localDate('Fra-dato'),
  note: text(1000).optional(),
});
export const applicationBody = z.strictObject({
  kind: z.enum(['municipal-rental', 'staffed'], { error: 'Velg kommunal utleiebolig eller bolig med bemanning' }),
  appliedOn: localDate('Søknadsdato'),
  waitingPosition: integer('Plass på ventelisten', { min: 1 }).nullable().optional(),
});
export const applicationUpdateBody = z.strictObject({
  status: z.enum(['waiting', 'granted', 'refused', 'withdrawn'], { error: 'Velg status' }),
  waitingPosition: integer('Plass på ventelisten', { min: 1 }).nullable().optional(),
  decidedOn: localDate('Avgjort-dato').optional(),
  reason: text(1000).optional(),
});
export const stayBody = z.strictObject({
  place: text(200).min(2, 'Oppgi stedet for det midlertidige botilbudet'),
  startDate: localDate('Startdato'),
  permanentPlan: text(2000).optional(),
});
export const stayEndBody = z.strictObject({ endDate: localDate('Sluttdato') });
export const stayExceptionBody = z.strictObject({ reason: text(2000).min(10, 'Beskriv unntaksgrunnen (minst 10 tegn)') });
export const evictionBody = z.strictObject({
  kind: z.enum(['risk', 'eviction'], { error: 'Velg risiko for utkastelse eller utkastelse' }),
  occurredOn: localDate('Dato'),
  cause: text(2000).min(3, 'Oppgi årsaken'),
});
export const evictionResolveBody = z.strictObject({ resolvedOn: localDate('Dato') });
export const planBody = z.strictObject({
  unitId: z.uuid({ error: 'Velg enheten som gir booppfølgingen' }),
  goals: text(4000).min(3, 'Beskriv målene for booppfølgingen'),
  visitIntervalDays: z.number({ error: 'Oppgi hvor ofte det skal være hjemmebesøk (dager)' }).int().min(1, 'Minst hver dag').max(90, 'Minst hver 90. dag'),
  startDate: localDate('Startdato'),
});
export const visitBody = z.strictObject({ visitedOn: localDate('Besøksdato'), note: text(4000).min(3, 'Skriv et kort notat fra besøket') });
export const idParams = z.strictObject({ id: z.uuid() });

const evidence = z.object({ record: z.string(), id: z.string(), field: z.string() });
export const checkResult = z.object({ id: z.string(), text: z.string(), source: z.object({ law: z.string(), section: z.string() }), status: z.enum(['met', 'partly', 'not-met', 'not-applicable']), detail: z.string(), evidence: z.array(evidence) });
const level = z.enum(['ok', 'warning', 'finding', 'exception']);
export const stayView = z.object({
  id: z.uuid(), personId: z.uuid(), place: z.string(), startDate: z.string(), endDate: z.string().nullable(), unitName: z.string().nullable(), permanentPlan: z.string().nullable(),
  exceptionReason: z.string().nullable(), exceptionByName: z.string().nullable(), days: z.number(), level, warningOn: z.string(), findingOn: z.string(),
});
export const housingView = z.object({
  today: z.string(),
  current: z.object({ status: z.string(), label: z.string(), fromDate: z.string() }).nullable(),
  history: z.array(z.object({ id: z.uuid(), status: z.string(), label: z.string(), fromDate: z.string(), note: z.string().nullable(), recordedByName: z.string() })),
  applications: z.array(z.object({ id: z.uuid(), kind: z.enum(['municipal-rental', 'staffed']), appliedOn: z.string(), status: z.enum(['waiting', 'granted', 'refused', 'withdrawn']), waitingPosition: z.number().nullable(), decidedOn: z.string().nullable(), reason: z.string().nullable() })),
  stays: z.array(stayView),
  evictions: z.array(z.object({ id: z.uuid(), kind: z.enum(['risk', 'eviction']), occurredOn: z.string(), cause: z.string(), resolvedOn: z.string().nullable() })),
  plans: z.array(z.object({ id: z.uuid(), unitId: z.uuid(), unitName: z.string(), goals: z.string(), visitIntervalDays: z.number(), startDate: z.string(), endDate: z.string().nullable(), nextVisitDue: z.string(), visitOverdue: z.boolean(), visits: z.array(z.object({ id: z.uuid(), visitedOn: z.string(), note: z.string(), visitedByName: z.string() })) })),
  checks: z.array(checkResult),
});
export const overviewView = z.object({
  today: z.string(),
  stays: z.array(stayView.extend({ personName: z.string() })),
  waitingList: z.array(z.object({ id: z.uuid(), personId: z.uuid(), personName: z.string(), kind: z.enum(['municipal-rental', 'staffed']), appliedOn: z.string(), waitingPosition: z.number().nullable() })),
});
export const figuresQuery = z.strictObject({ months: z.coerce.number().int().min(1, 'Minst 1 måned').max(36, 'Høyst 36 måneder').default(12) });
export const figuresView = z.object({ months: z.array(z.object({ month: z.string(), personsInTemporaryHousing: z.number(), staysOverThreeMonths: z.number(), evictions: z.number() })) });
