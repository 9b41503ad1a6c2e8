import { z } from 'zod';
import { integer, line, text, localDate } from '../../platform/http/fields.js';
import { idResponse, personIdParams } from '../persons/index.js';
import { domainIds, domainStatuses } from './domains.js';

export { idResponse, personIdParams };

export const kartleggingParams = z.strictObject({ kartleggingId: z.uuid() });
export const createKartleggingBody = z.strictObject({ unitId: z.uuid(), occasion: localDate('Dato for kartleggingen') });
export const relativesQuestions = z.strictObject({
  hasRelatives: z.boolean().nullable(),
  closestRelative: text(200).nullable(),
  childrenOrMinorSiblingsAffected: z.boolean().nullable(),
  howToInvolve: text(1000).nullable(),
  ownNeedsMapped: z.boolean().nullable(),
  childrenFormCompleted: z.boolean().nullable(),
});
export const updateKartleggingBody = z.strictObject({
  meetingDate: localDate('Møtedato').nullable().optional(),
  meetingParticipants: z.array(text(200).min(1)).max(30).optional(),
  whatMatters: text(5000).nullable().optional(),
  relatives: relativesQuestions.optional(),
  missingDomainsReason: text(2000).nullable().optional(),
});
export const domainBody = z.strictObject({
  domain: z.enum(domainIds as [string, ...string[]], { error: 'Ukjent kartleggingsområde' }),
  status: z.enum(domainStatuses),
  evidenceKind: z.enum(['form', 'instrument', 'journal-note']),
  evidence: text(5000).min(3, 'Beskriv grunnlaget (skjema, instrument eller journalnotat)'),
  aspects: z.record(line(60), z.enum(domainStatuses)).optional(),
});
export const instrumentBody = z.strictObject({
  instrumentId: line(20).min(1),
  version: line(20).min(1),
  answers: z.record(line(40), integer('Svaret', { min: -1000, max: 1000 })),
  sex: z.enum(['male', 'female']).optional(),
});
export const declineBody = z.strictObject({ unitId: z.uuid(), reofferDate: localDate('Dato for nytt tilbud'), note: text(2000).optional() });

export const domainEntry = z.object({ domain: z.string(), label: z.string(), status: z.enum(domainStatuses), evidenceKind: z.string(), evidence: z.string(), aspects: z.record(z.string(), z.enum(domainStatuses)).nullable(), recordedAt: z.date() });
export const instrumentResult = z.object({
  id: z.uuid(),
  instrumentId: z.string(),
  version: z.string(),
  status: z.enum(['scored', 'cannot-score']),
  score: z.number().nullable(),
  band: z.string().nullable(),
  bandLabel: z.string().nullable(),
  suicideRiskPrompt: z.boolean(),
  /** The language the questions were shown in ('en': the published English original). */
  wordingLanguage: z.string(),
  administeredAt: z.date(),
});
export const kartlegging = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  occasion: z.string(),
  status: z.enum(['in-progress', 'completed', 'declined']),
  reofferDate: z.string().nullable(),
  meetingDate: z.string().nullable(),
  meetingParticipants: z.array(z.string()),
  whatMatters: z.string().nullable(),
  relatives: relativesQuestions.nullable(),
  missingDomainsReason: z.string().nullable(),
  completedAt: z.date().nullable(),
  domains: z.array(domainEntry),
  coverage: z.record(z.string(), z.enum(['covered', 'partly', 'not-covered', 'missing'])),
  instruments: z.array(instrumentResult),
  completionProblems: z.array(z.object({ path: z.string(), detail: z.string() })),
});
export const kartleggingList = z.object({ items: z.array(kartlegging) });
export const scoreResponse = z.object({
  id: z.uuid(),
  status: z.enum(['scored', 'cannot-score']),
  score: z.number().nullable(),
  band: z.string().nullable(),
  bandLabel: z.string().nullable(),
  reason: z.string().nullable(),
  suicideRiskPrompt: z.boolean(),
});

const sourceRef = z.object({ citation: z.string(), url: z.string().optional(), note: z.string().optional() });
const band = z.object({ id: z.string(), label: z.string(), min: z.number() });
export const servedInstrument = z.object({
  id: z.string(),
  version: z.string(),
  name: z.string(),
  language: z.string(),
  source: sourceRef,
  instructions: z.string().optional(),
  items: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      hint: z.string().optional(),
      options: z.array(z.object({ value: z.number(), label: z.string(), points: z.number() })).readonly(),
      optional: z.boolean().optional(),
      scored: z.boolean().optional(),
    }),
  ).readonly(),
  scoring: z.object({
    method: z.enum(['sum', 'mean']),
    range: z.object({ min: z.number(), max: z.number() }),
    bands: z.union([z.object({ bySex: z.literal(false), bands: z.array(band).readonly() }), z.object({ bySex: z.literal(true), male: z.array(band).readonly(), female: z.array(band).readonly() })]),
    suicideRiskItem: z.object({ itemId: z.string(), abovePoints: z.number() }).optional(),
    source: sourceRef,
    note: z.string().optional(),
  }),
  /** Which wording is shown: built in, or the municipality's installed licensed wording with its licence. */
  wording: z.object({
    kind: z.enum(['built-in', 'installed']),
    language: z.string(),
    source: sourceRef,
    id: z.uuid().optional(),
    version: z.string().optional(),
    licence: z.object({ holder: z.string(), terms: z.string() }).optional(),
    installedAt: z.string().optional(),
  }),
});
export const instrumentList = z.object({ items: z.array(servedInstrument) });
