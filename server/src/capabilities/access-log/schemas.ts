import { z } from 'zod';
import { personIdParams } from '../persons/index.js';

export { personIdParams };
export const logQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(1000).default(200), beforeSeq: z.coerce.number().int().min(1).optional() });
export const logEntry = z.object({
  /** The entry's number in the log (increasing; the cursor for `beforeSeq`). */
  seq: z.number().int(),
  occurredAt: z.date(),
  actorName: z.string(),
  action: z.string(),
  outcome: z.enum(['allowed', 'refused']),
  basis: z.string(),
  reason: z.string().nullable(),
  origin: z.string(),
});
export const logResponse = z.object({ items: z.array(logEntry) });
export const verifyResponse = z.object({
  ok: z.boolean(),
  rowsChecked: z.number().int(),
  breaks: z.array(z.object({ seq: z.number().int(), problem: z.string(), detail: z.string() })),
  variants: z.array(z.object({ seq: z.number().int(), encoding: z.string() })),
  unsealed: z.number().int(),
  checkpointsChecked: z.number().int(),
});
