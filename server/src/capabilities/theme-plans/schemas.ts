import { z } from 'zod';
import { text } from '../../platform/http/fields.js';
import { idResponse } from '../persons/index.js';
import { measureStatuses } from './schema.js';

export { idResponse };
const year = (what: string) => z.number({ error: `${what} må være et årstall` }).int(`${what} må være et årstall`).min(2000, `${what} må være et årstall fra 2000`).max(2100, `${what} må være før 2100`);

export const measureStatus = z.enum(measureStatuses, { error: `Status: ${measureStatuses.join(', ')}` });
export const planBody = z.strictObject({
  title: text(200).min(3, 'Skriv planens navn (minst 3 tegn)'),
  adoptedBy: text(300).nullable().optional(),
  fromYear: year('Fra år'),
  toYear: year('Til år'),
  goals: z
    .array(
      z.strictObject({
        text: text(1000).min(3, 'Skriv målet (minst 3 tegn)'),
        strategies: z.array(z.strictObject({ text: text(1000).min(3, 'Skriv strategien (minst 3 tegn)'), unitIds: z.array(z.uuid({ error: 'Ugyldig enhet' })).min(1, 'Velg minst én enhet strategien gjelder').max(50) })).max(50),
      }),
    )
    .min(1, 'Planen må ha minst ett mål')
    .max(50),
});
export const planParams = z.strictObject({ planId: z.uuid() });
export const strategyParams = z.strictObject({ strategyId: z.uuid() });
export const measureParams = z.strictObject({ measureId: z.uuid() });
export const measureBody = z.strictObject({
  unitId: z.uuid({ error: 'Velg enheten tiltaket hører til' }),
  description: text(2000).min(10, 'Beskriv tiltaket (eller hvorfor strategien ikke er relevant for enheten), minst 10 tegn'),
  indicator: text(500).nullable().optional(),
  dueDate: z.iso.date({ error: 'Frist må være en gyldig dato (ÅÅÅÅ-MM-DD)' }).nullable().optional(),
  status: measureStatus.default('planned'),
});
export const statusReportBody = z.strictObject({ status: measureStatus, text: text(5000).min(10, 'Skriv statusrapporten (minst 10 tegn)') });

const unitRef = z.object({ id: z.uuid(), name: z.string() });
const gap = z.object({ strategyId: z.uuid(), strategy: z.string(), unitId: z.uuid(), unit: z.string(), detail: z.string() });
const measure = z.object({
  id: z.uuid(),
  unit: unitRef,
  description: z.string(),
  indicator: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: measureStatus,
  statusLabel: z.string(),
  unreported: z.boolean(),
  reports: z.array(z.object({ id: z.uuid(), status: measureStatus, text: z.string(), reportedBy: z.string(), reportedAt: z.date() })),
});
export const planSummary = z.object({ id: z.uuid(), title: z.string(), adoptedBy: z.string().nullable(), fromYear: z.number().int(), toYear: z.number().int(), strategyCount: z.number().int(), measureCount: z.number().int(), gapCount: z.number().int() });
export const planList = z.object({ items: z.array(planSummary) });
export const planView = planSummary.extend({
  goals: z.array(z.object({ id: z.uuid(), text: z.string(), strategies: z.array(z.object({ id: z.uuid(), text: z.string(), units: z.array(unitRef), measures: z.array(measure) })) })),
  gaps: z.array(gap),
  unreportedCount: z.number().int(),
  sources: z.record(z.string(), z.string()),
});
