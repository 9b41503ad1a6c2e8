import { z } from 'zod';
import { personIdParams } from '../persons/index.js';
import { complianceStatuses } from './types.js';

export { personIdParams };

const source = z.object({ law: z.string(), section: z.string(), url: z.string().optional() });
const checkDefinition = z.object({ id: z.string(), theme: z.string(), text: z.string(), source, appliesTo: z.string() });
const evidence = z.object({ record: z.string(), id: z.string(), field: z.string() });
const storedStatus = z.enum(['met', 'partly', 'not-met']);

export const catalogueResponse = z.object({ items: z.array(checkDefinition.extend({ rule: z.string() })) });

export const personCompliance = z.object({
  today: z.string(),
  items: z.array(z.object({ check: checkDefinition, status: z.enum(complianceStatuses), detail: z.string(), evidence: z.array(evidence) })),
});

export const findingsQuery = z.strictObject({
  view: z.enum(['mine', 'unit'], { error: 'Velg mine eller enhet' }).default('mine'),
  status: z.enum(['not-met', 'all-findings'], { error: 'Velg not-met eller all-findings' }).default('all-findings'),
});
export const findingsResponse = z.object({
  items: z.array(z.object({ personId: z.uuid(), personName: z.string(), checkId: z.string(), text: z.string(), source, status: storedStatus, detail: z.string(), unitName: z.string().nullable(), evaluatedAt: z.date() })),
});

export const dashboardQuery = z.strictObject({
  unitId: z.uuid({ error: 'Ugyldig enhets-id' }).optional(),
  months: z.coerce.number({ error: 'Oppgi antall måneder' }).int().min(1, 'Minst 1 måned').max(36, 'Høyst 36 måneder').default(12),
});
const unit = z.object({ id: z.uuid(), name: z.string() }).nullable();
const counts = { met: z.number().int(), partly: z.number().int(), notMet: z.number().int() };
export const dashboardResponse = z.object({
  unit,
  evaluatedAt: z.date().nullable(),
  totals: z.object({ ...counts, applicable: z.number().int(), percentMet: z.number().nullable() }),
  items: z.array(z.object({ checkId: z.string(), theme: z.string(), text: z.string(), source, ...counts, applicable: z.number().int(), percentMet: z.number().nullable() })),
  trend: z.array(z.object({ month: z.string(), ...counts, percentMet: z.number().nullable() })),
});

export const casesQuery = z.strictObject({
  checkId: z.string({ error: 'Velg en kontroll' }).min(1, 'Velg en kontroll').max(100),
  status: storedStatus,
  unitId: z.uuid({ error: 'Ugyldig enhets-id' }).optional(),
});
export const casesResponse = z.object({
  check: checkDefinition,
  status: storedStatus,
  unit,
  total: z.number().int(),
  /** Persons behind the count that the viewer has no relation to: counted, never named. */
  hiddenCount: z.number().int(),
  items: z.array(z.object({ personId: z.uuid(), personName: z.string(), detail: z.string(), unitName: z.string().nullable(), evaluatedAt: z.date() })),
});

export const csvResponse = z.string().describe('text/csv; RFC 4180');
