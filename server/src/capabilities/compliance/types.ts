// The compliance catalogue's vocabulary: a check is a pure function over one person's case snapshot
// and a date, with its legal or guideline source as data. Results name the records and fields that
// decided them, and who should act on them.
import type { RelativesQuestions } from '../assessment/index.js';
import type { HousingFacts } from '../housing/rules.js';
import type { SomaticFacts } from '../somatic/rules.js';
import type { NavFacts } from '../nav/rules.js';
import type { RelativesFacts } from '../relatives/rules.js';
import type { RiskFacts } from '../risk/rules.js';
import type { SpecialistFacts } from '../specialist/rules.js';
import type { ActivityFacts } from '../activities/rules.js';
import type { CheckSource } from '../../platform/law/index.js';

export const complianceStatuses = ['met', 'partly', 'not-met', 'not-applicable'] as const;
export type ComplianceStatus = (typeof complianceStatuses)[number];

/** The record (table) and field that decided a result. */
export interface Evidence {
  record: string;
  id: string;
  field: string;
}

export interface CheckResult {
  status: ComplianceStatus;
  /** Norwegian: what was found, and what is missing. */
  detail: string;
  evidence: Evidence[];
  /** Who should act on a finding: the unit and, when known, the person responsible. */
  responsible?: { unitId?: string | null; userId?: string | null };
}

/** A check's source, always built from the legal-source register (`checkSource` in platform/law). */
export type { CheckSource };

export const checkThemes = ['intake', 'assessment', 'vedtak', 'individual-plan', 'coordinator', 'meetings', 'crisis-plan', 'relatives', 'consistency', 'housing', 'somatic', 'nav', 'risk', 'specialist', 'activities'] as const;
export type CheckTheme = (typeof checkThemes)[number];

/**
 * The one definition of a check: a pure function over some facts `F` and a date, with its source as
 * data. Whole-person capabilities (housing, somatic, nav, relatives, risk, specialist, activities)
 * export `FactCheck`s over their own facts; the catalogue's `CheckDefinition` is a `FactCheck` over
 * the case snapshot with its theme, scope and rule text (checks/whole-person.ts adapts the former).
 */
export interface FactCheck<F> {
  /** Stable id: never renamed, results and history are keyed by it. */
  id: string;
  /** The requirement in plain Norwegian. */
  text: string;
  source: CheckSource;
  evaluate(facts: F, today: string): CheckResult;
}

export interface CheckDefinition extends FactCheck<CaseSnapshot> {
  theme: CheckTheme;
  /** Who or what the check applies to, in Norwegian. */
  appliesTo: string;
  /** The met / partly / not-met rule in Norwegian (also in docs/compliance-checks.md). */
  rule: string;
}

/** The facts the whole-person capabilities' checks read, loaded set-based with the rest of the snapshot. */
export interface WholePersonFacts {
  housing: HousingFacts;
  /** In somatic follow-up: the person has follow-up settings or recorded checks. */
  somaticFollowedUp: boolean;
  somatic: SomaticFacts;
  nav: NavFacts;
  relatives: RelativesFacts;
  risk: RiskFacts;
  specialist: SpecialistFacts;
  activities: ActivityFacts;
}

/** One person's case, as the checks see it. Dates are Europe/Oslo calendar days (YYYY-MM-DD). */
export interface CaseSnapshot {
  personId: string;
  tenantId: string;
  /** Latest hovedforløp, if any. */
  pathway: number | null;
  /** Units with an active case or service (koordinerende enhet excluded). */
  activeUnits: { unitId: string; serviceArea: string | null }[];
  henvendelser: {
    id: string;
    unitId: string;
    receivedOn: string;
    firstContactDue: string;
    firstContactOn: string | null;
    closed: boolean;
  }[];
  kartlegginger: {
    id: string;
    unitId: string;
    occasion: string;
    status: 'in-progress' | 'completed' | 'declined';
    reofferDate: string | null;
    meetingDate: string | null;
    meetingParticipants: number;
    whatMatters: string | null;
    relatives: RelativesQuestions | null;
    missingDomainsReason: string | null;
    createdBy: string;
    domains: { domain: string; status: 'covered' | 'partly' | 'not-covered' }[];
    instruments: { id: string; instrumentId: string; status: 'scored' | 'cannot-score' }[];
  }[];
  vedtak: {
    id: string;
    unitId: string;
    kartleggingId: string | null;
    status: 'draft' | 'final' | 'ended';
    serviceName: string;
    startDate: string;
    endDate: string | null;
    evaluationDate: string | null;
    evaluationResponsibleId: string | null;
    evaluationResponsibleActive: boolean;
    texts: Record<'legalBasis' | 'scope' | 'participation' | 'appealInfo' | 'reasoning', string>;
    evaluation: { id: string; evaluatedOn: string; personParticipated: boolean } | null;
  }[];
  /** Oldest first. */
  ipInformation: { id: string; unitId: string; informedOn: string; informedBy: string; answer: 'wants-ip' | 'declines' | 'undecided'; reaskDate: string | null }[];
  ipMessages: { id: string; kind: 'ip' | 'coordinator'; status: 'open' | 'started' | 'offered' | 'rejected'; dueDate: string; keUnitId: string; receivedOn: string }[];
  plans: {
    id: string;
    status: 'active' | 'paused' | 'closed';
    nextReviewDate: string;
    activeGoals: number;
    /** Participants other than the person, with consent in force. */
    participants: number;
    measures: number;
    measuresWithoutOwner: string[];
    updatedBy: string;
  }[];
  coordinator: { userId: string; unitId: string; assignmentId: string } | null;
  coordinationEvents: { id: string; kind: 'offered' | 'offer-declined' | 'appointed' | 'changed' | 'ended'; occurredOn: string }[];
  coordinatorRequests: { id: string; keUnitId: string; requestedOn: string; answeredOn: string | null }[];
  meetings: { id: string; organiserId: string; meetingDay: string; minutesDueDate: string; cancelled: boolean; hasMinutes: boolean; participants: number }[];
  crisisPlan: { id: string; preparedOn: string; reviewDate: string } | null;
  /** Recorded, not cleared. */
  riskFlags: { id: string; kind: 'violence' | 'suicide' }[];
  /** PHQ-9 item 9 answers above 0 (instrument result ids with the day). */
  suicideScreenings: { id: string; administeredOn: string }[];
  /**
   * Journal notes that state a structured claim (e.g. «IP er utarbeidet»), in the catalogue's claim
   * vocabulary (`ip-exists`, `crisis-plan-exists`, `coordinator-appointed`): from the note form
   * (`notes.claims`) and from imported journal notes (`record_claims` with source `journal-note`,
   * mapped by `recordClaimAsNoteClaim`). One claim is one entry, whichever way it was stored.
   */
  noteClaims: { noteId: string; claim: string; createdOn: string }[];
  /** Structured claims of any source (journal note, user card, decision) as stored in `record_claims`. */
  recordClaims: { id: string; source: 'journal-note' | 'user-card' | 'vedtak'; kind: string; statedOn: string }[];
  wholePerson: WholePersonFacts;
}
