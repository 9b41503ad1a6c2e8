import { z } from 'zod';
import { instant, integer, text } from '../../platform/http/fields.js';
import { idResponse, personIdParams } from '../persons/index.js';
import { henvendelseChannels, henvendelseSources, referralLevels, triageOutcomes } from './schema.js';

export { idResponse, personIdParams };

export const createHenvendelseBody = z.strictObject({
  personId: z.uuid(),
  unitId: z.uuid(),
  source: z.enum(henvendelseSources, { error: 'Velg hvem henvendelsen kom fra' }),
  sourceDetail: text(200).optional(),
  channel: z.enum(henvendelseChannels, { error: 'Velg kanal' }),
  receivedAt: instant('Mottatt tidspunkt'),
  content: text(10_000).min(3, 'Beskriv henvendelsen'),
});
export const henvendelseParams = z.strictObject({ henvendelseId: z.uuid() });
export const firstContactBody = z.strictObject({ at: instant('Tidspunkt for første kontakt'), note: text(2000).optional() });
export const triageBody = z.strictObject({ outcome: z.enum(triageOutcomes), note: text(2000).optional(), lowThresholdService: text(200).optional() });
export const pathwayBody = z.strictObject({ pathway: integer('Hovedforløp'), reason: text(1000).min(3, 'Begrunn valget av hovedforløp') });
export const referralBody = z.strictObject({ level: z.enum(referralLevels), partnerId: z.uuid().optional(), henvendelseId: z.uuid().optional(), reason: text(2000).min(3, 'Begrunn henvisningen') });
export const referralParams = z.strictObject({ referralId: z.uuid() });
export const referralOutcomeBody = z
  .strictObject({ outcome: z.enum(['accepted', 'rejected']), reason: text(2000).optional() })
  .refine((b) => b.outcome !== 'rejected' || Boolean(b.reason?.trim()), { message: 'Oppgi begrunnelsen for avslaget', path: ['reason'] });

export const henvendelse = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  source: z.enum(henvendelseSources),
  sourceDetail: z.string().nullable(),
  channel: z.enum(henvendelseChannels),
  receivedAt: z.date(),
  content: z.string(),
  firstContactDue: z.string(),
  firstContactAt: z.date().nullable(),
  firstContactNote: z.string().nullable(),
  firstContactStatus: z.enum(['done', 'due', 'overdue']),
  triage: z.enum(triageOutcomes),
  triageNote: z.string().nullable(),
  lowThresholdService: z.string().nullable(),
  closedAt: z.date().nullable(),
});
export const pathwayEntry = z.object({ pathway: integer('Hovedforløp'), label: z.string(), reason: z.string(), recordedAt: z.date(), recordedByName: z.string() });
export const referral = z.object({ id: z.uuid(), level: z.enum(referralLevels), partnerName: z.string().nullable(), reason: z.string(), referredAt: z.date(), outcome: z.enum(['pending', 'accepted', 'rejected']), outcomeReason: z.string().nullable() });
export const intakeOverview = z.object({ henvendelser: z.array(henvendelse), pathway: pathwayEntry.nullable(), pathwayHistory: z.array(pathwayEntry), referrals: z.array(referral) });
