import { z } from 'zod';
import { text, localDate } from '../../platform/http/fields.js';
import { idResponse } from '../persons/index.js';
import { organisationChangeKinds } from './schema.js';

export { idResponse };

export const partyBody = z.strictObject({ party: z.enum(['unit', 'partner'], { error: 'party: unit eller partner' }), id: z.uuid({ error: 'Velg enhet eller samarbeidspartner' }) });
export const agreementBody = z.strictObject({
  title: text(200).min(3, 'Skriv en tittel (minst 3 tegn)'),
  purpose: text(5000).min(10, 'Beskriv formålet med samarbeidet (minst 10 tegn)'),
  parties: z.array(partyBody).min(2, 'En samarbeidsavtale må ha minst to parter').max(30),
  meetingsPerYear: z.number({ error: 'Antall møter i året må være et tall' }).int('Antall møter i året må være et heltall').min(0, 'Antall møter i året kan ikke være negativt').max(52, 'Høyst 52 møter i året'),
  validFrom: localDate('Gyldig fra'),
  validTo: localDate('Gyldig til').nullable().optional(),
  ownerId: z.uuid({ error: 'Velg hvem som følger opp avtalen' }),
});
export const agreementParams = z.strictObject({ agreementId: z.uuid() });
export const listQuery = z.strictObject({ year: z.coerce.number({ error: 'År må være et tall' }).int().min(2000, 'Ugyldig år').max(2100, 'Ugyldig år').optional() });
export const meetingBody = z.strictObject({ heldOn: localDate('Møtedato'), minutes: text(20_000).min(10, 'Skriv referatet (minst 10 tegn)') });
export const noticeParams = z.strictObject({ noticeId: z.uuid() });
export const noticeQuery = z.strictObject({ unread: z.enum(['true', 'false'], { error: 'unread: true eller false' }).optional() });

const party = z.object({ party: z.enum(['unit', 'partner']), id: z.uuid(), name: z.string(), active: z.boolean() });
export const arena = z.object({ year: z.number().int(), required: z.number().int(), held: z.number().int(), ratio: z.number().nullable(), dueSoFar: z.number().int(), lastMeeting: z.string().nullable(), lapsed: z.boolean(), lapsedDetail: z.string().nullable() });
export const agreementSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  purpose: z.string(),
  meetingsPerYear: z.number().int(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  inForce: z.boolean(),
  owner: z.object({ id: z.uuid(), displayName: z.string() }),
  parties: z.array(party),
  arena,
  /** A party unit that is closed: the agreement must be reviewed. */
  closedParties: z.array(z.string()),
});
export const agreementList = z.object({ year: z.number().int(), items: z.array(agreementSummary), lapsedCount: z.number().int(), sources: z.record(z.string(), z.string()) });
export const agreementView = agreementSummary.extend({
  meetings: z.array(z.object({ id: z.uuid(), heldOn: z.string(), minutes: z.string(), recordedBy: z.string(), recordedAt: z.date() })),
  sources: z.record(z.string(), z.string()),
});
export const notice = z.object({ id: z.uuid(), unit: z.object({ id: z.uuid(), name: z.string() }), change: z.enum(organisationChangeKinds), agreement: z.object({ id: z.uuid(), title: z.string() }).nullable(), detail: z.string(), createdAt: z.date(), readAt: z.date().nullable() });
export const noticeList = z.object({ items: z.array(notice), source: z.string() });
