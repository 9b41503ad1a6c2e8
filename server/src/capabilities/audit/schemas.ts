import { z } from 'zod';
import { instantText, localDate } from '../../platform/http/fields.js';

const value = z.enum(['Ja', 'Delvis', 'Nei']);

export const sampleParams = z.strictObject({ sampleId: z.uuid('Utvalgs-id må være en gyldig UUID') });
export const caseParams = sampleParams.extend({ personId: z.uuid('Person-id må være en gyldig UUID') });
export const idResponse = z.object({ id: z.uuid() });

export const drawSampleBody = z
  .strictObject({
    title: z.string().trim().min(3, 'Gi utvalget et navn (minst 3 tegn)').max(200),
    from: localDate('Fra-dato'),
    to: localDate('Til-dato'),
    serviceCodes: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
    size: z.number().int().min(1, 'Minst 1 sak').max(200, 'Maks 200 saker'),
    /** Any text; without one the server picks a random seed and records it. */
    seed: z.string().trim().min(1).max(100).optional(),
  })
  .refine((b) => b.from <= b.to, { path: ['to'], message: 'Til-dato må være etter fra-dato' });

export const grantBody = z.strictObject({
  auditorUserId: z.uuid('Velg revisor'),
  validTo: instantText('Gyldig til'),
});

export const sampleSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  criteria: z.object({ from: z.string(), to: z.string(), serviceCodes: z.array(z.string()) }),
  seed: z.string(),
  size: z.number().int(),
  candidateCount: z.number().int(),
  caseCount: z.number().int(),
  drawnAt: z.date(),
  drawnByName: z.string(),
});
export const sampleList = z.object({ items: z.array(sampleSummary) });
export const grant = z.object({ id: z.uuid(), auditorName: z.string(), validFrom: z.date(), validTo: z.date(), revokedAt: z.date().nullable(), cases: z.number().int() });
export const sampleDetail = sampleSummary.extend({
  cases: z.array(z.object({ nr: z.string(), personId: z.uuid(), name: z.string() })),
  grants: z.array(grant),
});

const evidence = z.object({ kind: z.string(), id: z.string().optional(), date: z.string().optional(), text: z.string() });
export const report = z.object({
  sample: sampleSummary,
  generatedAt: z.date(),
  cases: z.array(z.object({ nr: z.string(), personId: z.uuid(), name: z.string() })),
  tables: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      source: z.string(),
      columns: z.array(z.string()),
      rows: z.array(z.object({ nr: z.string(), personId: z.uuid(), cells: z.array(z.object({ value, footnote: z.number().int().nullable() })) })),
      totals: z.array(z.object({ Ja: z.number().int(), Delvis: z.number().int(), Nei: z.number().int() })),
    }),
  ),
  footnotes: z.array(z.object({ n: z.number().int(), table: z.string(), nr: z.string(), column: z.string(), value, text: z.string(), evidence: z.array(evidence) })),
});
export type Report = z.infer<typeof report>;

export const auditCase = z.object({
  nr: z.string(),
  person: z.object({ id: z.uuid(), name: z.string(), birthDate: z.string() }),
  validTo: z.date(),
  kartlegginger: z.array(z.object({ id: z.uuid(), occasion: z.string(), status: z.string(), meetingDate: z.string().nullable(), whatMatters: z.string().nullable(), domains: z.array(z.object({ domain: z.string(), status: z.string(), evidence: z.string() })) })),
  instruments: z.array(z.object({ id: z.uuid(), instrumentId: z.string(), status: z.string(), administeredOn: z.string() })),
  vedtak: z.array(z.object({ id: z.uuid(), serviceName: z.string(), startDate: z.string(), status: z.string(), participation: z.string(), hasPlaceholders: z.boolean() })),
  ipInformation: z.array(z.object({ id: z.uuid(), informedOn: z.string(), context: z.string().nullable(), answer: z.string() })),
  plans: z.array(z.object({ id: z.uuid(), status: z.string(), createdOn: z.string(), goals: z.number().int(), activeParticipants: z.number().int(), nextReviewDate: z.string() })),
  claims: z.array(z.object({ kind: z.string(), source: z.string(), sourceTitle: z.string().nullable(), statedOn: z.string(), text: z.string() })),
  notes: z.array(z.object({ id: z.uuid(), title: z.string(), body: z.string(), createdAt: z.date() })),
  hiddenRestrictedCount: z.number().int(),
});

export const selfAssessmentQuery = z.strictObject({ from: localDate('Fra-dato'), to: localDate('Til-dato') });
export const selfAssessmentBody = z.strictObject({
  from: localDate('Fra-dato'),
  to: localDate('Til-dato'),
  comments: z.record(z.string().max(50), z.string().trim().max(5000, 'Maks 5000 tegn')),
});
export const selfAssessment = z.object({
  from: z.string(),
  to: z.string(),
  personsInScope: z.number().int(),
  themes: z.array(
    z.object({
      id: z.string(),
      question: z.string(),
      source: z.string(),
      figures: z.array(z.object({ label: z.string(), numerator: z.number().int(), denominator: z.number().int(), percent: z.number().nullable() })),
      comment: z.string(),
    }),
  ),
  updatedAt: z.date().nullable(),
  updatedByName: z.string().nullable(),
});
export type SelfAssessment = z.infer<typeof selfAssessment>;
