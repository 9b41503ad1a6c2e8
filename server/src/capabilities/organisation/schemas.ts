import { z } from 'zod';
import { integer, line } from '../../platform/http/fields.js';
import { staffRoles } from '../../platform/access/policy.js';
import { writtenLanguageSchema } from '../../platform/i18n/index.js';

const name = line(150).min(2, 'Navnet må ha minst 2 tegn');
export const unitKind = z.enum(['virksomhet', 'avdeling', 'team']);
export const partnerKind = z.enum(['fastlegekontor', 'dps', 'tsb', 'sykehus', 'nav-stat', 'annen']);

export const unit = z.object({ id: z.uuid(), parentId: z.uuid().nullable(), name: z.string(), kind: unitKind, serviceArea: z.string().nullable(), active: z.boolean(), memberCount: z.number().int() });
export const createUnitBody = z.strictObject({ name, kind: unitKind, parentId: z.uuid().nullable().optional(), serviceArea: line(50).nullable().optional() });
export const updateUnitBody = z.strictObject({ name: name.optional(), parentId: z.uuid().nullable().optional(), serviceArea: line(50).nullable().optional(), active: z.boolean().optional() });
export const unitParams = z.strictObject({ unitId: z.uuid() });

export const partner = z.object({ id: z.uuid(), name: z.string(), kind: partnerKind, phone: z.string().nullable(), address: z.string().nullable() });
export const createPartnerBody = z.strictObject({ name, kind: partnerKind, phone: line(30).nullable().optional(), address: line(200).nullable().optional() });

export const membership = z.object({ id: z.uuid(), unitId: z.uuid(), unitName: z.string(), validFrom: z.date(), validTo: z.date().nullable() });
const phone = line(30).regex(/^\+?[0-9 ]{5,20}$/, 'Telefonnummer kan bare ha siffer, mellomrom og +');
export const staffMember = z.object({ id: z.uuid(), username: z.string(), displayName: z.string(), title: z.string().nullable(), phone: z.string().nullable(), roles: z.array(z.enum(staffRoles)), active: z.boolean(), lockedUntil: z.date().nullable(), memberships: z.array(membership) });
export const staffQuery = z.strictObject({ unitId: z.uuid().optional(), includeInactive: z.coerce.boolean().default(false) });
export const createStaffBody = z.strictObject({
  username: z.string().trim().toLowerCase().regex(/^[a-z0-9._-]{3,40}$/, 'Brukernavn: 3–40 tegn, bare a–z, 0–9, punktum, bindestrek og understrek'),
  displayName: name,
  title: line(100).nullable().optional(),
  phone: phone.nullable().optional(),
  roles: z.array(z.enum(staffRoles)).min(1, 'Velg minst én rolle'),
  password: z.string().min(12, 'Passordet må ha minst 12 tegn').max(200),
  unitIds: z.array(z.uuid()).default([]),
});
export const updateStaffBody = z.strictObject({ displayName: name.optional(), title: line(100).nullable().optional(), phone: phone.nullable().optional(), roles: z.array(z.enum(staffRoles)).min(1, 'Velg minst én rolle').optional(), active: z.boolean().optional(), unlock: z.literal(true).optional() });
export const staffParams = z.strictObject({ staffId: z.uuid() });
export const addMembershipBody = z.strictObject({ unitId: z.uuid() });
export const membershipParams = staffParams.extend({ membershipId: z.uuid() });
export const idResponse = z.object({ id: z.uuid() });

/** The municipality's own settings; the written language form is the default for letters and citizen pages. */
export const municipality = z.object({ name: z.string(), municipalityNumber: z.string(), writtenLanguage: writtenLanguageSchema, firstContactWorkingDays: z.number().int(), firstContactRule: z.string() });
/** The first-contact deadline is the municipality's own routine (no law sets one for municipal services). */
export const updateMunicipalityBody = z.strictObject({ writtenLanguage: writtenLanguageSchema.optional(), firstContactWorkingDays: integer('Frist for første kontakt', { min: 1, max: 20 }).optional() });
