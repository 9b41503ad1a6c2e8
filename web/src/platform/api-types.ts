// Response types of the API, derived from the server's own Zod schemas (type-only imports, so no
// server code reaches the browser bundle). Dates arrive as ISO strings over JSON.
import type { z } from 'zod';
import type { meSchema } from '../../../server/src/platform/auth/routes.js';
import type { personDetail, personSummary } from '../../../server/src/capabilities/persons/schemas.js';
import type { consent, note, notesResponse } from '../../../server/src/capabilities/notes/schemas.js';
import type { emergencyAccessItem, emergencyView } from '../../../server/src/capabilities/emergency/schemas.js';
import type { accessReviewItem } from '../../../server/src/capabilities/access-reviews/schemas.js';
import type { logEntry } from '../../../server/src/capabilities/access-log/schemas.js';
import type { municipality, partner, staffMember, unit } from '../../../server/src/capabilities/organisation/schemas.js';
import type { henvendelse, intakeOverview, pathwayEntry, referral } from '../../../server/src/capabilities/intake/schemas.js';
import type { kartlegging, scoreResponse } from '../../../server/src/capabilities/assessment/schemas.js';
import type { service, vedtakView } from '../../../server/src/capabilities/vedtak/schemas.js';
import type { task, worklistResponse } from '../../../server/src/capabilities/worklist/schemas.js';
import type { childResponsibleList, relativesOverview } from '../../../server/src/capabilities/relatives/schemas.js';
import type { riskOverview } from '../../../server/src/capabilities/risk/schemas.js';
import type { specialistOverview } from '../../../server/src/capabilities/specialist/schemas.js';
import type { offerList, offerReport, personActivities } from '../../../server/src/capabilities/activities/schemas.js';

/** What a value looks like after JSON.stringify/parse: Date becomes string. */
export type Json<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Json<U>[]
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T;

type Out<S extends z.ZodType> = Json<z.output<S>>;

export type Me = Out<typeof meSchema>;
export type CurrentUser = Me['user'];
export type PersonSummary = Out<typeof personSummary>;
export type PersonDetail = Out<typeof personDetail>;
export type Note = Out<typeof note>;
export type NotesResponse = Out<typeof notesResponse>;
export type Consent = Out<typeof consent>;
export type EmergencyView = Out<typeof emergencyView>;
export type EmergencyAccessItem = Out<typeof emergencyAccessItem>;
export type AccessReviewItem = Out<typeof accessReviewItem>;
export type LogEntry = Out<typeof logEntry>;
export type Unit = Out<typeof unit>;
export type Partner = Out<typeof partner>;
export type StaffMember = Out<typeof staffMember>;
export type Items<T> = { items: T[] };
export type Created = { id: string };

export type Henvendelse = Out<typeof henvendelse>;
export type IntakeOverview = Out<typeof intakeOverview>;
export type PathwayEntry = Out<typeof pathwayEntry>;
export type Referral = Out<typeof referral>;
export type Kartlegging = Out<typeof kartlegging>;
export type ScoreResponse = Out<typeof scoreResponse>;
export type Service = Out<typeof service>;
export type Vedtak = Out<typeof vedtakView>;
export type Task = Out<typeof task>;
export type WorklistResponse = Out<typeof worklistResponse>;
export type RelativesOverview = Out<typeof relativesOverview>;
export type Relative = RelativesOverview['relatives'][number];
export type CheckOutcome = RelativesOverview['checks'][number];
export type ChildResponsibleList = Out<typeof childResponsibleList>;
export type RiskOverview = Out<typeof riskOverview>;
export type SpecialistOverview = Out<typeof specialistOverview>;
export type Admission = SpecialistOverview['admissions'][number];
export type ActivityOffer = Out<typeof offerList>['items'][number];
export type ActivityReport = Out<typeof offerReport>;
export type PersonActivities = Out<typeof personActivities>;
export type { InstrumentItem } from '../../../server/src/capabilities/assessment/instruments/types.js';
/** An instrument as served: the definition in the wording shown, and which wording that is. */
export type { ServedInstrument as InstrumentDefinition } from '../../../server/src/capabilities/assessment/instruments/wording.js';

// Coordination: individual plan, coordinator and KE, team meetings, crisis plan, one-time code.
import type { caseloadResponse, ipOverview, planView, versionItem } from '../../../server/src/capabilities/plans/schemas.js';
import type { coordinationOverview, coordinatorEntry, ipMessage } from '../../../server/src/capabilities/coordination/schemas.js';
import type { meetingView } from '../../../server/src/capabilities/meetings/schemas.js';
import type { crisisPlanOverview } from '../../../server/src/capabilities/crisis-plans/schemas.js';
import type { issuedCode, writtenLanguageView } from '../../../server/src/capabilities/citizen/schemas.js';
export type CaseloadItem = Out<typeof caseloadResponse>['items'][number];
export type IpOverview = Out<typeof ipOverview>;
export type PlanView = Out<typeof planView>;
export type PlanVersion = Out<typeof versionItem>;
export type CoordinationOverview = Out<typeof coordinationOverview>;
export type CoordinatorEntry = Out<typeof coordinatorEntry>;
export type IpMessage = Out<typeof ipMessage>;
export type MeetingView = Out<typeof meetingView>;
export type CrisisPlanOverview = Out<typeof crisisPlanOverview>;
export type IssuedCode = Out<typeof issuedCode>;
export type Municipality = Out<typeof municipality>;
export type WrittenLanguageView = Out<typeof writtenLanguageView>;
export type WrittenLanguage = WrittenLanguageView['writtenLanguage'];
