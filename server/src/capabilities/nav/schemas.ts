import { z } from 'zod';
import { text, localDate } from '../../platform/http/fields.js';
import { idResponse, personIdParams } from '../persons/index.js';
import { checkResult, stayView } from '../housing/schemas.js';
import { navFinancialAssistanceKinds } from './schema.js';

export { idResponse, personIdParams };

export const guidanceBody = z.strictObject({ requestedOn: localDate('Dato for forespørselen'), topic: text(1000).min(3, 'Beskriv hva personen ønsker råd og veiledning om') });
export const decisionBody = z.strictObject({
  decision: z.enum(['granted', 'refused'], { error: 'Velg innvilget eller avslått' }),
  assessment: text(4000).min(10, 'Skriv den individuelle vurderingen (minst 10 tegn)'),
  reason: text(2000).optional(),
  decidedOn: localDate('Vedtaksdato'),
});
/** No amount: amounts stay in NAV's own systems (an `amount` field is refused as unknown). */
export const financialBody = z.strictObject({
  kind: z.enum(navFinancialAssistanceKinds, { error: 'Velg type økonomisk hjelp' }),
  referencedOn: localDate('Dato'),
  contactUserId: z.uuid({ error: 'Velg kontaktperson i NAV' }).optional(),
  note: text(1000).optional(),
});
export const contactBody = z.strictObject({ userId: z.uuid({ error: 'Velg NAV-veilederen som skal være fast kontaktperson' }) });
export const idParams = z.strictObject({ id: z.uuid() });

export const navView = z.object({
  today: z.string(),
  contact: z.object({ id: z.uuid(), userId: z.uuid(), name: z.string(), phone: z.string().nullable(), unitName: z.string(), since: z.date() }).nullable(),
  guidance: z.array(z.object({ id: z.uuid(), unitName: z.string(), requestedOn: z.string(), topic: z.string(), decision: z.enum(['pending', 'granted', 'refused']), assessment: z.string().nullable(), reason: z.string().nullable(), decidedOn: z.string().nullable(), decidedByName: z.string().nullable(), overdue: z.boolean() })),
  financialAssistance: z.array(z.object({ id: z.uuid(), kind: z.enum(navFinancialAssistanceKinds), label: z.string(), referencedOn: z.string(), contactName: z.string(), note: z.string().nullable() })),
  temporaryStays: z.array(stayView),
  checks: z.array(checkResult),
});
export const caseloadView = z.object({
  today: z.string(),
  items: z.array(z.object({ personId: z.uuid(), personName: z.string(), contactName: z.string().nullable(), pendingGuidance: z.number(), overdueGuidance: z.number(), lastFinancialAssistance: z.string().nullable(), stayDays: z.number().nullable(), stayLevel: z.enum(['ok', 'warning', 'finding', 'exception']).nullable() })),
});
