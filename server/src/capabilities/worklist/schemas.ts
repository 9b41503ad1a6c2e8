import { z } from 'zod';
import { text } from '../../platform/http/fields.js';
import { taskKindIds } from './kinds.js';

export const worklistQuery = z.strictObject({
  view: z.enum(['mine', 'unit']).default('mine'),
  unitId: z.uuid().optional(),
  status: z.enum(['open', 'done']).default('open'),
  sort: z.enum(['due', 'person', 'kind']).default('due'),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export const task = z.object({
  id: z.uuid(),
  kind: z.enum(taskKindIds as [string, ...string[]]),
  label: z.string(),
  source: z.string(),
  closes: z.enum(['auto', 'manual']),
  personId: z.uuid(),
  personName: z.string(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  assigneeName: z.string().nullable(),
  subjectId: z.uuid(),
  dueDate: z.string(),
  overdue: z.boolean(),
  status: z.enum(['open', 'done']),
  note: z.string().nullable(),
  closedAt: z.date().nullable(),
  /** Who closed a done task by hand; null when it closed itself because what was missing was recorded. */
  closedByName: z.string().nullable(),
});
export const worklistResponse = z.object({ items: z.array(task), today: z.string() });
export const taskParams = z.strictObject({ taskId: z.uuid() });
export const doneBody = z.strictObject({ note: text(2000).min(3, 'Skriv hva som ble gjort') });
