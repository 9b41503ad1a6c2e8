// Request and response schemas for person records (bruker). One schema per route.
import { z } from 'zod';
import { line, text } from '../../platform/http/fields.js';
import { parseNationalId } from './national-id.js';
import { writtenLanguageSchema } from '../../platform/i18n/index.js';

export const personIdParams = z.strictObject({ personId: z.uuid('Person-id må være en gyldig UUID') });

export const nationalIdSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const parsed = parseNationalId(value);
    if (!parsed.valid) ctx.addIssue({ code: 'custom', message: `Ugyldig fødselsnummer: ${parsed.reason}` });
  });


export const personWriteFields = {
  givenName: text(100).min(1, 'Fornavn må fylles ut'),
  familyName: text(100).min(1, 'Etternavn må fylles ut'),
  phone: text(30).regex(/^\+?[0-9 ]{5,20}$/, 'Telefonnummer kan bare ha siffer, mellomrom og +').nullable().optional(),
  email: z.email('Ugyldig e-postadresse').max(200).nullable().optional(),
  address: text(200).nullable().optional(),
  postalCode: z.string().regex(/^\d{4}$/, 'Postnummer må ha fire siffer').nullable().optional(),
  postalPlace: text(100).nullable().optional(),
  gpPartnerId: z.uuid().nullable().optional(),
  gpName: text(100).nullable().optional(),
  preferredLanguage: text(20).min(2).optional(),
  /** Bokmål or nynorsk in letters and on the person's own pages; null follows the municipality. */
  writtenLanguage: writtenLanguageSchema.nullable().optional(),
  interpreterNeeded: z.boolean().optional(),
  reservations: z.array(text(200).min(1)).max(20).optional(),
  hasBankId: z.boolean().optional(),
};

export const createPersonBody = z.strictObject({ nationalId: nationalIdSchema, ...personWriteFields, unitId: z.uuid().optional() });
export const updatePersonBody = z.strictObject(personWriteFields).partial();

export const searchQuery = z.strictObject({
  q: line(100).min(2, 'Skriv minst to tegn'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const personSummary = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.string(),
  syntheticId: z.boolean(),
});

export const personDetail = personSummary.extend({
  nationalId: z.string(),
  nationalIdKind: z.enum(['fnr', 'dnr']),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  postalCode: z.string().nullable(),
  postalPlace: z.string().nullable(),
  gp: z.object({ partnerId: z.uuid().nullable(), partnerName: z.string().nullable(), gpName: z.string().nullable(), phone: z.string().nullable() }),
  preferredLanguage: z.string(),
  writtenLanguage: writtenLanguageSchema.nullable(),
  interpreterNeeded: z.boolean(),
  reservations: z.array(z.string()),
  hasBankId: z.boolean(),
  /** Why the viewer may see this person: 'team', 'unit:<name>' or 'own'. */
  accessBasis: z.string(),
  units: z.array(z.object({ relationId: z.uuid(), unitId: z.uuid(), unitName: z.string(), reason: z.string(), validFrom: z.date() })),
  team: z.array(z.object({ memberId: z.uuid(), userId: z.uuid(), displayName: z.string(), teamRole: z.string(), validFrom: z.date() })),
});

/** The reason is required when the unit has no henvendelse, referral or vedtak for the person (422 RELATION_REASON_REQUIRED). */
export const openRelationBody = z.strictObject({ unitId: z.uuid(), reason: text(300).min(10, 'Begrunnelsen må ha minst 10 tegn').optional() });
export const addTeamMemberBody = z.strictObject({ userId: z.uuid(), teamRole: text(100).min(2, 'Skriv rollen i teamet') });
export const relationParams = personIdParams.extend({ relationId: z.uuid() });
export const teamMemberParams = personIdParams.extend({ memberId: z.uuid() });
export const idResponse = z.object({ id: z.uuid() });
