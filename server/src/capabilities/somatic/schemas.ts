import { z } from 'zod';
import { instant, text, localDate } from '../../platform/http/fields.js';
import { idResponse, personIdParams } from '../persons/index.js';
import { checkResult } from '../housing/schemas.js';
import { countyDentalOffers, somaticCheckKinds } from './schema.js';

export { idResponse, personIdParams };
const kind = z.enum(somaticCheckKinds, { error: 'Ukjent kontroll' });

export const kindParams = personIdParams.extend({ kind });
export const followUpBody = z.strictObject({
  indicated: z.boolean({ error: 'Oppgi om kontrollen er indisert' }),
  intervalMonths: z.number({ error: 'Oppgi intervall i måneder' }).int().min(1, 'Minst 1 måned').max(60, 'Høyst 60 måneder'),
  reason: text(1000).optional(),
});
export const checkBody = z.strictObject({
  kind: z.enum(somaticCheckKinds, { error: 'Velg hvilken kontroll som er gjort' }),
  doneOn: localDate('Dato'),
  result: text(2000).min(2, 'Skriv resultat eller funn'),
  countyDentalOffer: z.enum(countyDentalOffers, { error: 'Velg hva som er gjort med fylkeskommunens tannhelsetilbud' }).optional(),
});
export const appointmentBody = z.strictObject({
  scheduledAt: instant('Tidspunkt'),
  purpose: text(500).min(3, 'Beskriv hva timen gjelder'),
});
export const outcomeBody = z.strictObject({
  status: z.enum(['attended', 'missed', 'cancelled'], { error: 'Velg møtt, ikke møtt eller avlyst' }),
  note: text(2000).optional(),
});
export const healthContactBody = z.strictObject({
  contactAt: instant('Tidspunkt'),
  reason: text(500).min(3, 'Beskriv hvorfor personen kom'),
  summary: text(5000).min(10, 'Skriv en oppsummering til fastlegen (minst 10 tegn)'),
});
export const acknowledgeBody = z.strictObject({ note: text(1000).optional() });
export const idParams = z.strictObject({ id: z.uuid() });
export const worklistQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(200) });

const itemStatus = z.enum(['not-indicated', 'never', 'overdue', 'due-soon', 'ok']);
export const somaticView = z.object({
  today: z.string(),
  items: z.array(z.object({ kind, label: z.string(), indicated: z.boolean(), intervalMonths: z.number(), reason: z.string().nullable(), lastDoneOn: z.string().nullable(), dueOn: z.string().nullable(), status: itemStatus })),
  checks: z.array(z.object({ id: z.uuid(), kind, label: z.string(), doneOn: z.string(), result: z.string(), countyDentalOffer: z.enum(countyDentalOffers).nullable(), recordedByName: z.string() })),
  gpAppointments: z.array(z.object({ id: z.uuid(), scheduledAt: z.date(), purpose: z.string(), status: z.enum(['planned', 'attended', 'missed', 'cancelled']), outcomeNote: z.string().nullable(), followUp: z.enum(['none', 'open', 'done']) })),
  healthContacts: z.array(z.object({ id: z.uuid(), contactAt: z.date(), unitName: z.string(), reason: z.string(), summary: z.string(), gpName: z.string(), sentAt: z.date(), acknowledgedAt: z.date().nullable(), acknowledgedNote: z.string().nullable(), flagged: z.boolean() })),
  checkResults: z.array(checkResult),
});
export const worklistView = z.object({ today: z.string(), items: z.array(z.object({ personId: z.uuid(), personName: z.string(), kind, label: z.string(), lastDoneOn: z.string().nullable(), dueOn: z.string(), status: z.enum(['never', 'overdue', 'due-soon']) })) });
