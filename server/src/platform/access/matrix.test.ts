// Every role × every endpoint, against both databases: the status and error code each cell must
// answer, and whether an access-log row was written. The expected role lists are written out here
// on purpose (not imported from policy.ts), so a change to who may do what has to be made twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../db/database.js';
import { partners, serviceRelations, units, unitMemberships, users } from '../db/schema.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import type { TestClient } from '../../test/http-client.js';
import { syntheticNationalId } from '../../capabilities/persons/index.js';
import { kartlegginger } from '../../capabilities/assessment/index.js';
import { seedInternalControlCells, type InternalControlCells } from '../../test/internal-control-cells.js';
import { seedCoordinationCells, type CoordinationCells } from '../../test/coordination-cells.js';
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
  { name: 'emergency review list', method: 'GET', path: () => '/api/emergency-accesses', allowed: REVIEW, person: false, success: 200 },
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
  // Responsibility matrix: the draft is replaced, approved, and then a new draft is made (once).
  { name: 'list responsibility matrices', method: 'GET', path: () => '/api/responsibility-matrices', allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'current responsibility matrix', method: 'GET', path: () => '/api/responsibility-matrices/current', allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'read responsibility matrix', method: 'GET', path: (_p, ids) => `/api/responsibility-matrices/${ids.ic.matrix}`, allowed: ALL_STAFF, person: false, success: 200 },
  { name: 'replace responsibility draft', method: 'PUT', path: (_p, ids) => `/api/responsibility-matrices/${ids.ic.matrix}`, body: (ids) => ({ title: 'Matrisematrise', tasks: [{ name: 'Matriseoppgave', assignments: [{ party: 'unit', id: ids.unitId, level: 'responsible' }] }] }), allowed: RESPONSIBILITY_WRITE, person: false, success: 204 },
  { name: 'approve responsibility matrix', method: 'POST', path: (_p, ids) => `/api/responsibility-matrices/${ids.ic.matrix}/approve`, allowed: RESPONSIBILITY_APPROVE, person: false, success: 204 },
  { name: 'new responsibility matrix', method: 'POST', path: () => '/api/responsibility-matrices', body: (ids) => ({ title: 'Matrisematrise 2', tasks: [{ name: 'Matriseoppgave', assignments: [{ party: 'unit', id: ids.unitId, level: 'responsible' }] }] }), allowed: RESPONSIBILITY_WRITE, person: false, success: 201, onlyFirst: true },
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
      ids = { inScope, outOfScope, unitId: unit!.id, staffId, partnerId: partner!.id, counter: () => ++n, currentPerson: inScope, kartlegging, currentWho: 'person', ic, co: undefined as unknown as Ids['co'] };
      const co = await seedCoordinationCells(db, { tenantId, unitId: unit!.id, staffId, coordinatorUserId: roleUsers['coordinator']!, actionOwnerId: app.seed.userIds['kari.saksbehandler']!, personIds: [inScope, outOfScope], ownPersonId: app.seed.personIds[0]! });
      ids.co = { ...co, keUserId: roleUsers['ke']!, ownGoal: co.byPerson[app.seed.personIds[0]!]!.goal };
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
                   (select outcome from access_log where person_id = ${personId} order by seq desc limit 1) as outcome,
                   (select basis from access_log where person_id = ${personId} order by seq desc limit 1) as basis`,
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
