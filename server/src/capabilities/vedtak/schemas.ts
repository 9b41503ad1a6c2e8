import { z } from 'zod';
import { text, localDate } from '../../platform/http/fields.js';
import { idResponse, personIdParams } from '../persons/index.js';
import { serviceBasisIds } from '../../platform/law/index.js';

export { idResponse, personIdParams };

export const vedtakParams = z.strictObject({ vedtakId: z.uuid() });
/** The legal bases a service or vedtak rests on: ids from the legal-source register, never typed text. */
export const legalBasisIds = z
  .array(z.enum(serviceBasisIds, { error: 'Velg hjemmel fra listen' }))
  .min(1, 'Velg minst én hjemmel')
  .max(4)
  .refine((ids) => new Set(ids).size === ids.length, 'Samme hjemmel er valgt to ganger');
export const legalBasisOption = z.object({ id: z.enum(serviceBasisIds), label: z.string(), citation: z.string(), appealBody: z.string(), appealWeeks: z.number() });
export const service = z.object({ id: z.uuid(), code: z.string(), name: z.string(), description: z.string(), legalBasis: z.string(), legalBasisIds: z.array(z.string()), active: z.boolean() });
export const createServiceBody = z.strictObject({ code: z.string().trim().regex(/^[a-z0-9-]{2,40}$/, 'Kode: 2–40 tegn a–z, 0–9 og bindestrek'), name: text(150).min(2), description: text(5000).min(10, 'Beskriv tjenesten (minst 10 tegn)'), legalBasisIds });

export const createVedtakBody = z.strictObject({
  unitId: z.uuid(),
  kartleggingId: z.uuid().nullable(),
  serviceId: z.uuid(),
  /** A subset of the service's bases; all of them when left out. */
  legalBasisIds: legalBasisIds.optional(),
  scope: text(2000).min(3, 'Beskriv omfanget av tjenesten'),
  startDate: localDate('Startdato'),
  endDate: localDate('Sluttdato').nullable(),
  evaluationDate: localDate('Evalueringsdato'),
  evaluationResponsibleId: z.uuid({ error: 'Velg hvem som er ansvarlig for evalueringen' }),
  participation: text(2000).min(3, 'Beskriv hvordan personen har medvirket'),
  reasoning: text(10_000).min(3, 'Skriv begrunnelsen for vedtaket'),
  missingDomainsReason: text(2000).nullable().optional(),
});
export const updateVedtakBody = createVedtakBody.omit({ unitId: true }).partial();

export const evaluationBody = z.strictObject({
  evaluatedOn: localDate('Evalueringsdato'),
  personParticipated: z.boolean(),
  personView: text(5000).min(3, 'Skriv personens syn på tjenesten'),
  relativesView: text(5000).nullable().optional(),
  outcome: z.enum(['continue', 'change', 'end']),
  revisionNote: text(5000).min(3, 'Skriv revisjonsnotat til tildelingskontoret'),
  nextStep: z.enum(['new-vedtak', 'closure']),
});

export const evaluation = z.object({ ...evaluationBody.shape, id: z.uuid(), recordedByName: z.string(), recordedAt: z.date(), relativesView: z.string().nullable() });
export const vedtakView = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  kartleggingId: z.uuid().nullable(),
  service: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  legalBasis: z.string(),
  legalBasisIds: z.array(z.string()),
  scope: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  evaluationDate: z.string().nullable(),
  evaluationTaskDate: z.string().nullable(),
  evaluationResponsible: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  participation: z.string(),
  reasoning: z.string(),
  appealInfo: z.string(),
  missingDomainsReason: z.string().nullable(),
  status: z.enum(['draft', 'final', 'ended']),
  finalizedAt: z.date().nullable(),
  finalizeProblems: z.array(z.object({ path: z.string(), detail: z.string() })),
  evaluation: evaluation.nullable(),
});
export const vedtakList = z.object({ items: z.array(vedtakView) });
