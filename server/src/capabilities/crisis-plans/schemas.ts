import { z } from 'zod';
import { text, localDate } from '../../platform/http/fields.js';
import { idResponse, personIdParams } from '../persons/index.js';
import { riskFlagKinds } from './schema.js';

export { idResponse, personIdParams };

export const contact = z.strictObject({
  name: text(200).min(2, 'Skriv navnet'),
  relation: text(200).min(2, 'Skriv hvem dette er (f.eks. søster, koordinator, legevakt)'),
  phone: text(30).regex(/^\+?[0-9 ]{3,20}$/, 'Telefonnummer kan bare ha siffer, mellomrom og +'),
  reachable: z.enum(['day', 'night', 'day-and-night'], { error: 'Velg når kontakten kan nås' }),
});
export const crisisPlanBody = z.strictObject({
  preparedOn: localDate('Dato planen ble laget'),
  preparedWithPerson: z.literal(true, { error: 'Kriseplanen skal lages sammen med personen' }),
  stablePhase: z.boolean({ error: 'Oppgi om planen ble laget i en stabil fase' }),
  warningSigns: text(5000).min(3, 'Beskriv tidlige varseltegn'),
  triggers: text(5000).nullable().optional(),
  whatHelps: text(5000).min(3, 'Beskriv hva som hjelper'),
  whatToAvoid: text(5000).nullable().optional(),
  medication: text(5000).nullable().optional(),
  contacts: z.array(contact).min(1, 'Oppgi hvem som kan kontaktes dag og natt').max(20),
  personsWishes: text(5000).nullable().optional(),
  reviewDate: localDate('Revisjonsdato'),
});
export const crisisPlanContent = z.object({
  id: z.uuid(),
  version: z.number().int(),
  preparedOn: z.string(),
  stablePhase: z.boolean(),
  warningSigns: z.string(),
  triggers: z.string().nullable(),
  whatHelps: z.string(),
  whatToAvoid: z.string().nullable(),
  medication: z.string().nullable(),
  contacts: z.array(z.object({ name: z.string(), relation: z.string(), phone: z.string(), reachable: z.enum(['day', 'night', 'day-and-night']) })),
  personsWishes: z.string().nullable(),
  reviewDate: z.string(),
  updatedAt: z.date(),
  updatedByName: z.string(),
});
export const riskFlag = z.object({
  id: z.uuid().nullable(),
  kind: z.enum(['violence', 'suicide', 'suicide-screening']),
  label: z.string(),
  since: z.date(),
  note: z.string().nullable(),
  /** From a structured risk assessment (capabilities/risk); null for a flag recorded without one. */
  level: z.enum(['green', 'yellow', 'red']).nullable(),
  safetyMeasure: z.string().nullable(),
});
export const crisisPlanOverview = z.object({
  plan: crisisPlanContent.nullable(),
  sharedWith: z.array(z.object({ consentId: z.uuid(), unitName: z.string().nullable(), partnerName: z.string().nullable(), givenAt: z.date() })),
  riskFlags: z.array(riskFlag),
  requirement: z.object({ checkId: z.string(), source: z.string(), met: z.boolean().nullable(), detail: z.string(), required: z.boolean() }),
});
export const savedResponse = z.object({ id: z.uuid(), version: z.number().int() });
export const riskFlagBody = z.strictObject({ kind: z.enum(riskFlagKinds, { error: 'Velg voldsrisiko eller selvmordsrisiko' }), note: text(2000).min(3, 'Beskriv risikoen og hva den bygger på') });
export const flagParams = personIdParams.extend({ flagId: z.uuid() });
export const clearFlagBody = z.strictObject({ note: text(2000).min(3, 'Begrunn hvorfor flagget fjernes') });
export const pdfQuery = z.strictObject({ large: z.enum(['true', 'false']).default('false') });

/** What the on-call emergency view adds: kept small for one mobile screen. */
export const emergencyExtras = z.object({
  crisisPlan: crisisPlanContent.omit({ id: true, version: true, preparedOn: true, stablePhase: true, updatedByName: true }).nullable(),
  crisisPlanStatus: z.enum(['shown', 'not-shared', 'none']),
  riskFlags: z.array(riskFlag.pick({ kind: true, label: true, since: true, level: true, safetyMeasure: true })),
  coordinator: z.object({ displayName: z.string(), phone: z.string().nullable() }).nullable(),
  closestRelative: z.string().nullable(),
});
