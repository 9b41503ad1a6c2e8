import { z } from 'zod';
import { text, localDate, instant } from '../../platform/http/fields.js';
import { idResponse, personIdParams } from '../persons/index.js';
import { dischargeServices, hospitalMessageKinds } from './schema.js';

export { idResponse, personIdParams };

export const admissionParams = personIdParams.extend({ admissionId: z.uuid() });
export const admissionBody = z.strictObject({
  partnerId: z.uuid('Velg sykehus eller DPS'),
  referralId: z.uuid().optional(),
  admittedAt: instant('Innleggelsestidspunkt'),
  ward: text(200).nullable().optional(),
  plannedDischargeOn: localDate('Planlagt utskrivningsdato').nullable().optional(),
});
export const admissionUpdateBody = z.strictObject({
  plannedDischargeOn: localDate('Planlagt utskrivningsdato').nullable().optional(),
  dischargeMeetingAt: instant('Tidspunkt for utskrivningsmøtet').nullable().optional(),
  dischargedAt: instant('Utskrivningstidspunkt').nullable().optional(),
  servicesInPlace: z.array(z.enum(dischargeServices, { error: 'Ukjent tjeneste' })).max(dischargeServices.length).optional(),
});
export const messageBody = z.strictObject({
  kind: z.enum(hospitalMessageKinds, { error: 'Velg type melding' }),
  receivedAt: instant('Tidspunkt meldingen kom'),
  content: text(5000).nullable().optional(),
});
export const deviationLinkBody = z
  .strictObject({ deviationId: z.uuid('Velg et avvik'), admissionId: z.uuid().optional(), referralId: z.uuid().optional() })
  .refine((b) => Boolean(b.admissionId) !== Boolean(b.referralId), { message: 'Knytt avviket til enten en innleggelse eller en henvisning', path: ['admissionId'] });

const check = z.object({ id: z.string(), text: z.string(), source: z.object({ law: z.string(), section: z.string() }), status: z.enum(['met', 'partly', 'not-met', 'not-applicable']), detail: z.string() });
const link = z.object({ id: z.uuid(), deviationId: z.uuid(), deviationNumber: z.number().int().nullable(), deviationStatus: z.string() });
export const specialistOverview = z.object({
  referrals: z.array(z.object({ id: z.uuid(), level: z.enum(['dps', 'tsb', 'fact', 'municipal']), partnerName: z.string().nullable(), reason: z.string(), referredAt: z.date(), outcome: z.enum(['pending', 'accepted', 'rejected']), outcomeReason: z.string().nullable(), outcomeAt: z.date().nullable(), assessmentDueDate: z.string(), deviations: z.array(link) })),
  admissions: z.array(
    z.object({
      id: z.uuid(),
      partnerName: z.string(),
      referralId: z.uuid().nullable(),
      admittedAt: z.date(),
      ward: z.string().nullable(),
      plannedDischargeOn: z.string().nullable(),
      dischargeMeetingAt: z.date().nullable(),
      dischargedAt: z.date().nullable(),
      servicesInPlace: z.array(z.enum(dischargeServices)),
      messages: z.array(z.object({ id: z.uuid(), kind: z.enum(hospitalMessageKinds), receivedAt: z.date(), content: z.string().nullable(), registeredByName: z.string() })),
      paymentDays: z.number().int(),
      deviations: z.array(link),
    }),
  ),
  checks: z.array(check),
});
