import { z } from 'zod';
import { text } from '../../platform/http/fields.js';
import { idResponse } from '../persons/index.js';
import { responsibilityLevels } from './schema.js';

export { idResponse };

export const level = z.enum(responsibilityLevels, { error: `Nivå: ${responsibilityLevels.join(', ')} (ansvarlig, deltar, informeres)` });
export const matrixParams = z.strictObject({ matrixId: z.uuid() });

export const assignmentBody = z.strictObject({
  party: z.enum(['unit', 'partner'], { error: 'party: unit eller partner' }),
  id: z.uuid({ error: 'Velg enhet eller samarbeidspartner' }),
  level,
});
export const taskBody = z.strictObject({
  name: text(200).min(3, 'Skriv oppgaven (minst 3 tegn)'),
  description: text(2000).nullable().optional(),
  assignments: z.array(assignmentBody).max(100),
});
export const matrixBody = z.strictObject({
  title: text(200).min(3, 'Skriv en tittel (minst 3 tegn)'),
  note: text(5000).nullable().optional(),
  tasks: z.array(taskBody).min(1, 'Matrisen må ha minst én oppgave').max(300),
});
export const approveBody = z.strictObject({ comment: text(2000).optional() }).nullish();

const staffRef = z.object({ id: z.uuid(), displayName: z.string() });
const party = z.object({ party: z.enum(['unit', 'partner']), id: z.uuid(), name: z.string() });
const status = z.enum(['draft', 'current', 'superseded']);
export const finding = z.object({ task: z.string(), kind: z.enum(['no-responsible', 'several-responsible']), detail: z.string(), responsible: z.array(z.string()) });

export const matrixSummary = z.object({
  id: z.uuid(),
  version: z.number().int(),
  title: z.string(),
  status,
  createdBy: staffRef,
  createdAt: z.date(),
  approvedBy: staffRef.nullable(),
  approvedAt: z.date().nullable(),
  findingCount: z.number().int(),
});
export const matrixList = z.object({ items: z.array(matrixSummary) });

export const matrixView = matrixSummary.extend({
  note: z.string().nullable(),
  approvalComment: z.string().nullable(),
  parties: z.array(party),
  tasks: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      description: z.string().nullable(),
      assignments: z.array(party.extend({ level, levelLabel: z.string() })),
    }),
  ),
  findings: z.array(finding),
  sources: z.record(z.string(), z.string()),
});
export const currentMatrix = z.object({ matrix: matrixView.nullable() });
