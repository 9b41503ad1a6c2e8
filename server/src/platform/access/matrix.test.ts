// Every role × every endpoint, against both databases: the status and error code each cell must
// answer, and whether an access-log row was written. The expected role lists are written out here
// on purpose (not imported from policy.ts), so a change to who may do what has to be made twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../db/database.js';
import { serviceRelations, units, unitMemberships, users } from '../db/schema.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import type { TestClient } from '../../test/http-client.js';
import { syntheticNationalId } from '../../capabilities/persons/index.js';
import { kartlegginger } from '../../capabilities/assessment/index.js';
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

function dayOffset(days: number): string {
  return new Date(Date.now() + days * 86400_000).toISOString().slice(0, 10);
}

interface Ids {
  inScope: string;
  outOfScope: string;
  unitId: string;
  staffId: string;
  counter: () => number;
  /** The person of the cell being run, for routes that take it in the body. */
  currentPerson: string;
  /** An in-progress kartlegging per person. */
  kartlegging: Record<string, string>;
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
      for (const role of staffRoles) {
        const [user] = await db.insert(users).values({ tenantId, username: `matrise.${role}`, displayName: `Matrise ${role}`, kind: 'staff', roles: [role], passwordHash: template!.hash }).returning({ id: users.id });
        await db.insert(unitMemberships).values({ tenantId, userId: user!.id, unitId: unit!.id, validFrom: new Date(Date.now() - 86400_000) });
        if (role === 'caseworker') staffId = user!.id;
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
      ids = { inScope, outOfScope, unitId: unit!.id, staffId, counter: () => ++n, currentPerson: inScope, kartlegging };
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
          const expectedCode = !roleAllowed ? 'ROLE_REQUIRED' : 'PERSON_NOT_IN_SCOPE';
          it(`${route.name} · ${who}${target === 'none' ? '' : ` · ${target}`} → ${expectOk ? route.success : `403 ${expectedCode}`}`, async () => {
            const client = clients.get(who)!;
            const personId = target === 'outOfScope' ? ids.outOfScope : ids.inScope;
            ids.currentPerson = personId;
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
