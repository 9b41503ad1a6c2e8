import { z } from 'zod';
import { text } from '../../platform/http/fields.js';
import { personIdParams } from '../persons/index.js';
import { emergencyExtrasSchema } from '../crisis-plans/index.js';

export { personIdParams };
export const openEmergencyBody = z.strictObject({
  reason: z.string({ error: 'Du må oppgi en begrunnelse for nødtilgang' }).trim().min(10, 'Begrunnelsen må ha minst 10 tegn').max(500, 'Maks 500 tegn'),
});

export const emergencyView = z.object({
  person: z.object({
    id: z.uuid(),
    givenName: z.string(),
    familyName: z.string(),
    birthDate: z.string(),
    nationalId: z.string(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    postalCode: z.string().nullable(),
    postalPlace: z.string().nullable(),
    preferredLanguage: z.string(),
    interpreterNeeded: z.boolean(),
    reservations: z.array(z.string()),
  }),
  gp: z.object({ name: z.string().nullable(), office: z.string().nullable(), phone: z.string().nullable() }),
  team: z.array(z.object({ displayName: z.string(), teamRole: z.string(), phone: z.string().nullable() })),
  units: z.array(z.object({ unitName: z.string() })),
  access: z.object({ basis: z.string(), emergencyAccessId: z.uuid().nullable(), expiresAt: z.date().nullable() }),
  // Crisis plan (only with a relation or consent to the viewer's unit), risk flags, coordinator, closest relative.
  ...emergencyExtrasSchema.shape,
});

export const lookupQuery = z.strictObject({ nationalId: z.string().trim().regex(/^\d{11}$/, 'Fødselsnummeret må ha 11 siffer') });
export const lookupResponse = z.object({ personId: z.uuid(), givenName: z.string(), familyName: z.string(), birthDate: z.string() });

export const reviewListQuery = z.strictObject({ status: z.enum(['unreviewed', 'all']).default('unreviewed') });
export const emergencyAccessItem = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  personName: z.string(),
  userName: z.string(),
  reason: z.string(),
  openedAt: z.date(),
  expiresAt: z.date(),
  reviewedByName: z.string().nullable(),
  reviewedAt: z.date().nullable(),
  reviewComment: z.string().nullable(),
});
export const reviewParams = z.strictObject({ accessId: z.uuid() });
export const reviewBody = z.strictObject({ comment: text(1000).min(3, 'Skriv en kommentar til gjennomgangen') });
