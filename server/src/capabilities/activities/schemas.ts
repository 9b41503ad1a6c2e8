import { z } from 'zod';
import { text, localDate } from '../../platform/http/fields.js';
import { idResponse, personIdParams } from '../persons/index.js';
import { offerCategories, providerKinds, sobrietyRequirements, targetGroups } from './schema.js';

export { idResponse, personIdParams };

export const offerParams = z.strictObject({ offerId: z.uuid() });
export const participationParams = personIdParams.extend({ participationId: z.uuid() });
export const offerBody = z.strictObject({
  name: text(200).min(2, 'Skriv navnet på tilbudet'),
  providerKind: z.enum(providerKinds, { error: 'Velg kommunal, NAV eller frivillig' }),
  providerName: text(200).min(2, 'Skriv hvem som driver tilbudet'),
  category: z.enum(offerCategories, { error: 'Velg type tilbud' }),
  area: text(100).min(2, 'Skriv område (bydel eller sted)'),
  times: text(300).min(2, 'Skriv når tilbudet er (dager og tider)'),
  sobriety: z.enum(sobrietyRequirements, { error: 'Velg krav om rusfrihet' }),
  targetGroups: z.array(z.enum(targetGroups, { error: 'Ukjent målgruppe' })).min(1, 'Velg minst én målgruppe').max(targetGroups.length),
  description: text(2000).nullable().optional(),
});
export const offerUpdateBody = z.strictObject({ active: z.boolean().optional(), times: text(300).min(2, 'Skriv når tilbudet er').optional() });
export const participationBody = z.strictObject({ offerId: z.uuid('Velg et tilbud'), startedOn: localDate('Startdato'), note: text(1000).nullable().optional() });
export const endParticipationBody = z.strictObject({ endedOn: localDate('Sluttdato') });
export const offersQuery = z.strictObject({ area: text(100).optional(), targetGroup: z.enum(targetGroups).optional(), includeInactive: z.enum(['true', 'false']).default('false') });

export const offer = z.object({
  id: z.uuid(),
  name: z.string(),
  providerKind: z.enum(providerKinds),
  providerName: z.string(),
  category: z.enum(offerCategories),
  area: z.string(),
  times: z.string(),
  sobriety: z.enum(sobrietyRequirements),
  targetGroups: z.array(z.enum(targetGroups)),
  description: z.string().nullable(),
  active: z.boolean(),
  participants: z.number().int(),
});
export const offerList = z.object({ items: z.array(offer) });
export const offerReport = z.object({
  rows: z.array(z.object({ area: z.string(), total: z.number().int(), counts: z.record(z.enum(targetGroups), z.number().int()), withoutSobrietyRequirement: z.number().int(), work: z.number().int() })),
  gaps: z.array(z.string()),
});
const check = z.object({ id: z.string(), text: z.string(), source: z.object({ law: z.string(), section: z.string() }), status: z.enum(['met', 'partly', 'not-met', 'not-applicable']), detail: z.string() });
export const personActivities = z.object({
  items: z.array(z.object({ id: z.uuid(), offerId: z.uuid(), offerName: z.string(), providerName: z.string(), area: z.string(), times: z.string(), startedOn: z.string(), endedOn: z.string().nullable(), note: z.string().nullable() })),
  checks: z.array(check),
});
