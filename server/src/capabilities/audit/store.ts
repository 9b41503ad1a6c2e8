// The auditor's sample: draw (seeded), grant the auditor time-limited access to exactly the drawn
// cases, and build the report. Internal control (quality adviser, director) reads the sample's cases
// by its role, logged per person; the auditor reads them only through an active grant (purpose 'audit').
import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull, gte, lte, sql } from 'drizzle-orm';
import type { AccessScope } from '../../platform/access/scope.js';
import { mayPerform } from '../../platform/access/policy.js';
import { auditAccesses, notes, persons, users } from '../../platform/db/schema.js';
import { HelhetError } from '../../platform/errors.js';
import { serviceCatalogue, vedtak } from '../vedtak/index.js';
import { auditSamples } from './schema.js';
import { buildReport, drawSample } from './rules.js';
import { loadCaseFacts } from './facts.js';
import type { z } from 'zod';
import type * as s from './schemas.js';

type Sample = typeof auditSamples.$inferSelect;

export async function createSample(scope: AccessScope, input: z.infer<typeof s.drawSampleBody>): Promise<string> {
  scope.requireRole('audit.manage');
  const tenantId = scope.actor.tenantId;
  const conditions = [eq(vedtak.tenantId, tenantId), inArray(vedtak.status, ['final', 'ended']), gte(vedtak.startDate, input.from), lte(vedtak.startDate, input.to)];
  if (input.serviceCodes.length) conditions.push(inArray(serviceCatalogue.code, input.serviceCodes));
  const rows = await scope.tx.selectDistinct({ personId: vedtak.personId }).from(vedtak).innerJoin(serviceCatalogue, eq(serviceCatalogue.id, vedtak.serviceId)).where(and(...conditions));
  const candidates = rows.map((r) => r.personId);
  if (candidates.length === 0) throw new HelhetError('UNPROCESSABLE', 'Ingen personer har vedtak som passer kriteriene i perioden.', [{ path: 'body/from', detail: 'Ingen kandidater' }]);
  const seed = input.seed ?? randomBytes(6).toString('hex');
  const drawn = drawSample(candidates, input.size, seed);
  const [row] = await scope.tx
    .insert(auditSamples)
    .values({ tenantId, title: input.title, criteria: { from: input.from, to: input.to, serviceCodes: input.serviceCodes }, seed, size: input.size, candidateCount: candidates.length, personIds: drawn, drawnBy: scope.actor.userId, drawnAt: scope.now })
    .returning({ id: auditSamples.id });
  for (const personId of drawn) scope.recordRead(personId, 'audit.sample-draw', 'internal-control', { sample: row!.id });
  return row!.id;
}

async function loadSample(scope: AccessScope, sampleId: string): Promise<Sample> {
  const [sample] = await scope.tx.select().from(auditSamples).where(and(eq(auditSamples.id, sampleId), eq(auditSamples.tenantId, scope.actor.tenantId)));
  if (!sample) throw new HelhetError('NOT_FOUND', 'Utvalget finnes ikke.');
  return sample;
}

async function summary(scope: AccessScope, sample: Sample) {
  const [drawer] = await scope.tx.select({ name: users.displayName }).from(users).where(eq(users.id, sample.drawnBy));
  return { id: sample.id, title: sample.title, criteria: sample.criteria, seed: sample.seed, size: sample.size, candidateCount: sample.candidateCount, caseCount: sample.personIds.length, drawnAt: sample.drawnAt, drawnByName: drawer?.name ?? '' };
}

/** Leaders see every sample; an auditor sees the samples with an active grant to them. */
export async function listSamples(scope: AccessScope) {
  const manager = mayPerform(scope.actor, 'audit.manage');
  if (!manager) scope.requireRole('audit.read');
  let rows: Sample[];
  if (manager) {
    rows = await scope.tx.select().from(auditSamples).where(eq(auditSamples.tenantId, scope.actor.tenantId)).orderBy(desc(auditSamples.drawnAt));
  } else {
    const granted = scope.tx.selectDistinct({ id: auditAccesses.sampleId }).from(auditAccesses).where(and(eq(auditAccesses.userId, scope.actor.userId), isNull(auditAccesses.revokedAt), lte(auditAccesses.validFrom, scope.now), sql`${auditAccesses.validTo} > ${scope.now}`));
    rows = await scope.tx.select().from(auditSamples).where(and(eq(auditSamples.tenantId, scope.actor.tenantId), inArray(auditSamples.id, granted))).orderBy(desc(auditSamples.drawnAt));
  }
  const items = [];
  for (const row of rows) items.push(await summary(scope, row));
  return items;
}

/**
 * Decides and logs access to every case of the sample: internal control by role (basis
 * 'internal-control'), the auditor through an active grant (purpose 'audit'; refused and logged otherwise).
 */
async function authorizeCases(scope: AccessScope, sample: Sample, action: string): Promise<void> {
  if (mayPerform(scope.actor, 'audit.manage')) {
    for (const personId of sample.personIds) scope.recordRead(personId, action, 'internal-control', { sample: sample.id });
    return;
  }
  scope.requireRole('audit.read', sample.personIds[0]);
  for (const personId of sample.personIds) await scope.requirePerson(personId, action, 'audit', { sample: sample.id });
}

async function caseList(scope: AccessScope, sample: Sample) {
  const rows = sample.personIds.length ? await scope.tx.select({ id: persons.id, givenName: persons.givenName, familyName: persons.familyName }).from(persons).where(inArray(persons.id, sample.personIds)) : [];
  const byId = new Map(rows.map((r) => [r.id, `${r.givenName} ${r.familyName}`]));
  return sample.personIds.map((personId, i) => ({ nr: `#${i + 1}`, personId, name: byId.get(personId) ?? '' }));
}

export async function getSample(scope: AccessScope, sampleId: string) {
  const sample = await loadSample(scope, sampleId);
  await authorizeCases(scope, sample, 'audit.sample-read');
  const grants = await scope.tx
    .select({ a: auditAccesses, auditorName: users.displayName })
    .from(auditAccesses)
    .innerJoin(users, eq(users.id, auditAccesses.userId))
    .where(eq(auditAccesses.sampleId, sampleId))
    .orderBy(asc(auditAccesses.validFrom));
  const grouped = new Map<string, { id: string; auditorName: string; validFrom: Date; validTo: Date; revokedAt: Date | null; cases: number }>();
  for (const { a, auditorName } of grants) {
    const key = `${a.userId}|${a.validFrom.toISOString()}`;
    const g = grouped.get(key) ?? { id: a.id, auditorName, validFrom: a.validFrom, validTo: a.validTo, revokedAt: a.revokedAt, cases: 0 };
    g.cases += 1;
    grouped.set(key, g);
  }
  const visibleGrants = mayPerform(scope.actor, 'audit.manage') ? [...grouped.values()] : [...grouped.values()].filter((g) => g.auditorName === scope.actor.displayName);
  return { ...(await summary(scope, sample)), cases: await caseList(scope, sample), grants: visibleGrants };
}

export async function grantAuditorAccess(scope: AccessScope, sampleId: string, input: z.infer<typeof s.grantBody>): Promise<string> {
  scope.requireRole('audit.manage');
  const sample = await loadSample(scope, sampleId);
  const validTo = new Date(input.validTo);
  if (validTo <= scope.now) throw new HelhetError('UNPROCESSABLE', 'Tilgangen må vare til et tidspunkt fram i tid.', [{ path: 'body/validTo', detail: 'Tidspunktet er passert' }]);
  if (validTo.getTime() - scope.now.getTime() > 90 * 86_400_000) throw new HelhetError('UNPROCESSABLE', 'Revisjonstilgang kan gis for høyst 90 dager om gangen.', [{ path: 'body/validTo', detail: 'Mer enn 90 dager' }]);
  const [auditor] = await scope.tx.select({ id: users.id, roles: users.roles, active: users.active }).from(users).where(and(eq(users.id, input.auditorUserId), eq(users.tenantId, scope.actor.tenantId), eq(users.kind, 'staff')));
  if (!auditor || !auditor.active || !auditor.roles.includes('auditor')) throw new HelhetError('UNPROCESSABLE', 'Tilgang kan bare gis til en aktiv bruker med rollen revisor.', [{ path: 'body/auditorUserId', detail: 'Ikke en aktiv revisor' }]);
  let first = '';
  for (const personId of sample.personIds) {
    const [row] = await scope.tx.insert(auditAccesses).values({ tenantId: scope.actor.tenantId, sampleId, personId, userId: auditor.id, validFrom: scope.now, validTo, grantedBy: scope.actor.userId }).returning({ id: auditAccesses.id });
    first ||= row!.id;
    scope.recordWrite(personId, 'audit.grant', 'internal-control', { sample: sampleId, auditor: auditor.id, validTo: validTo.toISOString() });
  }
  return first;
}

export async function buildSampleReport(scope: AccessScope, sampleId: string, action = 'audit.report') {
  const sample = await loadSample(scope, sampleId);
  await authorizeCases(scope, sample, action);
  const facts = [];
  for (const personId of sample.personIds) facts.push(await loadCaseFacts(scope.tx, personId));
  const { tables, footnotes } = buildReport(facts);
  return { sample: await summary(scope, sample), generatedAt: scope.now, cases: await caseList(scope, sample), tables, footnotes };
}

/** The auditor's read-only view of one sampled case, through the grant. */
export async function getAuditCase(scope: AccessScope, sampleId: string, personId: string) {
  const sample = await loadSample(scope, sampleId);
  const index = sample.personIds.indexOf(personId);
  if (index < 0) throw new HelhetError('NOT_FOUND', 'Personen er ikke med i dette utvalget.');
  scope.requireRole('audit.read', personId);
  const relation = await scope.requirePerson(personId, 'audit.case-read', 'audit', { sample: sampleId });
  const [access] = relation.kind === 'audit' ? await scope.tx.select({ validTo: auditAccesses.validTo }).from(auditAccesses).where(eq(auditAccesses.id, relation.accessId)) : [];
  const [person] = await scope.tx.select().from(persons).where(eq(persons.id, personId));
  const facts = await loadCaseFacts(scope.tx, personId);
  // The auditor is in no unit: only shared notes are shown, restricted ones are counted.
  const all = await scope.tx.select({ id: notes.id, title: notes.title, body: notes.body, createdAt: notes.createdAt, classification: notes.classification }).from(notes).where(eq(notes.personId, personId)).orderBy(asc(notes.createdAt));
  return {
    nr: `#${index + 1}`,
    person: { id: person!.id, name: `${person!.givenName} ${person!.familyName}`, birthDate: person!.birthDate },
    validTo: access?.validTo ?? scope.now,
    kartlegginger: facts.kartlegginger.map(({ relatives: _r, ...k }) => k),
    instruments: facts.instruments.map(({ kartleggingId: _k, ...r }) => r),
    vedtak: facts.vedtak,
    ipInformation: facts.ipInformation,
    plans: facts.plans,
    claims: facts.claims.map(({ sourceId: _id, ...c }) => c),
    notes: all.filter((n) => n.classification === 'shared').map(({ classification: _c, ...n }) => n),
    hiddenRestrictedCount: all.filter((n) => n.classification !== 'shared').length,
  };
}
