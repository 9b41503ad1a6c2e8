import { z } from 'zod';
import { text, localDate } from '../../platform/http/fields.js';
import { staffRoles } from '../../platform/access/policy.js';
import { idResponse } from '../persons/index.js';
import { processStepIds, proposalDecisions } from './schema.js';
import { maxPdfBytes, pdfProblem } from './rules.js';

export { idResponse };
const maxBase64 = Math.ceil(maxPdfBytes / 3) * 4;

export const processStep = z.enum(processStepIds, { error: `Velg prosesssteg: ${processStepIds.join(', ')}` });
export const procedureParams = z.strictObject({ procedureId: z.uuid() });
export const versionParams = z.strictObject({ versionId: z.uuid() });
export const proposalParams = z.strictObject({ proposalId: z.uuid() });

const pdfBase64 = z
  .base64({ error: 'PDF-en må sendes som base64', abort: true })
  .max(maxBase64, { error: 'PDF-filen kan være maks 5 MB', abort: true })
  .superRefine((value, ctx) => {
    const problem = pdfProblem(Buffer.from(value, 'base64'));
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const content = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('markdown'), markdown: z.string().max(200_000, 'Maks 200 000 tegn').refine((v) => v.trim().length >= 10, 'Skriv rutinen (minst 10 tegn)') }),
    z.strictObject({ kind: z.literal('pdf'), pdfBase64, fileName: text(200).regex(/\.pdf$/i, 'Filnavnet må slutte på .pdf') }),
  ],
  { error: 'Innhold: { kind: "markdown", markdown } eller { kind: "pdf", pdfBase64, fileName }' },
);

export const versionBody = z.strictObject({
  title: text(200).min(3, 'Skriv en tittel (minst 3 tegn)'),
  processStep,
  content,
  unitIds: z
    .array(z.uuid({ error: 'Ugyldig enhet' }))
    .min(1, 'Velg minst én enhet rutinen gjelder for')
    .max(100)
    .refine((ids) => new Set(ids).size === ids.length, 'En enhet er valgt flere ganger'),
  roles: z
    .array(z.enum(staffRoles, { error: `Ukjent rolle. Velg blant: ${staffRoles.join(', ')}` }))
    .max(staffRoles.length)
    .refine((r) => new Set(r).size === r.length, 'En rolle er valgt flere ganger')
    .default([]),
  validFrom: localDate('Gyldig fra'),
  revisionDue: localDate('Revisjonsdato').optional(),
  changeSummary: text(2000).min(3, 'Beskriv hva som er nytt eller endret'),
});
export const createProcedureBody = versionBody.extend({ ownerId: z.uuid({ error: 'Velg dokumentansvarlig' }).optional() });
export const approveBody = z.strictObject({ comment: text(2000).optional() }).nullish();
export const proposalBody = z.strictObject({ text: text(5000).min(10, 'Beskriv forslaget (minst 10 tegn)') });
export const triageBody = z.strictObject({ decision: z.enum(proposalDecisions, { error: `Beslutning: ${proposalDecisions.join(', ')}` }), comment: text(2000).min(3, 'Skriv en kort begrunnelse') });
export const listQuery = z.strictObject({
  step: processStep.optional(),
  mine: z.enum(['true', 'false'], { error: 'mine: true eller false' }).default('false'),
});

const staffRef = z.object({ id: z.uuid(), displayName: z.string() });
const revisionStatus = z.enum(['ok', 'due-soon', 'overdue']);
const versionState = z.enum(['draft', 'discarded-draft', 'upcoming', 'current', 'superseded']);

export const versionSummary = z.object({
  id: z.uuid(),
  version: z.number().int(),
  state: versionState,
  title: z.string(),
  processStep,
  contentKind: z.enum(['markdown', 'pdf']),
  pdfFileName: z.string().nullable(),
  units: z.array(z.object({ id: z.uuid(), name: z.string() })),
  roles: z.array(z.string()),
  validFrom: z.string(),
  revisionDue: z.string(),
  changeSummary: z.string(),
  createdBy: staffRef,
  createdAt: z.date(),
  approvedBy: staffRef.nullable(),
  approvedAt: z.date().nullable(),
});

export const procedureSummary = z.object({
  id: z.uuid(),
  owner: staffRef,
  title: z.string(),
  processStep,
  stepLabel: z.string(),
  current: versionSummary.nullable(),
  /** The newest unapproved version, shown to those who may edit or approve. */
  draft: versionSummary.nullable(),
  revisionStatus: revisionStatus.nullable(),
  appliesToMe: z.boolean(),
  acknowledgedByMe: z.boolean(),
});
export const procedureList = z.object({ items: z.array(procedureSummary) });

export const processMap = z.object({
  steps: z.array(z.object({ step: processStep, label: z.string(), main: z.boolean(), procedures: z.array(procedureSummary) })),
  source: z.string(),
});

export const versionView = versionSummary.extend({ procedureId: z.uuid(), markdown: z.string().nullable() });

export const proposal = z.object({
  id: z.uuid(),
  version: z.number().int().nullable(),
  text: z.string(),
  proposedBy: staffRef,
  proposedAt: z.date(),
  decision: z.enum(proposalDecisions).nullable(),
  decisionComment: z.string().nullable(),
  decidedAt: z.date().nullable(),
});

const coverageCounts = { affected: z.number().int(), acknowledged: z.number().int(), share: z.number().nullable() };
export const coverageItem = z.object({
  procedureId: z.uuid(),
  versionId: z.uuid(),
  title: z.string(),
  version: z.number().int(),
  revisionDue: z.string(),
  revisionStatus,
  ...coverageCounts,
  perUnit: z.array(z.object({ unitId: z.uuid(), unitName: z.string(), ...coverageCounts })),
});
export const coverageList = z.object({ items: z.array(coverageItem), overdueRevisions: z.number().int(), sources: z.record(z.string(), z.string()) });

export const procedureView = procedureSummary.extend({
  versions: z.array(versionSummary),
  markdown: z.string().nullable(),
  mayEdit: z.boolean(),
  mayApprove: z.boolean(),
  proposals: z.array(proposal),
  coverage: coverageItem.nullable(),
  sources: z.record(z.string(), z.string()),
});

export const acknowledgement = z.object({ versionId: z.uuid(), acknowledgedAt: z.date(), alreadyAcknowledged: z.boolean() });
export const toAcknowledge = z.object({
  items: z.array(z.object({ procedureId: z.uuid(), versionId: z.uuid(), title: z.string(), version: z.number().int(), processStep, stepLabel: z.string(), validFrom: z.string(), changeSummary: z.string() })),
});
