import { z } from 'zod';
import { line, text } from '../../platform/http/fields.js';
import { personIdParams } from '../persons/index.js';

export { personIdParams };
export const noteClassification = z.enum(['shared', 'restricted']);
export const createNoteBody = z.strictObject({
  title: line(200).min(1, 'Tittel må fylles ut'),
  body: text(20_000).min(1, 'Notatet kan ikke være tomt'),
  classification: noteClassification,
  /** The authoring unit; defaults to the author's first unit with a relation to the person. */
  unitId: z.uuid().optional(),
  /** What the note states as fact, checked against the records (compliance check consistency-note-claims). */
  claims: z.array(z.enum(['ip-exists', 'crisis-plan-exists', 'coordinator-appointed'])).max(3).optional(),
});
export const note = z.object({
  id: z.uuid(),
  title: z.string(),
  body: z.string(),
  classification: noteClassification,
  authorName: z.string(),
  authorUnitName: z.string(),
  createdAt: z.date(),
});
export const notesResponse = z.object({
  items: z.array(note),
  /** Restricted notes that exist but are not shown to this viewer (count only, no content). */
  hiddenRestrictedCount: z.number().int(),
});

export const consentScope = z.enum(['restricted-notes', 'crisis-plan', 'relatives', 'coordination']);
export const createConsentBody = z
  .strictObject({
    scope: consentScope,
    toUnitId: z.uuid().optional(),
    toPartnerId: z.uuid().optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .refine((b) => Boolean(b.toUnitId) !== Boolean(b.toPartnerId), { message: 'Velg enten en enhet eller en samarbeidspartner samtykket gjelder', path: ['toUnitId'] });
export const consent = z.object({
  id: z.uuid(),
  scope: consentScope,
  toUnitId: z.uuid().nullable(),
  toUnitName: z.string().nullable(),
  toPartnerId: z.uuid().nullable(),
  toPartnerName: z.string().nullable(),
  givenAt: z.date(),
  withdrawnAt: z.date().nullable(),
  note: z.string().nullable(),
});
export const consentParams = personIdParams.extend({ consentId: z.uuid() });
