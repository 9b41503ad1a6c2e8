// Every role × every endpoint, against both databases: the status and error code each cell must
// answer, and whether an access-log row was written. The expected role lists are written out here
// on purpose (not imported from policy.ts), so a change to who may do what has to be made twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../db/database.js';
import { accessReviews, partners, serviceRelations, units, unitMemberships, users } from '../db/schema.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import type { TestClient } from '../../test/http-client.js';
import { syntheticNationalId } from '../../capabilities/persons/index.js';
import { kartlegginger } from '../../capabilities/assessment/index.js';
import { seedInternalControlCells, type InternalControlCells } from '../../test/internal-control-cells.js';
import { seedCoordinationCells, type CoordinationCells } from '../../test/coordination-cells.js';
import { seedWholePersonCells, type WholePersonCells } from '../../test/whole-person-cells.js';
import { seedCooperationCells, type CooperationCells } from '../../test/cooperation-cells.js';
import { seedRelativesRiskCells, type RelativesRiskCells } from '../../test/relatives-risk-cells.js';
import { staffRoles, type StaffRole } from './policy.js';

type Who = StaffRole | 'person';
const READ: Who[] = ['caseworker', 'service-provider', 'coordinator', 'ke', 'nav-adviser', 'on-call', 'unit-leader', 'quality-adviser'];
const WRITE: Who[] = ['caseworker', 'service-provider', 'coordinator', 'ke', 'nav-adviser'];
const NOTE: Who[] = [...WRITE, 'on-call'];
const CONSENT: Who[] = ['caseworker', 'service-provider', 'coordinator', 'ke'];
const TEAM: Who[] = ['caseworker', 'coordinator', 'ke', 'unit-leader'];
const EMERGENCY: Who[] = ['on-call'];
const ASSESS: Who[] = ['caseworker', 'service-provider', 'coordinator', 'ke'];
const REVIEW: Who[] = ['unit-leader', 'quality-adviser'];
const ACCESS_REVIEW: Who[] = ['unit-leader', 'quality-adviser', 'director'];
const ALL_STAFF: Who[] = [...staffRoles];
const ADMIN: Who[] = ['admin'];
const VERIFY: Who[] = ['admin', 'quality-adviser'];
const PERSON_ONLY: Who[] = ['person'];
const ALL_STAFF_AND_PERSON: Who[] = [...staffRoles, 'person'];
// Coordination: individual plan, coordinator, team meetings, crisis plan (docs/access-model.md).
const IP_INFORM: Who[] = ['caseworker', 'service-provider', 'coordinator', 'ke'];
const KE: Who[] = ['ke'];
const PLAN: Who[] = ['coordinator', 'ke', 'service-provider'];
const MEETING: Who[] = ['coordinator', 'ke'];
const CRISIS: Who[] = ['coordinator', 'service-provider', 'ke'];
const ACCESS_CODE: Who[] = ['caseworker', 'service-provider', 'coordinator', 'ke'];
// Internal control (docs/internal-control.md).
const DEVIATION_HANDLE: Who[] = ['unit-leader', 'quality-adviser', 'director'];
const DEVIATION_STATS: Who[] = ['unit-leader', 'quality-adviser', 'director', 'auditor'];
const PROCEDURE_WRITE: Who[] = ['unit-leader', 'quality-adviser'];
const PROCEDURE_APPROVE: Who[] = ['unit-leader', 'director'];
const PROCEDURE_COVERAGE: Who[] = ['unit-leader', 'quality-adviser', 'director', 'auditor'];
const RESPONSIBILITY_WRITE: Who[] = ['quality-adviser', 'admin'];
const RESPONSIBILITY_APPROVE: Who[] = ['director'];
// Audit and records exchange (docs/audit-report.md, docs/import-format.md).
const AUDIT_LIST: Who[] = ['quality-adviser', 'director', 'auditor'];
const AUDIT_MANAGE: Who[] = ['quality-adviser', 'director'];
const SELF_ASSESSMENT_READ: Who[] = ['unit-leader', 'quality-adviser', 'director', 'auditor'];
const RECORDS_IMPORT: Who[] = ['quality-adviser', 'admin'];
const RECORDS_EXPORT: Who[] = ['caseworker', 'service-provider', 'coordinator', 'ke'];
// Whole-person follow-up: somatic health, housing, NAV (docs/access-model.md).
const SOMATIC: Who[] = ['caseworker', 'service-provider', 'coordinator', 'ke'];
const HOUSING: Who[] = ['caseworker', 'service-provider', 'coordinator', 'ke', 'nav-adviser'];
const HOUSING_STATS: Who[] = ['caseworker', 'service-provider', 'coordinator', 'ke', 'nav-adviser', 'unit-leader', 'quality-adviser', 'director', 'auditor'];
const NAV: Who[] = ['nav-adviser'];
// Cooperation agreements, theme plans, user involvement (docs/internal-control.md).
const AGREEMENT_WRITE: Who[] = ['unit-leader', 'quality-adviser', 'director', 'admin'];
const THEME_PLAN_WRITE: Who[] = ['quality-adviser', 'director', 'admin'];
const THEME_PLAN_MEASURE: Who[] = ['unit-leader', 'quality-adviser', 'director'];
const SURVEY_MANAGE: Who[] = ['unit-leader', 'quality-adviser', 'director', 'admin'];
const SURVEY_RESULTS: Who[] = ['unit-leader', 'quality-adviser', 'director', 'auditor'];
const INVOLVEMENT_WRITE: Who[] = ['unit-leader', 'quality-adviser', 'director', 'admin'];
/** The survey link needs no login: everyone, also a person's session, may use it. */
const EVERYONE: Who[] = [...staffRoles, 'person'];
// Whole-person follow-up (issue #7 items 4–7).
const RELATIVES: Who[] = ['caseworker', 'service-provider', 'coordinator', 'ke'];
const CHILD_RESPONSIBLE: Who[] = ['unit-leader', 'admin'];
const SPECIALIST: Who[] = ['caseworker', 'service-provider', 'coordinator', 'ke'];
const ACTIVITY: Who[] = ['caseworker', 'service-provider', 'coordinator', 'ke', 'nav-adviser', 'unit-leader'];
// Compliance (docs/compliance-checks.md).
const COMPLIANCE_DASHBOARD: Who[] = ['unit-leader', 'quality-adviser', 'director', 'auditor'];
/** Staff whose role allows the action but who are refused on this object (OUTSIDE_RESPONSIBILITY). */
const outsideOf = (allowed: Who[]): Who[] => staffRoles.filter((r) => !allowed.includes(r));

function dayOffset(days: number): string {
  return new Date(Date.now() + days * 86400_000).toISOString().slice(0, 10);
}

interface Ids {
  inScope: string;
  outOfScope: string;
  unitId: string;
  staffId: string;
  partnerId: string;
  counter: () => number;
  /** The person of the cell being run, for routes that take it in the body. */
  currentPerson: string;
  /** An in-progress kartlegging per person. */
  kartlegging: Record<string, string>;
  /** The role of the cell being run, for routes with one record per role. */
  currentWho: Who;
  co: CoordinationCells & { keUserId: string; ownGoal: string };
  ic: InternalControlCells;
  wp: WholePersonCells;
  navAdviserId: string;
  cp: CooperationCells;
  rr: RelativesRiskCells;
  /** An access change in the matrix unit, made by the admin, for the leaders to review. */
  accessReviewId: string;
}

interface Route {
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  path: (personId: string, ids: Ids) => string;
  body?: (ids: Ids) => unknown;
  allowed: Who[];
  /** Person-scoped: needs a relation, and every decision about the person is logged. */
  person: boolean;
  /** Only one success per person (e.g. one declined assessment a day): later allowed cells answer 409. */
  onlyFirst?: boolean;
  /** Roles allowed the action but refused on this record: 403 OUTSIDE_RESPONSIBILITY instead of ROLE_REQUIRED. */
  outside?: Who[];
  /** Person-scoped but opens its own basis (no prior relation needed). */
  opensRelation?: boolean;
  success: number;
}

const routes: Route[] = [
  { name: 'search persons', method: 'GET', path: () => '/api/persons?q=eks', allowed: READ, person: false, success: 200 },
  { name: 'register person', method: 'POST', path: () => '/api/persons', body: (ids) => ({ nationalId: nationalIdFor(ids.counter()), givenName: 'Matrise', familyName: 'Person' }), allowed: WRITE, person: false, success: 201 },
  { name: 'person page', method: 'GET', path: (p) => `/api/persons/${p}`, allowed: READ, person: true, success: 200 },
  { name: 'update person', method: 'PATCH', path: (p) => `/api/persons/${p}`, body: () => ({ phone: '41000000' }), allowed: WRITE, person: true, success: 200 },
  { name: 'read notes', method: 'GET', path: (p) => `/api/persons/${p}/notes`, allowed: READ, person: true, success: 200 },
  { name: 'write note', method: 'POST', path: (p) => `/api/persons/${p}/notes`, body: () => ({ title: 'Matrise', body: 'Notat fra matrisetest', classification: 'shared' }), allowed: NOTE, person: true, success: 201 },
  { name: 'read consents', method: 'GET', path: (p) => `/api/persons/${p}/consents`, allowed: READ, person: true, success: 200 },
  { name: 'record consent', method: 'POST', path: (p) => `/api/persons/${p}/consents`, body: (ids) => ({ scope: 'coordination', toUnitId: ids.unitId }), allowed: CONSENT, person: true, success: 201 },
  { name: 'add team member', method: 'POST', path: (p) => `/api/persons/${p}/team`, body: (ids) => ({ userId: ids.staffId, teamRole: 'Primærkontakt' }), allowed: TEAM, person: true, success: 201 },
  { name: 'person access log', method: 'GET', path: (p) => `/api/persons/${p}/access-log`, allowed: READ, person: true, success: 200 },
  { name: 'emergency view', method: 'GET', path: (p) => `/api/persons/${p}/emergency`, allowed: READ, person: true, success: 200 },
  { name: 'intake overview', method: 'GET', path: (p) => `/api/persons/${p}/intake`, allowed: READ, person: true, success: 200 },
  { name: 'change pathway', method: 'POST', path: (p) => `/api/persons/${p}/pathway`, body: (ids) => ({ pathway: (ids.counter() % 3) + 1, reason: 'Matrisetest' }), allowed: WRITE, person: true, success: 204 },
  { name: 'record referral', method: 'POST', path: (p) => `/api/persons/${p}/referrals`, body: () => ({ level: 'dps', reason: 'Matrisetest' }), allowed: WRITE, person: true, success: 201 },
  { name: 'list kartlegginger', method: 'GET', path: (p) => `/api/persons/${p}/kartlegginger`, allowed: READ, person: true, success: 200 },
  { name: 'start kartlegging', method: 'POST', path: (p) => `/api/persons/${p}/kartlegginger`, body: (ids) => ({ unitId: ids.unitId, occasion: dayOffset(-ids.counter()) }), allowed: ASSESS, person: true, success: 201 },
  { name: 'decline kartlegging', method: 'POST', path: (p) => `/api/persons/${p}/kartlegginger/declined`, body: (ids) => ({ unitId: ids.unitId, reofferDate: dayOffset(30) }), allowed: ASSESS, person: true, success: 201, onlyFirst: true },
  { name: 'read kartlegging', method: 'GET', path: (p, ids) => `/api/kartlegginger/${ids.kartlegging[p]}`, allowed: READ, person: true, success: 200 },
  { name: 'update kartlegging', method: 'PATCH', path: (p, ids) => `/api/kartlegginger/${ids.kartlegging[p]}`, body: () => ({ whatMatters: 'Matrisetest' }), allowed: ASSESS, person: true, success: 204 },
  { name: 'record domain', method: 'PUT', path: (p, ids) => `/api/kartlegginger/${ids.kartlegging[p]}/domains`, body: () => ({ domain: 'housing', status: 'partly', evidenceKind: 'form', evidence: 'Matrisetest' }), allowed: ASSESS, person: true, success: 204 },
  { name: 'score instrument', method: 'POST', path: (p, ids) => `/api/kartlegginger/${ids.kartlegging[p]}/instruments`, body: () => ({ instrumentId: 'CAGE', version: '1', answers: { '1': 0, '2': 1, '3': 0, '4': 0 } }), allowed: ASSESS, person: true, success: 201 },
  { name: 'list instruments', method: 'GET', path: () => '/api/instruments', allowed: ALL_STAFF_AND_PERSON, person: false, success: 200 },
  { name: 'emergency look-up', method: 'GET', path: () => '/api/emergency/lookup?nationalId=00000000000', allowed: EMERGENCY, person: false, success: 404 },
  { name: 'list units', method: 'GET', path: () => '/api/units', allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'create unit', method: 'POST', path: () => '/api/units', body: (ids) => ({ name: `Matriseenhet ${ids.counter()}`, kind: 'team' }), allowed: ADMIN, person: false, success: 201 },
  { name: 'update unit', method: 'PATCH', path: (_p, ids) => `/api/units/${ids.unitId}`, body: () => ({ serviceArea: 'matrise' }), allowed: ADMIN, person: false, success: 204 },
  { name: 'list partners', method: 'GET', path: () => '/api/partners', allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'create partner', method: 'POST', path: () => '/api/partners', body: (ids) => ({ name: `Matrisepartner ${ids.counter()}`, kind: 'annen' }), allowed: ADMIN, person: false, success: 201 },
  { name: 'list staff', method: 'GET', path: () => '/api/staff', allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'create staff', method: 'POST', path: () => '/api/staff', body: (ids) => ({ username: `matrise.ny${ids.counter()}`, displayName: 'Ny Ansatt', roles: ['caseworker'], password: 'et-langt-passord-123' }), allowed: ADMIN, person: false, success: 201 },
  { name: 'update staff', method: 'PATCH', path: (_p, ids) => `/api/staff/${ids.staffId}`, body: () => ({ title: 'Oppdatert' }), allowed: ADMIN, person: false, success: 204 },
  { name: 'read municipality settings', method: 'GET', path: () => '/api/municipality', allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'change municipality language form', method: 'PATCH', path: () => '/api/municipality', body: () => ({ writtenLanguage: 'nb' }), allowed: ADMIN, person: false, success: 200 },
  { name: 'emergency review list', method: 'GET', path: () => '/api/emergency-accesses', allowed: REVIEW, person: false, success: 200 },
  { name: 'access review list', method: 'GET', path: () => '/api/access-reviews', allowed: ACCESS_REVIEW, person: false, success: 200 },
  { name: 'review access change', method: 'POST', path: (_p, ids) => `/api/access-reviews/${ids.accessReviewId}/review`, body: () => ({ comment: 'Gjennomgått i matrisen' }), allowed: ACCESS_REVIEW, person: false, success: 204, onlyFirst: true },
  { name: 'verify access log', method: 'POST', path: () => '/api/access-log/verify', allowed: VERIFY, person: false, success: 200 },
  { name: 'own access log', method: 'GET', path: () => '/api/me/access-log', allowed: PERSON_ONLY, person: false, success: 200 },
  // Avvik: the shared one is handled by the matrix unit's leader; the caseworker owns a measure on it.
  { name: 'report avvik', method: 'POST', path: () => '/api/deviations', body: () => ({ description: 'Matrisetest av avvik', location: 'Matriseenheten', category: 'other', severity: 'minor' }), allowed: ALL_STAFF, person: false, success: 201 },
  { name: 'report avvik about a person', method: 'POST', path: () => '/api/deviations', body: (ids) => ({ description: 'Matrisetest av avvik', location: 'Matriseenheten', category: 'documentation', severity: 'minor', personId: ids.currentPerson }), allowed: ALL_STAFF, person: true, success: 201 },
  { name: 'list avvik', method: 'GET', path: () => '/api/deviations', allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'avvik statistics', method: 'GET', path: () => '/api/deviations/statistics?from=2026-01&to=2026-12', allowed: DEVIATION_STATS, person: false, success: 200 },
  { name: 'read avvik', method: 'GET', path: (_p, ids) => `/api/deviations/${ids.ic.deviation}`, allowed: ['caseworker', ...DEVIATION_HANDLE], outside: outsideOf(['caseworker', ...DEVIATION_HANDLE]), person: false, success: 200 },
  { name: 'assess avvik', method: 'POST', path: (_p, ids) => `/api/deviations/${ids.ic.deviation}/assessment`, body: () => ({ assessment: 'Matrisevurdering' }), allowed: DEVIATION_HANDLE, person: false, success: 204 },
  { name: 'add measure', method: 'POST', path: (_p, ids) => `/api/deviations/${ids.ic.deviation}/measures`, body: (ids) => ({ description: 'Matrisetiltak', ownerId: ids.staffId, deadline: dayOffset(30) }), allowed: DEVIATION_HANDLE, person: false, success: 201 },
  { name: 'complete measure', method: 'POST', path: (_p, ids) => `/api/deviations/${ids.ic.deviation}/measures/${ids.ic.measure[ids.currentWho] ?? ids.ic.measure.caseworker}/done`, allowed: ['caseworker', ...DEVIATION_HANDLE], outside: outsideOf(['caseworker', ...DEVIATION_HANDLE]), person: false, success: 204 },
  { name: 'give feedback', method: 'POST', path: (_p, ids) => `/api/deviations/${ids.ic.deviation}/feedback`, body: () => ({ message: 'Matrisetilbakemelding' }), allowed: DEVIATION_HANDLE, person: false, success: 201 },
  { name: 'forwarding letter', method: 'GET', path: (_p, ids) => `/api/deviations/${ids.ic.deviation}/forwardings/${ids.ic.letter}/letter`, allowed: DEVIATION_HANDLE, person: false, success: 200 },
  { name: 're-route avvik', method: 'POST', path: (_p, ids) => `/api/deviations/${ids.ic.reroute[ids.currentWho] ?? ids.ic.deviation}/reroute`, body: (ids) => ({ concerned: { kind: 'partner', partnerId: ids.partnerId }, reason: 'Gjelder samarbeidspartneren' }), allowed: DEVIATION_HANDLE, person: false, success: 204 },
  { name: 'forward avvik', method: 'POST', path: (_p, ids) => `/api/deviations/${ids.ic.forward[ids.currentWho] ?? ids.ic.deviation}/forward`, body: () => ({}), allowed: DEVIATION_HANDLE, person: false, success: 201 },
  { name: 'record partner answer', method: 'POST', path: (_p, ids) => `/api/deviations/${ids.ic.answer[ids.currentWho] ?? ids.ic.deviation}/partner-answer`, body: () => ({ receivedOn: dayOffset(-1), summary: 'Svar fra partneren' }), allowed: DEVIATION_HANDLE, person: false, success: 204 },
  { name: 'close avvik', method: 'POST', path: (_p, ids) => `/api/deviations/${ids.ic.close[ids.currentWho] ?? ids.ic.deviation}/close`, body: () => ({ conclusion: 'Matrisekonklusjon' }), allowed: DEVIATION_HANDLE, person: false, success: 204 },
  // Procedures: the shared ones apply to the matrix unit, whose leader owns them.
  { name: 'list procedures', method: 'GET', path: () => '/api/procedures?mine=true', allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'process map', method: 'GET', path: () => '/api/procedures/process-map', allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'procedures to read', method: 'GET', path: () => '/api/procedures/to-acknowledge', allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'procedure coverage', method: 'GET', path: () => '/api/procedures/coverage', allowed: PROCEDURE_COVERAGE, person: false, success: 200 },
  { name: 'read procedure', method: 'GET', path: (_p, ids) => `/api/procedures/${ids.ic.procedure}`, allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'read procedure version', method: 'GET', path: (_p, ids) => `/api/procedure-versions/${ids.ic.version}`, allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'procedure PDF', method: 'GET', path: (_p, ids) => `/api/procedure-versions/${ids.ic.pdfVersion}/pdf`, allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'create procedure', method: 'POST', path: () => '/api/procedures', body: (ids) => ({ title: 'Ny matriserutine', processStep: 'general', content: { kind: 'markdown', markdown: '# Rutine\n\nTekst i rutinen.' }, unitIds: [ids.unitId], validFrom: '2026-01-01', changeSummary: 'Første versjon' }), allowed: PROCEDURE_WRITE, person: false, success: 201 },
  { name: 'new procedure version', method: 'POST', path: (_p, ids) => `/api/procedures/${ids.ic.procedure}/versions`, body: (ids) => ({ title: 'Matriserutine', processStep: 'general', content: { kind: 'markdown', markdown: '# Rutine\n\nNy tekst.' }, unitIds: [ids.unitId], validFrom: '2026-01-01', changeSummary: 'Endret' }), allowed: PROCEDURE_WRITE, person: false, success: 201 },
  { name: 'approve procedure version', method: 'POST', path: (_p, ids) => `/api/procedure-versions/${ids.ic.draftVersion[ids.currentWho] ?? ids.ic.version}/approve`, allowed: PROCEDURE_APPROVE, person: false, success: 204 },
  { name: 'acknowledge procedure', method: 'POST', path: (_p, ids) => `/api/procedure-versions/${ids.ic.version}/acknowledge`, allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'propose procedure change', method: 'POST', path: (_p, ids) => `/api/procedures/${ids.ic.procedure}/proposals`, body: () => ({ text: 'Forslag fra matrisetesten' }), allowed: ALL_STAFF, person: false, success: 201 },
  { name: 'triage proposal', method: 'POST', path: (_p, ids) => `/api/procedure-proposals/${ids.ic.proposal[ids.currentWho] ?? ids.ic.proposal.caseworker}/triage`, body: () => ({ decision: 'next-revision', comment: 'Ved neste revisjon' }), allowed: PROCEDURE_WRITE, person: false, success: 204 },
  // Whole-person follow-up: records per person are made by test/whole-person-cells.ts.
  { name: 'somatic page', method: 'GET', path: (p) => `/api/persons/${p}/somatic`, allowed: READ, person: true, success: 200 },
  { name: 'set somatic follow-up', method: 'PUT', path: (p) => `/api/persons/${p}/somatic/follow-up/hiv`, body: () => ({ indicated: true, intervalMonths: 12, reason: 'Matrise' }), allowed: SOMATIC, person: true, success: 204 },
  { name: 'record somatic check', method: 'POST', path: (p) => `/api/persons/${p}/somatic/checks`, body: () => ({ kind: 'nutrition-weight', doneOn: dayOffset(-1), result: 'Stabil vekt' }), allowed: SOMATIC, person: true, success: 201 },
  { name: 'plan GP appointment', method: 'POST', path: (p) => `/api/persons/${p}/gp-appointments`, body: () => ({ scheduledAt: `${dayOffset(7)}T09:00:00Z`, purpose: 'Matrisetime' }), allowed: SOMATIC, person: true, success: 201 },
  { name: 'GP appointment outcome', method: 'POST', path: (p, ids) => `/api/gp-appointments/${ids.wp.byPerson[p]!.appointment}/outcome`, body: () => ({ status: 'attended' }), allowed: SOMATIC, person: true, success: 204, onlyFirst: true },
  { name: 'record health contact', method: 'POST', path: (p) => `/api/persons/${p}/health-contacts`, body: () => ({ contactAt: `${dayOffset(-1)}T10:00:00Z`, reason: 'Matrisekontakt', summary: 'Oppsummering fra matrisetesten' }), allowed: SOMATIC, person: true, success: 201 },
  { name: 'acknowledge GP summary', method: 'POST', path: (p, ids) => `/api/health-contacts/${ids.wp.byPerson[p]!.healthContact}/acknowledge`, body: () => ({}), allowed: SOMATIC, person: true, success: 204, onlyFirst: true },
  { name: 'GP summary PDF', method: 'GET', path: (p, ids) => `/api/health-contacts/${ids.wp.byPerson[p]!.healthContact}/pdf`, allowed: READ, person: true, success: 200 },
  { name: 'somatic worklist', method: 'GET', path: () => '/api/somatic/worklist', allowed: READ, person: false, success: 200 },
  { name: 'housing page', method: 'GET', path: (p) => `/api/persons/${p}/housing`, allowed: READ, person: true, success: 200 },
  { name: 'record housing status', method: 'POST', path: (p) => `/api/persons/${p}/housing/status`, body: () => ({ status: 'temporary', fromDate: dayOffset(-100) }), allowed: HOUSING, person: true, success: 201 },
  { name: 'housing application', method: 'POST', path: (p) => `/api/persons/${p}/housing/applications`, body: () => ({ kind: 'staffed', appliedOn: dayOffset(-5) }), allowed: HOUSING, person: true, success: 201 },
  { name: 'update housing application', method: 'PATCH', path: (p, ids) => `/api/housing-applications/${ids.wp.byPerson[p]!.application}`, body: () => ({ status: 'waiting', waitingPosition: 3 }), allowed: HOUSING, person: true, success: 204 },
  { name: 'temporary stay', method: 'POST', path: (p) => `/api/persons/${p}/housing/temporary-stays`, body: () => ({ place: 'Matrisebolig 2', startDate: dayOffset(-1) }), allowed: HOUSING, person: true, success: 201, onlyFirst: true },
  { name: 'temporary stay exception', method: 'POST', path: (p, ids) => `/api/temporary-stays/${ids.wp.byPerson[p]!.stay}/exception`, body: () => ({ reason: 'Venter på bolig med bemanning' }), allowed: HOUSING, person: true, success: 204 },
  { name: 'record eviction risk', method: 'POST', path: (p) => `/api/persons/${p}/housing/evictions`, body: () => ({ kind: 'risk', occurredOn: dayOffset(-1), cause: 'Matriseårsak' }), allowed: HOUSING, person: true, success: 201 },
  { name: 'resolve eviction risk', method: 'POST', path: (p, ids) => `/api/eviction-events/${ids.wp.byPerson[p]!.eviction}/resolve`, body: () => ({ resolvedOn: dayOffset(-1) }), allowed: HOUSING, person: true, success: 204, onlyFirst: true },
  { name: 'booppfølging plan', method: 'POST', path: (p) => `/api/persons/${p}/housing/follow-up-plans`, body: (ids) => ({ unitId: ids.unitId, goals: 'Matrisemål', visitIntervalDays: 14, startDate: dayOffset(-1) }), allowed: HOUSING, person: true, success: 201 },
  { name: 'home visit', method: 'POST', path: (p, ids) => `/api/follow-up-plans/${ids.wp.byPerson[p]!.plan}/visits`, body: () => ({ visitedOn: dayOffset(-1), note: 'Matrisebesøk' }), allowed: HOUSING, person: true, success: 201 },
  { name: 'end temporary stay', method: 'POST', path: (p, ids) => `/api/temporary-stays/${ids.wp.byPerson[p]!.stay}/end`, body: () => ({ endDate: dayOffset(-1) }), allowed: HOUSING, person: true, success: 204, onlyFirst: true },
  { name: 'end booppfølging plan', method: 'POST', path: (p, ids) => `/api/follow-up-plans/${ids.wp.byPerson[p]!.plan}/end`, body: () => ({ endDate: dayOffset(-1) }), allowed: HOUSING, person: true, success: 204, onlyFirst: true },
  { name: 'housing office overview', method: 'GET', path: () => '/api/housing/overview', allowed: READ, person: false, success: 200 },
  { name: 'housing figures', method: 'GET', path: () => '/api/housing/figures', allowed: HOUSING_STATS, person: false, success: 200 },
  { name: 'NAV page', method: 'GET', path: (p) => `/api/persons/${p}/nav`, allowed: READ, person: true, success: 200 },
  { name: 'NAV § 17 request', method: 'POST', path: (p) => `/api/persons/${p}/nav/guidance`, body: () => ({ requestedOn: dayOffset(-1), topic: 'Matriseveiledning' }), allowed: NAV, person: true, success: 201 },
  { name: 'NAV § 17 decision', method: 'POST', path: (p, ids) => `/api/nav-guidance/${ids.wp.byPerson[p]!.guidance}/decision`, body: () => ({ decision: 'granted', assessment: 'Individuell vurdering i matrisen', decidedOn: dayOffset(-1) }), allowed: NAV, person: true, success: 204, onlyFirst: true },
  { name: 'NAV financial assistance', method: 'POST', path: (p) => `/api/persons/${p}/nav/financial-assistance`, body: () => ({ kind: 'debt-advice', referencedOn: dayOffset(-1) }), allowed: NAV, person: true, success: 201 },
  { name: 'NAV contact person', method: 'PUT', path: (p) => `/api/persons/${p}/nav/contact`, body: (ids) => ({ userId: ids.navAdviserId }), allowed: NAV, person: true, success: 204, onlyFirst: true },
  { name: 'NAV caseload', method: 'GET', path: () => '/api/nav/caseload', allowed: NAV, person: false, success: 200 },
  // Responsibility matrix: the draft is replaced, approved, and then a new draft is made (once).
  { name: 'list responsibility matrices', method: 'GET', path: () => '/api/responsibility-matrices', allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'current responsibility matrix', method: 'GET', path: () => '/api/responsibility-matrices/current', allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'read responsibility matrix', method: 'GET', path: (_p, ids) => `/api/responsibility-matrices/${ids.ic.matrix}`, allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'replace responsibility draft', method: 'PUT', path: (_p, ids) => `/api/responsibility-matrices/${ids.ic.matrix}`, body: (ids) => ({ title: 'Matrisematrise', tasks: [{ name: 'Matriseoppgave', assignments: [{ party: 'unit', id: ids.unitId, level: 'responsible' }] }] }), allowed: RESPONSIBILITY_WRITE, person: false, success: 204 },
  { name: 'approve responsibility matrix', method: 'POST', path: (_p, ids) => `/api/responsibility-matrices/${ids.ic.matrix}/approve`, allowed: RESPONSIBILITY_APPROVE, person: false, success: 204 },
  { name: 'new responsibility matrix', method: 'POST', path: () => '/api/responsibility-matrices', body: (ids) => ({ title: 'Matrisematrise 2', tasks: [{ name: 'Matriseoppgave', assignments: [{ party: 'unit', id: ids.unitId, level: 'responsible' }] }] }), allowed: RESPONSIBILITY_WRITE, person: false, success: 201, onlyFirst: true },
  // Cooperation agreements, theme plans, user involvement: records from test/cooperation-cells.ts (matrix unit as party / concerned unit).
  { name: 'list agreements', method: 'GET', path: () => '/api/agreements', allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'read agreement', method: 'GET', path: (_p, ids) => `/api/agreements/${ids.cp.agreement}`, allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'create agreement', method: 'POST', path: () => '/api/agreements', body: (ids) => ({ title: `Matriseavtale ${ids.counter()}`, purpose: 'Samarbeid i matrisetesten', parties: [{ party: 'unit', id: ids.unitId }, { party: 'partner', id: ids.partnerId }], meetingsPerYear: 4, validFrom: '2025-01-01', ownerId: ids.staffId }), allowed: AGREEMENT_WRITE, person: false, success: 201 },
  { name: 'record agreement meeting', method: 'POST', path: (_p, ids) => `/api/agreements/${ids.cp.agreement}/meetings`, body: () => ({ heldOn: dayOffset(-1), minutes: 'Referat fra matrisemøtet' }), allowed: AGREEMENT_WRITE, person: false, success: 201 },
  { name: 'organisation notices', method: 'GET', path: () => '/api/organisation-notices', allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'mark notice read', method: 'POST', path: (_p, ids) => `/api/organisation-notices/${ids.cp.notice[ids.currentWho] ?? ids.cp.notice.caseworker}/read`, allowed: ALL_STAFF, person: false, success: 204 },
  { name: 'list theme plans', method: 'GET', path: () => '/api/theme-plans', allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'read theme plan', method: 'GET', path: (_p, ids) => `/api/theme-plans/${ids.cp.plan}`, allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'create theme plan', method: 'POST', path: () => '/api/theme-plans', body: (ids) => ({ title: `Matriseplan ${ids.counter()}`, fromYear: 2026, toYear: 2030, goals: [{ text: 'Matrisemål', strategies: [{ text: 'Matrisestrategi', unitIds: [ids.unitId] }] }] }), allowed: THEME_PLAN_WRITE, person: false, success: 201 },
  { name: 'add theme-plan measure', method: 'POST', path: (_p, ids) => `/api/theme-plan-strategies/${ids.cp.strategy}/measures`, body: (ids) => ({ unitId: ids.unitId, description: 'Matrisetiltak for enheten' }), allowed: THEME_PLAN_MEASURE, person: false, success: 201 },
  { name: 'theme-plan status report', method: 'POST', path: (_p, ids) => `/api/theme-plan-measures/${ids.cp.measure}/status-reports`, body: () => ({ status: 'in-progress', text: 'Status fra matrisetesten' }), allowed: THEME_PLAN_MEASURE, person: false, success: 201 },
  { name: 'list surveys', method: 'GET', path: () => '/api/surveys', allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'read survey', method: 'GET', path: (_p, ids) => `/api/surveys/${ids.cp.survey}`, allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'create survey', method: 'POST', path: () => '/api/surveys', body: () => ({ title: 'Matriseundersøkelse', questions: [{ text: 'Matrisespørsmål', scale: 'yes-no' }] }), allowed: SURVEY_MANAGE, person: false, success: 201 },
  { name: 'enter survey answers', method: 'POST', path: (_p, ids) => `/api/surveys/${ids.cp.survey}/responses`, body: (ids) => ({ channel: 'paper', answers: [{ questionId: ids.cp.question, value: 3 }] }), allowed: ALL_STAFF, person: false, success: 201 },
  { name: 'survey results', method: 'GET', path: (_p, ids) => `/api/surveys/${ids.cp.survey}/results`, allowed: SURVEY_RESULTS, person: false, success: 200 },
  { name: 'survey by link', method: 'GET', path: (_p, ids) => `/api/public/surveys/${ids.cp.token}`, allowed: EVERYONE, person: false, success: 200 },
  { name: 'answer survey by link', method: 'POST', path: (_p, ids) => `/api/public/surveys/${ids.cp.token}/responses`, body: (ids) => ({ answers: [{ questionId: ids.cp.question, value: 4 }] }), allowed: EVERYONE, person: false, success: 201 },
  { name: 'open survey link', method: 'POST', path: (_p, ids) => `/api/surveys/${ids.cp.surveyToLink}/link`, allowed: SURVEY_MANAGE, person: false, success: 200 },
  { name: 'close survey', method: 'POST', path: (_p, ids) => `/api/surveys/${ids.cp.surveyToClose}/close`, allowed: SURVEY_MANAGE, person: false, success: 204, onlyFirst: true },
  { name: 'user council', method: 'GET', path: () => '/api/user-council', allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'record council meeting', method: 'POST', path: () => '/api/user-council/meetings', body: () => ({ heldOn: dayOffset(-1), agenda: 'Matrise', minutes: 'Referat fra brukerrådet' }), allowed: INVOLVEMENT_WRITE, person: false, success: 201 },
  { name: 'record council input', method: 'POST', path: (_p, ids) => `/api/user-council/meetings/${ids.cp.councilMeeting}/inputs`, body: (ids) => ({ topic: 'Matrise', text: 'Innspill fra matrisen', unitId: ids.unitId }), allowed: INVOLVEMENT_WRITE, person: false, success: 201 },
  { name: 'follow up council input', method: 'POST', path: (_p, ids) => `/api/user-council/inputs/${ids.cp.councilInput}/follow-up`, body: () => ({ status: 'in-progress', text: 'Følges opp i matrisen' }), allowed: INVOLVEMENT_WRITE, person: false, success: 204 },
  { name: 'list peer workers', method: 'GET', path: () => '/api/peer-workers', allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'register peer worker', method: 'POST', path: () => '/api/peer-workers', body: (ids) => ({ name: 'Matrise Medvirker', unitId: ids.unitId, role: 'Erfaringskonsulent', startedOn: '2026-01-01' }), allowed: INVOLVEMENT_WRITE, person: false, success: 201 },
  { name: 'end peer worker', method: 'POST', path: (_p, ids) => `/api/peer-workers/${ids.cp.peerWorker}/end`, body: () => ({ endedOn: dayOffset(0) }), allowed: INVOLVEMENT_WRITE, person: false, success: 204, onlyFirst: true },
  // Coordination: the records per person are made by test/coordination-cells.ts.
  { name: 'IP information', method: 'GET', path: (p) => `/api/persons/${p}/ip-information`, allowed: READ, person: true, success: 200 },
  { name: 'record IP information', method: 'POST', path: (p) => `/api/persons/${p}/ip-information`, body: (ids) => ({ unitId: ids.unitId, informedOn: dayOffset(-1), methods: ['conversation'], needsBasis: 'Matrisetest', answer: 'wants-ip' }), allowed: IP_INFORM, person: true, success: 201 },
  { name: 'person plan', method: 'GET', path: (p) => `/api/persons/${p}/plan`, allowed: READ, person: true, success: 200 },
  { name: 'create plan', method: 'POST', path: (p) => `/api/persons/${p}/plan`, body: () => ({ reviewIntervalDays: 90 }), allowed: PLAN, person: true, success: 201, onlyFirst: true },
  { name: 'read plan', method: 'GET', path: (p, ids) => `/api/plans/${ids.co.byPerson[p]!.plan}`, allowed: READ, person: true, success: 200 },
  { name: 'update plan', method: 'PATCH', path: (p, ids) => `/api/plans/${ids.co.byPerson[p]!.plan}`, body: () => ({ nextReviewDate: dayOffset(100) }), allowed: PLAN, person: true, success: 204 },
  { name: 'add goal', method: 'POST', path: (p, ids) => `/api/plans/${ids.co.byPerson[p]!.plan}/goals`, body: () => ({ text: 'Matrisemål' }), allowed: PLAN, person: true, success: 201 },
  { name: 'update goal', method: 'PATCH', path: (p, ids) => `/api/plans/${ids.co.byPerson[p]!.plan}/goals/${ids.co.byPerson[p]!.goal}`, body: () => ({ text: 'Endret matrisemål' }), allowed: PLAN, person: true, success: 204 },
  { name: 'comment on goal', method: 'POST', path: (p, ids) => `/api/plans/${ids.co.byPerson[p]!.plan}/goals/${ids.co.byPerson[p]!.goal}/comments`, body: () => ({ text: 'Matrisekommentar' }), allowed: PLAN, person: true, success: 201 },
  { name: 'add plan measure', method: 'POST', path: (p, ids) => `/api/plans/${ids.co.byPerson[p]!.plan}/measures`, body: (ids) => ({ description: 'Matrisetiltak', responsibleUnitId: ids.unitId, responsiblePersonName: 'Matrise', startDate: dayOffset(0), deadline: dayOffset(30) }), allowed: PLAN, person: true, success: 201 },
  { name: 'update plan measure', method: 'PATCH', path: (p, ids) => `/api/plans/${ids.co.byPerson[p]!.plan}/measures/${ids.co.byPerson[p]!.measure}`, body: () => ({ status: 'ongoing' }), allowed: PLAN, person: true, success: 204 },
  { name: 'add participant', method: 'POST', path: (p, ids) => `/api/plans/${ids.co.byPerson[p]!.plan}/participants`, body: () => ({ kind: 'relative', name: 'Matrise Bror', role: 'Bror', consent: true }), allowed: PLAN, person: true, success: 201 },
  { name: 'withdraw participant consent', method: 'POST', path: (p, ids) => `/api/plans/${ids.co.byPerson[p]!.plan}/participants/${ids.co.byPerson[p]!.participant}/withdraw`, body: () => ({ note: 'Personen trakk samtykket' }), allowed: PLAN, person: true, success: 204, onlyFirst: true },
  { name: 'plan versions', method: 'GET', path: (p, ids) => `/api/plans/${ids.co.byPerson[p]!.plan}/versions`, allowed: READ, person: true, success: 200 },
  { name: 'plan version', method: 'GET', path: (p, ids) => `/api/plans/${ids.co.byPerson[p]!.plan}/versions/1`, allowed: READ, person: true, success: 200 },
  { name: 'plan PDF', method: 'GET', path: (p, ids) => `/api/plans/${ids.co.byPerson[p]!.plan}/pdf?large=true`, allowed: READ, person: true, success: 200 },
  { name: 'coordination overview', method: 'GET', path: (p) => `/api/persons/${p}/coordination`, allowed: READ, person: true, success: 200 },
  { name: 'message to KE', method: 'POST', path: (p) => `/api/persons/${p}/ip-messages`, body: () => ({ kind: 'ip', source: 'gp', content: 'Matrisetest' }), allowed: IP_INFORM, person: true, success: 201 },
  { name: 'reject message', method: 'POST', path: (p, ids) => `/api/ip-messages/${ids.co.byPerson[p]!.message}/reject`, body: () => ({ reason: 'Vilkårene er ikke oppfylt i matrisen' }), allowed: KE, person: true, success: 204, onlyFirst: true },
  { name: 'appoint coordinator', method: 'POST', path: (p) => `/api/persons/${p}/coordinator`, body: (ids) => ({ coordinatorId: ids.co.coordinatorId, basis: 'ip', reason: 'Matrisetest', chosenWithPerson: true }), allowed: KE, person: true, success: 204, onlyFirst: true },
  { name: 'coordinator offer', method: 'POST', path: (p) => `/api/persons/${p}/coordinator-offer`, body: () => ({ accepted: true, note: 'Takket ja' }), allowed: KE, person: true, success: 204 },
  { name: 'end coordinator', method: 'POST', path: (p) => `/api/persons/${p}/coordinator/end`, body: () => ({ reason: 'Matrisetest' }), allowed: KE, person: true, success: 204, onlyFirst: true },
  { name: 'request new coordinator', method: 'POST', path: (p) => `/api/persons/${p}/coordinator-requests`, body: () => ({ reason: 'Ønsker ny koordinator', receivedVia: 'Samtale' }), allowed: IP_INFORM, person: true, success: 201 },
  { name: 'list meetings', method: 'GET', path: (p) => `/api/persons/${p}/meetings?q=matrise`, allowed: READ, person: true, success: 200 },
  { name: 'call meeting', method: 'POST', path: (p) => `/api/persons/${p}/meetings`, body: () => ({ scheduledAt: new Date(Date.now() + 7 * 86400_000).toISOString(), location: 'Møterom', purpose: 'Matrisemøte', invitees: [{ name: 'Matrise Pårørende', role: 'Søster' }] }), allowed: MEETING, person: true, success: 201 },
  { name: 'read meeting', method: 'GET', path: (p, ids) => `/api/meetings/${ids.co.byPerson[p]!.meeting}`, allowed: READ, person: true, success: 200 },
  { name: 'record minutes', method: 'POST', path: (p, ids) => `/api/meetings/${ids.co.byPerson[p]!.meeting}/minutes`, body: (ids) => ({ agenda: ['Matrise'], personView: 'Personens syn', attendance: [{ participantId: ids.co.byPerson[ids.currentPerson]!.meetingParticipant, attended: true }] }), allowed: MEETING, person: true, success: 204, onlyFirst: true },
  { name: 'cancel meeting', method: 'POST', path: (p, ids) => `/api/meetings/${ids.co.byPerson[p]!.meetingToCancel}/cancel`, body: () => ({ reason: 'Matrisetest' }), allowed: MEETING, person: true, success: 204, onlyFirst: true },
  { name: 'complete meeting action', method: 'POST', path: (p, ids) => `/api/meeting-actions/${ids.co.byPerson[p]!.action}/done`, body: () => ({}), allowed: MEETING, person: true, success: 204, onlyFirst: true },
  { name: 'crisis plan', method: 'GET', path: (p) => `/api/persons/${p}/crisis-plan`, allowed: READ, person: true, success: 200 },
  { name: 'save crisis plan', method: 'PUT', path: (p) => `/api/persons/${p}/crisis-plan`, body: () => ({ preparedOn: dayOffset(0), preparedWithPerson: true, stablePhase: true, warningSigns: 'Matrise', whatHelps: 'Matrise', contacts: [{ name: 'Legevakten', relation: 'Legevakt', phone: '116117', reachable: 'day-and-night' }], reviewDate: dayOffset(180) }), allowed: CRISIS, person: true, success: 200 },
  { name: 'crisis plan PDF', method: 'GET', path: (p) => `/api/persons/${p}/crisis-plan/pdf`, allowed: READ, person: true, success: 200 },
  { name: 'record risk flag', method: 'POST', path: (p) => `/api/persons/${p}/risk-flags`, body: () => ({ kind: 'violence', note: 'Matrisetest' }), allowed: CRISIS, person: true, success: 201, onlyFirst: true },
  { name: 'clear risk flag', method: 'POST', path: (p, ids) => `/api/persons/${p}/risk-flags/${ids.co.byPerson[p]!.flag}/clear`, body: () => ({ note: 'Vurdert på nytt' }), allowed: CRISIS, person: true, success: 204, onlyFirst: true },
  { name: 'issue one-time code', method: 'POST', path: (p) => `/api/persons/${p}/access-codes`, allowed: ACCESS_CODE, person: true, success: 201 },
  { name: 'my caseload', method: 'GET', path: () => '/api/me/caseload', allowed: READ, person: false, success: 200 },
  { name: 'KE inbox', method: 'GET', path: () => '/api/ke/inbox?status=all', allowed: KE, person: false, success: 200 },
  { name: 'coordinator register', method: 'GET', path: () => '/api/coordinators', allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'register coordinator', method: 'POST', path: () => '/api/coordinators', body: (ids) => ({ userId: ids.co.keUserId, unitId: ids.unitId }), allowed: KE, person: false, success: 201, onlyFirst: true },
  { name: 'update coordinator', method: 'PATCH', path: (_p, ids) => `/api/coordinators/${ids.co.coordinatorId}`, body: () => ({ active: true }), allowed: KE, person: false, success: 204 },
  { name: 'record coordinator training', method: 'POST', path: (_p, ids) => `/api/coordinators/${ids.co.coordinatorId}/training`, body: () => ({ module: 'individual-plan', completedOn: dayOffset(-10) }), allowed: KE, person: false, success: 201 },
  { name: 'own plan', method: 'GET', path: () => '/api/me/plan', allowed: PERSON_ONLY, person: false, success: 200 },
  { name: 'own plan PDF', method: 'GET', path: () => '/api/me/plan/pdf', allowed: PERSON_ONLY, person: false, success: 200 },
  { name: 'comment on own goal', method: 'POST', path: (_p, ids) => `/api/me/plan/goals/${ids.co.ownGoal}/comments`, body: () => ({ text: 'Min kommentar' }), allowed: PERSON_ONLY, person: false, success: 201 },
  { name: 'own crisis plan', method: 'GET', path: () => '/api/me/crisis-plan', allowed: PERSON_ONLY, person: false, success: 200 },
  { name: 'own crisis plan PDF', method: 'GET', path: () => '/api/me/crisis-plan/pdf', allowed: PERSON_ONLY, person: false, success: 200 },
  { name: 'own language form', method: 'GET', path: () => '/api/me/written-language', allowed: PERSON_ONLY, person: false, success: 200 },
  { name: 'choose own language form', method: 'PUT', path: () => '/api/me/written-language', body: () => ({ writtenLanguage: null }), allowed: PERSON_ONLY, person: false, success: 200 },
  { name: 'list audit samples', method: 'GET', path: () => '/api/audit/samples', allowed: AUDIT_LIST, person: false, success: 200 },
  // The matrix municipality has no decided vedtak, so an allowed draw answers 422 «no candidates»; the draw, grants, report and the auditor's case view are proven in audit/routes.test.ts.
  { name: 'draw audit sample', method: 'POST', path: () => '/api/audit/samples', body: () => ({ title: 'Matriseutvalg', from: '2020-01-01', to: '2020-12-31', size: 3, seed: 'matrise' }), allowed: AUDIT_MANAGE, person: false, success: 422 },
  { name: 'self-assessment', method: 'GET', path: () => '/api/self-assessment?from=2026-01-01&to=2026-12-31', allowed: SELF_ASSESSMENT_READ, person: false, success: 200 },
  { name: 'save self-assessment', method: 'PUT', path: () => '/api/self-assessment', body: () => ({ from: '2026-01-01', to: '2026-12-31', comments: { cooperation: 'Matrise' } }), allowed: AUDIT_MANAGE, person: false, success: 204 },
  { name: 'self-assessment PDF', method: 'GET', path: () => '/api/self-assessment/pdf?from=2026-01-01&to=2026-12-31', allowed: SELF_ASSESSMENT_READ, person: false, success: 200 },
  { name: 'import records', method: 'POST', path: () => '/api/records/import?fileName=matrise.json', body: (ids) => ({ format: 'helhet-records', version: 1, persons: [{ ref: 'matrise', nationalId: nationalIdFor(ids.counter()), givenName: 'Matrise', familyName: 'Import', units: ['Tildelingskontoret'] }] }), allowed: RECORDS_IMPORT, person: false, success: 201 },
  { name: 'export records', method: 'GET', path: (p) => `/api/records/export?personId=${p}`, allowed: RECORDS_EXPORT, person: true, success: 200 },
  // Whole-person follow-up: the records per person are made by test/relatives-risk-cells.ts.
  { name: 'relatives', method: 'GET', path: (p) => `/api/persons/${p}/relatives`, allowed: READ, person: true, success: 200 },
  { name: 'add relative', method: 'POST', path: (p) => `/api/persons/${p}/relatives`, body: () => ({ name: 'Matrise Bror', relation: 'Bror', isChild: false, consentStatus: 'not-asked' }), allowed: RELATIVES, person: true, success: 201 },
  { name: 'update relative', method: 'PATCH', path: (p, ids) => `/api/persons/${p}/relatives/${ids.rr.byPerson[p]!.adult}`, body: () => ({ consentStatus: 'given', consentScopes: ['participation'] }), allowed: RELATIVES, person: true, success: 204 },
  { name: 'relative needs assessment', method: 'POST', path: (p, ids) => `/api/persons/${p}/relatives/${ids.rr.byPerson[p]!.adult}/needs-assessments`, body: () => ({ assessedOn: dayOffset(0), needs: 'Matrisebehov', careBurden: 'moderate', supportOffered: ['conversation'], supportAccepted: [] }), allowed: RELATIVES, person: true, success: 201 },
  { name: 'child follow-up', method: 'POST', path: (p, ids) => `/api/persons/${p}/relatives/${ids.rr.byPerson[p]!.child}/child-follow-ups`, body: () => ({ kind: 'information', occurredOn: dayOffset(0), summary: 'Informasjon gitt' }), allowed: RELATIVES, person: true, success: 201 },
  { name: 'child-responsible staff', method: 'GET', path: () => '/api/child-responsible', allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'appoint child-responsible', method: 'PUT', path: (_p, ids) => `/api/units/${ids.unitId}/child-responsible`, body: (ids) => ({ userId: ids.staffId }), allowed: CHILD_RESPONSIBLE, person: false, success: 204 },
  { name: 'risk overview', method: 'GET', path: (p) => `/api/persons/${p}/risk`, allowed: READ, person: true, success: 200 },
  { name: 'risk assessment', method: 'POST', path: (p) => `/api/persons/${p}/risk-assessments`, body: (ids) => ({ kind: 'violence', assessedOn: dayOffset(0), level: 'yellow', method: 'Klinisk', basis: 'Matrisegrunnlag', safetyMeasure: 'To ansatte', ownerId: ids.staffId, reviewDate: dayOffset(14) }), allowed: CRISIS, person: true, success: 201 },
  { name: 'specialist overview', method: 'GET', path: (p) => `/api/persons/${p}/specialist`, allowed: READ, person: true, success: 200 },
  { name: 'record admission', method: 'POST', path: (p) => `/api/persons/${p}/admissions`, body: (ids) => ({ partnerId: ids.rr.hospitalId, admittedAt: new Date(Date.now() - 3600_000).toISOString() }), allowed: SPECIALIST, person: true, success: 201 },
  { name: 'update admission', method: 'PATCH', path: (p, ids) => `/api/persons/${p}/admissions/${ids.rr.byPerson[p]!.admission}`, body: () => ({ servicesInPlace: ['coordinator'] }), allowed: SPECIALIST, person: true, success: 204 },
  { name: 'hospital message', method: 'POST', path: (p, ids) => `/api/persons/${p}/admissions/${ids.rr.byPerson[p]!.admission}/messages`, body: () => ({ kind: 'ready-for-discharge', receivedAt: new Date(Date.now() - 3600_000).toISOString() }), allowed: SPECIALIST, person: true, success: 201 },
  { name: 'link avvik to admission', method: 'POST', path: (p) => `/api/persons/${p}/specialist-deviations`, body: (ids) => ({ deviationId: ids.rr.byPerson[ids.currentPerson]!.deviation, admissionId: ids.rr.byPerson[ids.currentPerson]!.admission }), allowed: SPECIALIST, person: true, success: 201, onlyFirst: true },
  { name: 'activity offers', method: 'GET', path: () => '/api/activity-offers', allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'activity offers report', method: 'GET', path: () => '/api/activity-offers/report', allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'create activity offer', method: 'POST', path: () => '/api/activity-offers', body: (ids) => ({ name: `Matrisetilbud ${ids.counter()}`, providerKind: 'voluntary', providerName: 'Matrise', category: 'social', area: 'Matrise', times: 'Fredager', sobriety: 'required', targetGroups: ['all-adults'] }), allowed: ACTIVITY, person: false, success: 201 },
  { name: 'update activity offer', method: 'PATCH', path: (_p, ids) => `/api/activity-offers/${ids.rr.offerId}`, body: () => ({ times: 'Daglig 10–14' }), allowed: ACTIVITY, person: false, success: 204 },
  { name: 'person activities', method: 'GET', path: (p) => `/api/persons/${p}/activities`, allowed: READ, person: true, success: 200 },
  { name: 'end activity', method: 'POST', path: (p, ids) => `/api/persons/${p}/activities/${ids.rr.byPerson[p]!.participation}/end`, body: () => ({ endedOn: dayOffset(0) }), allowed: WRITE, person: true, success: 204, onlyFirst: true },
  { name: 'join activity', method: 'POST', path: (p) => `/api/persons/${p}/activities`, body: (ids) => ({ offerId: ids.rr.offerId, startedOn: dayOffset(0) }), allowed: WRITE, person: true, success: 201, onlyFirst: true },
  { name: 'compliance catalogue', method: 'GET', path: () => '/api/compliance/checks', allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'person compliance', method: 'GET', path: (p) => `/api/persons/${p}/compliance`, allowed: READ, person: true, success: 200 },
  { name: 'compliance findings', method: 'GET', path: () => '/api/compliance/findings?view=unit', allowed: READ, person: false, success: 200 },
  { name: 'compliance dashboard', method: 'GET', path: () => '/api/compliance/dashboard', allowed: COMPLIANCE_DASHBOARD, person: false, success: 200 },
  { name: 'compliance dashboard CSV', method: 'GET', path: () => '/api/compliance/dashboard.csv', allowed: COMPLIANCE_DASHBOARD, person: false, success: 200 },
  { name: 'compliance drill-down', method: 'GET', path: () => '/api/compliance/cases?checkId=crisis-plan&status=not-met', allowed: COMPLIANCE_DASHBOARD, person: false, success: 200 },
  { name: 'compliance drill-down CSV', method: 'GET', path: () => '/api/compliance/cases.csv?checkId=crisis-plan&status=not-met', allowed: COMPLIANCE_DASHBOARD, person: false, success: 200 },
  // These two open a basis themselves, so they run last (they would otherwise change later cells).
  { name: 'open case relation', method: 'POST', path: (p) => `/api/persons/${p}/service-relations`, body: (ids) => ({ unitId: ids.unitId, reason: 'Ny henvendelse' }), allowed: WRITE, person: true, opensRelation: true, success: 201 },
  { name: 'register henvendelse', method: 'POST', path: () => '/api/henvendelser', body: (ids) => ({ personId: ids.currentPerson, unitId: ids.unitId, source: 'person', channel: 'phone', receivedAt: new Date(Date.now() - 3600_000).toISOString(), content: 'Matrisetest' }), allowed: WRITE, person: true, opensRelation: true, success: 201 },
  { name: 'open emergency access', method: 'POST', path: (p) => `/api/persons/${p}/emergency-access`, body: () => ({ reason: 'Akutt situasjon på natt, trenger kriseinfo' }), allowed: EMERGENCY, person: true, opensRelation: true, success: 201 },
];

function nationalIdFor(n: number): string {
  for (let serial = n * 3; ; serial++) {
    const id = syntheticNationalId('1975-08-20', serial);
    if (id) return id;
  }
}

const everyone: Who[] = [...staffRoles, 'person'];

for (const database of testDatabases()) {
  describe(`${database.name}: access matrix, every role × every endpoint`, () => {
    let app: RunningApp;
    const clients = new Map<Who, TestClient>();
    let ids: Ids;

    beforeAll(async () => {
      app = await startTestApp(database);
      const { db } = app.database;
      const { tenantId } = app.seed;
      const [unit] = await db.insert(units).values({ tenantId, name: 'Matriseenheten', kind: 'team' }).returning({ id: units.id });
      const [template] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.username, 'kari.saksbehandler'));
      let staffId = '';
      const roleUsers: Record<string, string> = {};
      for (const role of staffRoles) {
        const [user] = await db.insert(users).values({ tenantId, username: `matrise.${role}`, displayName: `Matrise ${role}`, kind: 'staff', roles: [role], passwordHash: template!.hash }).returning({ id: users.id });
        await db.insert(unitMemberships).values({ tenantId, userId: user!.id, unitId: unit!.id, validFrom: new Date(Date.now() - 86400_000) });
        if (role === 'caseworker') staffId = user!.id;
        roleUsers[role] = user!.id;
      }
      const inScope = app.seed.personIds[3]!; // Lise Eksempel
      await db.insert(serviceRelations).values({ tenantId, personId: inScope, unitId: unit!.id, reason: 'Matrisetest', validFrom: new Date(Date.now() - 86400_000) });
      let n = 0;
      const outOfScope = app.seed.personIds[7]!;
      const kartlegging: Record<string, string> = {};
      for (const personId of [inScope, outOfScope]) {
        const [k] = await db.insert(kartlegginger).values({ tenantId, personId, unitId: unit!.id, occasion: '2026-01-01', createdBy: staffId }).returning({ id: kartlegginger.id });
        kartlegging[personId] = k!.id;
      }
      const [partner] = await db.select({ id: partners.id }).from(partners).where(eq(partners.tenantId, tenantId)).limit(1);
      const ic = await seedInternalControlCells(db, { tenantId, unitId: unit!.id, reporterId: app.seed.userIds['kari.saksbehandler']!, ownerId: roleUsers['unit-leader']!, measureOwnerId: staffId, partnerId: partner!.id, roles: [...staffRoles] });
      ids = { inScope, outOfScope, unitId: unit!.id, staffId, partnerId: partner!.id, counter: () => ++n, currentPerson: inScope, kartlegging, currentWho: 'person', ic, co: undefined as unknown as Ids['co'], wp: await seedWholePersonCells(db, { tenantId, unitId: unit!.id, staffId, personIds: [inScope, outOfScope] }), navAdviserId: app.seed.userIds['nora.nav']!, rr: undefined as unknown as Ids['rr'], accessReviewId: '', cp: await seedCooperationCells(db, { tenantId, unitId: unit!.id, partnerId: partner!.id, ownerId: roleUsers['unit-leader']!, createdBy: staffId, roleUsers }) };
      const co = await seedCoordinationCells(db, { tenantId, unitId: unit!.id, staffId, coordinatorUserId: roleUsers['coordinator']!, actionOwnerId: app.seed.userIds['kari.saksbehandler']!, personIds: [inScope, outOfScope], ownPersonId: app.seed.personIds[0]! });
      ids.co = { ...co, keUserId: roleUsers['ke']!, ownGoal: co.byPerson[app.seed.personIds[0]!]!.goal };
      ids.rr = await seedRelativesRiskCells(db, { tenantId, unitId: unit!.id, staffId, personIds: [inScope, outOfScope] });
      const [review] = await db.insert(accessReviews).values({ tenantId, kind: 'membership-add', actorId: roleUsers['admin']!, targetUserId: staffId, unitIds: [unit!.id], occurredAt: new Date() }).returning({ id: accessReviews.id });
      ids.accessReviewId = review!.id;
      for (const role of staffRoles) clients.set(role, await app.as(`matrise.${role}`));
      clients.set('person', await app.as('per.testesen'));
    });
    afterAll(async () => {
      await app?.close();
    });

    const logFor = async (personId: string) =>
      queryRows<{ n: number; outcome: string | null; basis: string | null }>(
        app.database.db,
        sql`select (select count(*)::int from access_log where person_id = ${personId}) as n,
                   (select outcome from access_log where person_id = ${personId} order by id desc limit 1) as outcome,
                   (select basis from access_log where person_id = ${personId} order by id desc limit 1) as basis`,
      ).then((rows) => rows[0]!);

    for (const route of routes) {
      for (const who of everyone) {
        const targets = route.person ? (['inScope', 'outOfScope'] as const) : (['none'] as const);
        for (const target of targets) {
          const roleAllowed = route.allowed.includes(who);
          const relationNeeded = route.person && !route.opensRelation;
          const expectOk = roleAllowed && (!relationNeeded || target === 'inScope');
          const expectedCode = !roleAllowed ? (route.outside?.includes(who) ? 'OUTSIDE_RESPONSIBILITY' : 'ROLE_REQUIRED') : 'PERSON_NOT_IN_SCOPE';
          it(`${route.name} · ${who}${target === 'none' ? '' : ` · ${target}`} → ${expectOk ? route.success : `403 ${expectedCode}`}`, async () => {
            const client = clients.get(who)!;
            const personId = target === 'outOfScope' ? ids.outOfScope : ids.inScope;
            ids.currentPerson = personId;
            ids.currentWho = who;
            const before = route.person ? await logFor(personId) : null;
            const answer = await client.request(route.method, route.path(personId, ids), route.body?.(ids));
            if (expectOk && route.onlyFirst && answer.status === 409) {
              expect(answer.body.code).toBe('CONFLICT');
            } else if (expectOk) {
              expect(answer.status, JSON.stringify(answer.body)).toBe(route.success);
            } else {
              expect(answer.status).toBe(403);
              expect(answer.body.code).toBe(expectedCode);
              expect(answer.headers.get('content-type')).toContain('application/problem+json');
            }
            if (before) {
              const after = await logFor(personId);
              expect(after.n, 'an access-log row for the person').toBeGreaterThan(before.n);
              expect(after.outcome).toBe(expectOk ? 'allowed' : 'refused');
              if (!expectOk) expect(after.basis).toBe(roleAllowed ? 'no-relation' : 'role');
            }
          });
        }
      }
    }
  });
}
