import { z } from 'zod';
import { text, localDate } from '../../platform/http/fields.js';
import { idResponse, personIdParams } from '../persons/index.js';
import { childFollowUpKinds, consentScopes, consentStatuses, supportKinds } from './schema.js';

export { idResponse, personIdParams };
const phone = text(30).regex(/^\+?[0-9 ]{3,20}$/, 'Telefonnummer kan bare ha siffer, mellomrom og +');

export const relativeParams = personIdParams.extend({ relativeId: z.uuid() });
export const unitParams = z.strictObject({ unitId: z.uuid() });

export const relativeBody = z.strictObject({
  name: text(200).min(2, 'Skriv navnet'),
  relation: text(100).min(2, 'Skriv relasjonen (f.eks. mor, sønn, samboer)'),
  phone: phone.nullable().optional(),
  isChild: z.boolean({ error: 'Oppgi om dette er et barn under 18 år' }),
  birthDate: localDate('Fødselsdato').nullable().optional(),
  livesWithPerson: z.boolean().nullable().optional(),
  closest: z.boolean().default(false),
  consentStatus: z.enum(consentStatuses, { error: 'Velg om personen har samtykket til at den pårørende involveres' }),
  consentScopes: z.array(z.enum(consentScopes, { error: 'Ukjent samtykkeomfang' })).max(4).default([]),
  note: text(2000).nullable().optional(),
});
export const relativeUpdateBody = z.strictObject({
  phone: phone.nullable().optional(),
  closest: z.boolean().optional(),
  consentStatus: z.enum(consentStatuses, { error: 'Velg samtykkestatus' }).optional(),
  consentScopes: z.array(z.enum(consentScopes, { error: 'Ukjent samtykkeomfang' })).max(4).optional(),
  ended: z.literal(true, { error: 'Bruk ended: true for å avslutte' }).optional(),
});
export const needsAssessmentBody = z.strictObject({
  assessedOn: localDate('Dato for kartleggingen'),
  needs: text(5000).min(3, 'Beskriv den pårørendes egne behov'),
  careBurden: z.enum(['low', 'moderate', 'heavy'], { error: 'Velg omsorgsbelastning' }),
  supportOffered: z.array(z.enum(supportKinds, { error: 'Ukjent støttetilbud' })).max(6),
  supportAccepted: z.array(z.enum(supportKinds, { error: 'Ukjent støttetilbud' })).max(6),
  nextAssessmentOn: localDate('Neste kartlegging').nullable().optional(),
});
export const childForm = z.strictObject({
  caregiver: text(500).min(2, 'Skriv hvem som har omsorgen for barnet nå'),
  childKnows: z.boolean({ error: 'Oppgi om barnet kjenner til forelderens situasjon' }),
  childNeeds: text(2000).min(3, 'Beskriv barnets behov for informasjon og oppfølging'),
  otherAdultsInvolved: text(500).nullable().optional(),
  barnevernConcern: z.boolean({ error: 'Oppgi om det er grunn til bekymring (meldeplikt til barnevernet)' }),
});
export const childFollowUpBody = z.strictObject({
  kind: z.enum(childFollowUpKinds, { error: 'Velg avklaring, informasjon eller oppfølging' }),
  occurredOn: localDate('Dato'),
  summary: text(5000).min(3, 'Skriv kort hva som ble gjort'),
  form: childForm.optional(),
});
export const childResponsibleBody = z.strictObject({ userId: z.uuid('Velg en ansatt') });

const check = z.object({ id: z.string(), text: z.string(), source: z.object({ law: z.string(), section: z.string() }), status: z.enum(['met', 'partly', 'not-met', 'not-applicable']), detail: z.string() });
export const relative = z.object({
  id: z.uuid(),
  name: z.string(),
  relation: z.string(),
  phone: z.string().nullable(),
  isChild: z.boolean(),
  birthDate: z.string().nullable(),
  livesWithPerson: z.boolean().nullable(),
  closest: z.boolean(),
  consentStatus: z.enum(consentStatuses),
  consentScopes: z.array(z.enum(consentScopes)),
  note: z.string().nullable(),
  needsAssessments: z.array(z.object({ id: z.uuid(), assessedOn: z.string(), needs: z.string(), careBurden: z.enum(['low', 'moderate', 'heavy']), supportOffered: z.array(z.enum(supportKinds)), supportAccepted: z.array(z.enum(supportKinds)), nextAssessmentOn: z.string().nullable(), byName: z.string() })),
  childFollowUps: z.array(z.object({ id: z.uuid(), kind: z.enum(childFollowUpKinds), occurredOn: z.string(), summary: z.string(), form: childForm.nullable(), byName: z.string(), unitName: z.string().nullable(), byChildResponsible: z.boolean() })),
});
export const relativesOverview = z.object({
  relatives: z.array(relative),
  firstContact: z.object({ occasion: z.string(), hasRelatives: z.boolean().nullable(), closestRelative: z.string().nullable(), childrenOrMinorSiblingsAffected: z.boolean().nullable(), howToInvolve: z.string().nullable() }).nullable(),
  servingUnits: z.array(z.object({ id: z.uuid(), name: z.string(), needsChildResponsible: z.boolean(), childResponsibleName: z.string().nullable() })),
  checks: z.array(check),
});
export const childResponsibleList = z.object({
  items: z.array(z.object({ unitId: z.uuid(), unitName: z.string(), needsChildResponsible: z.boolean(), staff: z.array(z.object({ userId: z.uuid(), displayName: z.string(), since: z.date() })), vacant: z.boolean() })),
});
