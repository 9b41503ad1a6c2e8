import { z } from 'zod';
import { line } from '../../platform/http/fields.js';
import { writtenLanguageSchema } from '../../platform/i18n/index.js';
import { idResponse, personIdParams } from '../persons/index.js';
import { commentBody, goalParams, pdfQuery, planViewSchema } from '../plans/index.js';
import { crisisPlanOverviewSchema } from '../crisis-plans/index.js';

export { personIdParams, commentBody, idResponse, pdfQuery, planViewSchema, crisisPlanOverviewSchema };
export const ownGoalParams = goalParams.pick({ goalId: true });
export const issuedCode = z.object({ code: z.string(), expiresAt: z.date(), validMinutes: z.number().int() });
export const exchangeBody = z.strictObject({ code: line(20).min(1, 'Skriv koden') });
export const exchangeResponse = z.object({
  user: z.object({ id: z.uuid(), displayName: z.string(), kind: z.literal('person'), personId: z.uuid() }),
  csrfToken: z.string(),
  expiresAt: z.date(),
});

/** The language form the person's pages and letters use, the person's own choice and the municipality's default. */
export const writtenLanguageView = z.object({ writtenLanguage: writtenLanguageSchema, own: writtenLanguageSchema.nullable(), municipality: writtenLanguageSchema });
export const writtenLanguageBody = z.strictObject({ writtenLanguage: writtenLanguageSchema.nullable() });
