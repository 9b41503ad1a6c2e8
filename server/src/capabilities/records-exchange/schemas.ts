// The Helhet records format, version 1 (docs/import-format.md): one file holds persons with their
// case records. Import and export use the same schema. Staff are referenced by username, units by
// name and services by catalogue code; records inside the file reference each other by `ref`.
import { z } from 'zod';
import { dateRange, line, text as sharedText } from '../../platform/http/fields.js';
import { nationalIdSchema } from '../persons/index.js';
import { claimKinds } from '../notes/index.js';

export const recordsFormatVersion = 1;

const text = (max: number) => sharedText(max).min(1, 'Kan ikke være tom');
const optionalText = (max: number) => sharedText(max).nullable().optional();
const nullableText = (max: number) => sharedText(max).nullable().default(null);
const inRange = (v: string): boolean => v.slice(0, 10) >= dateRange.min && v.slice(0, 10) <= dateRange.max;
const rangeMessage = 'Datoen må være mellom 01.01.1900 og 31.12.2100';
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Dato må skrives ÅÅÅÅ-MM-DD').refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'Ugyldig dato').refine(inRange, rangeMessage);
const instant = z.iso.datetime({ offset: true, error: 'Tidspunkt må være ISO 8601 med tidssone, f.eks. 2024-08-28T10:00:00+02:00' }).refine(inRange, rangeMessage);
const username = text(100);
const unitName = text(200);
const ref = z.string().trim().regex(/^[A-Za-z0-9._:-]{1,80}$/, 'ref kan bare ha bokstaver, siffer og . _ : -');

const claim = z.strictObject({ kind: z.enum(claimKinds, 'Ukjent påstandstype'), text: text(2000), statedOn: localDate.optional() });

const domain = z.strictObject({
  domain: z.enum(['substance-use', 'mental-health', 'somatic-health', 'psychosocial', 'housing', 'violence-risk', 'suicide-risk', 'relatives'], 'Ukjent domene'),
  status: z.enum(['covered', 'partly', 'not-covered']),
  evidenceKind: z.enum(['form', 'instrument', 'journal-note']),
  evidence: text(2000),
  aspects: z.record(z.string(), z.enum(['covered', 'partly', 'not-covered'])).optional(),
});

const instrument = z.strictObject({
  instrumentId: text(20),
  version: text(20),
  answers: z.record(z.string(), z.number()),
  sex: z.enum(['male', 'female']).optional(),
  administeredAt: instant,
  administeredBy: username,
});

const relativesQuestions = z.strictObject({
  hasRelatives: z.boolean().nullable(),
  closestRelative: nullableText(200),
  childrenOrMinorSiblingsAffected: z.boolean().nullable(),
  howToInvolve: nullableText(1000),
  ownNeedsMapped: z.boolean().nullable(),
  childrenFormCompleted: z.boolean().nullable(),
});

const kartlegging = z.strictObject({
  ref,
  unit: unitName,
  occasion: localDate,
  status: z.enum(['in-progress', 'completed', 'declined']),
  meetingDate: localDate.nullable().optional(),
  meetingParticipants: z.array(text(200)).max(30).optional(),
  whatMatters: optionalText(5000),
  relatives: relativesQuestions.nullable().optional(),
  missingDomainsReason: optionalText(2000),
  reofferDate: localDate.nullable().optional(),
  completedAt: instant.nullable().optional(),
  completedBy: username.nullable().optional(),
  createdBy: username,
  domains: z.array(domain).max(8).default([]),
  instruments: z.array(instrument).max(20).default([]),
});

const vedtakRecord = z.strictObject({
  ref,
  unit: unitName,
  kartleggingRef: ref.nullable().optional(),
  serviceCode: text(100),
  legalBasis: text(500),
  scope: text(2000),
  startDate: localDate,
  endDate: localDate.nullable().optional(),
  evaluationDate: localDate.nullable().optional(),
  evaluationResponsible: username.nullable().optional(),
  participation: text(2000),
  appealInfo: text(2000),
  reasoning: text(5000),
  status: z.enum(['draft', 'final', 'ended']),
  decidedAt: instant,
  decidedBy: username,
  claims: z.array(claim).max(20).default([]),
});

const henvendelse = z.strictObject({
  unit: unitName,
  source: z.enum(['person', 'relative', 'gp', 'specialist', 'nav', 'other']),
  channel: z.enum(['phone', 'letter', 'e-message', 'in-person', 'digital-form', 'other']),
  receivedAt: instant,
  content: text(5000),
  firstContactDue: localDate,
  firstContactAt: instant.nullable().optional(),
  triage: z.enum(['pending', 'low-threshold', 'assessment', 'referred-elsewhere', 'no-action']).default('pending'),
  createdBy: username,
});

const ipInformation = z.strictObject({
  unit: unitName,
  informedOn: localDate,
  informedBy: username,
  context: z.enum(['assessment', 'allocation', 'follow-up', 'other']).nullable().optional(),
  methods: z.array(z.enum(['conversation', 'letter', 'leaflet'])).min(1, 'Minst én måte'),
  needsBasis: text(2000),
  answer: z.enum(['wants-ip', 'declines', 'undecided']),
  declineReason: optionalText(2000),
  reaskDate: localDate.nullable().optional(),
});

const planParticipant = z.strictObject({
  kind: z.enum(['person', 'provider', 'relative', 'nav', 'gp', 'dps', 'other']),
  name: text(200),
  role: text(200),
  username: username.nullable().optional(),
  consentGivenAt: instant,
  consentWithdrawnAt: instant.nullable().optional(),
});

const individualPlan = z.strictObject({
  status: z.enum(['active', 'paused', 'closed']),
  reviewIntervalDays: z.number().int().min(1).max(730),
  nextReviewDate: localDate,
  createdAt: instant,
  createdBy: username,
  goals: z.array(z.strictObject({ text: text(2000), status: z.enum(['active', 'achieved', 'dropped']).default('active') })).max(50).default([]),
  measures: z
    .array(z.strictObject({ description: text(2000), responsibleUnit: unitName.nullable().optional(), responsiblePersonName: optionalText(200), startDate: localDate, deadline: localDate, status: z.enum(['planned', 'ongoing', 'done', 'cancelled']).default('planned') }))
    .max(100)
    .default([]),
  participants: z.array(planParticipant).max(50).default([]),
});

const coordinatorRequest = z.strictObject({ reason: text(2000), receivedVia: text(200), requestedAt: instant });

const teamMeeting = z.strictObject({
  purpose: text(500),
  scheduledAt: instant,
  location: text(200),
  organiser: username,
  status: z.enum(['planned', 'cancelled']).default('planned'),
  participants: z.array(z.strictObject({ name: text(200), role: text(200), username: username.nullable().optional(), attended: z.boolean().nullable().optional() })).max(50).default([]),
  minutes: z
    .strictObject({ agenda: z.array(text(500)).max(50), personView: sharedText(5000), decisions: z.array(text(2000)).max(50), recordedAt: instant, recordedBy: username })
    .nullable()
    .optional(),
});

const crisisPlan = z.strictObject({
  preparedOn: localDate,
  preparedWithPerson: z.boolean(),
  stablePhase: z.boolean(),
  warningSigns: text(5000),
  triggers: optionalText(5000),
  whatHelps: text(5000),
  whatToAvoid: optionalText(5000),
  medication: optionalText(5000),
  contacts: z.array(z.strictObject({ name: text(200), relation: text(200), phone: text(30), reachable: z.enum(['day', 'night', 'day-and-night']) })).max(20),
  personsWishes: optionalText(5000),
  reviewDate: localDate,
  createdBy: username,
});

const note = z.strictObject({
  ref,
  unit: unitName,
  author: username,
  classification: z.enum(['shared', 'restricted']),
  title: text(200),
  body: text(20_000),
  writtenAt: instant,
  claims: z.array(claim).max(20).default([]),
});

const teamMember = z.strictObject({ username, teamRole: text(100), from: instant });

export const personRecord = z.strictObject({
  ref,
  nationalId: nationalIdSchema,
  givenName: text(100),
  familyName: text(100),
  phone: optionalText(30),
  address: optionalText(200),
  hasBankId: z.boolean().optional(),
  /** Units with an active case or service for the person (service relations, which give access). */
  units: z.array(unitName).min(1, 'Minst én enhet må ha en sak for personen').max(20),
  team: z.array(teamMember).max(30).default([]),
  henvendelser: z.array(henvendelse).max(50).default([]),
  kartlegginger: z.array(kartlegging).max(20).default([]),
  vedtak: z.array(vedtakRecord).max(50).default([]),
  ipInformation: z.array(ipInformation).max(20).default([]),
  individualPlans: z.array(individualPlan).max(5).default([]),
  coordinatorRequests: z.array(coordinatorRequest).max(20).default([]),
  teamMeetings: z.array(teamMeeting).max(100).default([]),
  crisisPlans: z.array(crisisPlan).max(20).default([]),
  notes: z.array(note).max(500).default([]),
  /** Entries of the digital user card (tjenestekort) in the municipality's care system. */
  userCard: z.array(claim).max(50).default([]),
});
export type PersonRecord = z.infer<typeof personRecord>;

export const recordsFile = z.strictObject({
  format: z.literal('helhet-records', 'format må være «helhet-records»'),
  version: z.literal(recordsFormatVersion, `Bare versjon ${recordsFormatVersion} støttes`),
  exportedAt: instant.optional(),
  persons: z.array(personRecord).min(1, 'Filen har ingen personer').max(1000, 'Maks 1000 personer per fil'),
});
export type RecordsFile = z.infer<typeof recordsFile>;

export const importQuery = z.strictObject({ fileName: line(200).min(1).default('upload.json') });
export const importResult = z.object({
  fileName: z.string(),
  version: z.number().int(),
  persons: z.array(z.object({ ref: z.string(), id: z.uuid() })),
  counts: z.record(z.string(), z.number().int()),
});
export const exportQuery = z.strictObject({ personId: z.union([z.uuid(), z.array(z.uuid()).max(1000)]).optional() });

/** One problem in a file: which record, which field, why. */
export interface ImportError {
  file: string;
  recordIndex: number | null;
  recordRef: string | null;
  field: string;
  reason: string;
}
