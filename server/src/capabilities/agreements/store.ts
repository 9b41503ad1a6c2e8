// Cooperation agreements, their meeting arenas (held ÷ required per year, lapsed arenas) and notices
// to the parties' leaders when a unit is closed, moved or renamed. Organisation data: role-gated,
// never a person, not written to the access log.
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { partners, unitMemberships, units, users } from '../../platform/db/schema.js';
import { activeAt } from '../../platform/db/periods.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { HelhetError } from '../../platform/errors.js';
import { localDateAt, type LocalDate } from '../../platform/calendar/index.js';
import { responsibilityAssignments, responsibilityMatrices, responsibilityTasks } from '../responsibility/index.js';
import { agreementMeetings, agreementParties, cooperationAgreements, organisationNotices } from './schema.js';
import { agreementSources, arenaStatus, noticeDetail, unitChanges } from './rules.js';
import type * as s from './schemas.js';

/** A unit leader manages agreements where a unit they are a member of is a party, or that they own; the others manage all. */
function mayManage(scope: AccessScope, agreement: { ownerId: string; unitIds: string[] }): boolean {
  const { actor } = scope;
  if (actor.roles.some((r) => r === 'quality-adviser' || r === 'director' || r === 'admin')) return true;
  return agreement.ownerId === actor.userId || agreement.unitIds.some((u) => actor.unitIds.includes(u));
}

async function loadAgreements(scope: AccessScope, ids?: string[]) {
  const { tenantId } = scope.actor;
  const rows = await scope.tx
    .select({ a: cooperationAgreements, ownerName: users.displayName })
    .from(cooperationAgreements)
    .innerJoin(users, eq(users.id, cooperationAgreements.ownerId))
    .where(and(eq(cooperationAgreements.tenantId, tenantId), ids ? inArray(cooperationAgreements.id, ids) : undefined))
    .orderBy(asc(cooperationAgreements.title));
  const agreementIds = rows.map((r) => r.a.id);
  if (agreementIds.length === 0) return [];
  const parties = await scope.tx
    .select({ agreementId: agreementParties.agreementId, unitId: agreementParties.unitId, partnerId: agreementParties.partnerId, unitName: units.name, unitActive: units.active, partnerName: partners.name })
    .from(agreementParties)
    .leftJoin(units, eq(units.id, agreementParties.unitId))
    .leftJoin(partners, eq(partners.id, agreementParties.partnerId))
    .where(inArray(agreementParties.agreementId, agreementIds));
  const meetings = await scope.tx
    .select({ id: agreementMeetings.id, agreementId: agreementMeetings.agreementId, heldOn: agreementMeetings.heldOn, minutes: agreementMeetings.minutes, recordedAt: agreementMeetings.recordedAt, recordedBy: users.displayName })
    .from(agreementMeetings)
    .innerJoin(users, eq(users.id, agreementMeetings.recordedBy))
    .where(inArray(agreementMeetings.agreementId, agreementIds))
    .orderBy(desc(agreementMeetings.heldOn));
  return rows.map((r) => ({
    ...r,
    parties: parties
      .filter((p) => p.agreementId === r.a.id)
      .map((p) => (p.unitId ? { party: 'unit' as const, id: p.unitId, name: p.unitName ?? '', active: p.unitActive ?? true } : { party: 'partner' as const, id: p.partnerId!, name: p.partnerName ?? '', active: true }))
      .sort((x, y) => (x.party === y.party ? x.name.localeCompare(y.name, 'nb') : x.party === 'unit' ? -1 : 1)),
    meetings: meetings.filter((m) => m.agreementId === r.a.id),
  }));
}

type Loaded = Awaited<ReturnType<typeof loadAgreements>>[number];

function summary(row: Loaded, year: number, today: LocalDate) {
  const { a } = row;
  const facts = { meetingsPerYear: a.meetingsPerYear, validFrom: a.validFrom as LocalDate, validTo: a.validTo as LocalDate | null };
  return {
    id: a.id,
    title: a.title,
    purpose: a.purpose,
    meetingsPerYear: a.meetingsPerYear,
    validFrom: a.validFrom,
    validTo: a.validTo,
    inForce: a.validFrom <= today && (!a.validTo || a.validTo > today),
    owner: { id: a.ownerId, displayName: row.ownerName },
    parties: row.parties,
    arena: arenaStatus(facts, row.meetings.map((m) => m.heldOn as LocalDate), year, today),
    closedParties: row.parties.filter((p) => !p.active).map((p) => p.name),
  };
}

export async function listAgreements(scope: AccessScope, query: z.infer<typeof s.listQuery>) {
  scope.requireRole('agreement.read');
  const today = localDateAt(scope.now);
  const year = query.year ?? Number(today.slice(0, 4));
  const items = (await loadAgreements(scope)).map((r) => summary(r, year, today));
  return { year, items, lapsedCount: items.filter((i) => i.arena.lapsed).length, sources: agreementSources };
}

export async function getAgreement(scope: AccessScope, agreementId: string, year?: number) {
  scope.requireRole('agreement.read');
  const [row] = await loadAgreements(scope, [agreementId]);
  if (!row) throw new HelhetError('NOT_FOUND', 'Fant ikke samarbeidsavtalen.');
  const today = localDateAt(scope.now);
  return { ...summary(row, year ?? Number(today.slice(0, 4)), today), meetings: row.meetings.map(({ agreementId: _a, ...m }) => m), sources: agreementSources };
}

export async function createAgreement(scope: AccessScope, input: z.infer<typeof s.agreementBody>): Promise<string> {
  scope.requireRole('agreement.write');
  const { tenantId } = scope.actor;
  if (input.validTo && input.validTo <= input.validFrom) throw new HelhetError('UNPROCESSABLE', 'Sluttdatoen må være etter startdatoen.', [{ path: 'body/validTo', detail: 'Før eller lik gyldig fra' }]);
  const seen = new Set<string>();
  const problems: { path: string; detail: string }[] = [];
  input.parties.forEach((p, i) => {
    if (seen.has(`${p.party}:${p.id}`)) problems.push({ path: `body/parties/${i}/id`, detail: 'Samme part står flere ganger' });
    seen.add(`${p.party}:${p.id}`);
  });
  const unitIds = input.parties.filter((p) => p.party === 'unit').map((p) => p.id);
  const partnerIds = input.parties.filter((p) => p.party === 'partner').map((p) => p.id);
  const knownUnits = new Map(unitIds.length ? (await scope.tx.select({ id: units.id, active: units.active }).from(units).where(and(eq(units.tenantId, tenantId), inArray(units.id, unitIds)))).map((u) => [u.id, u.active]) : []);
  const knownPartners = new Set(partnerIds.length ? (await scope.tx.select({ id: partners.id }).from(partners).where(and(eq(partners.tenantId, tenantId), inArray(partners.id, partnerIds)))).map((p) => p.id) : []);
  input.parties.forEach((p, i) => {
    if (p.party === 'unit' && !knownUnits.has(p.id)) problems.push({ path: `body/parties/${i}/id`, detail: 'Ukjent enhet' });
    else if (p.party === 'unit' && knownUnits.get(p.id) === false) problems.push({ path: `body/parties/${i}/id`, detail: 'Enheten er lagt ned' });
    if (p.party === 'partner' && !knownPartners.has(p.id)) problems.push({ path: `body/parties/${i}/id`, detail: 'Ukjent samarbeidspartner' });
  });
  if (unitIds.length === 0) problems.push({ path: 'body/parties', detail: 'Minst én part må være en enhet i kommunen' });
  const [owner] = await scope.tx.select({ id: users.id }).from(users).where(and(eq(users.id, input.ownerId), eq(users.tenantId, tenantId), eq(users.kind, 'staff'), eq(users.active, true)));
  if (!owner) problems.push({ path: 'body/ownerId', detail: 'Ukjent eller inaktiv ansatt' });
  if (problems.length) throw new HelhetError('UNPROCESSABLE', 'Avtalen kan ikke lagres: ' + problems.map((p) => p.detail.toLowerCase()).join(', ') + '.', problems);
  if (!mayManage(scope, { ownerId: input.ownerId, unitIds })) throw new HelhetError('OUTSIDE_RESPONSIBILITY', 'Du kan bare registrere avtaler der en av dine enheter er part.');
  const [row] = await scope.tx
    .insert(cooperationAgreements)
    .values({ tenantId, title: input.title, purpose: input.purpose, meetingsPerYear: input.meetingsPerYear, validFrom: input.validFrom, validTo: input.validTo ?? null, ownerId: input.ownerId, createdBy: scope.actor.userId, createdAt: scope.now })
    .returning({ id: cooperationAgreements.id });
  await scope.tx.insert(agreementParties).values(input.parties.map((p) => ({ tenantId, agreementId: row!.id, unitId: p.party === 'unit' ? p.id : null, partnerId: p.party === 'partner' ? p.id : null })));
  return row!.id;
}

export async function recordMeeting(scope: AccessScope, agreementId: string, input: z.infer<typeof s.meetingBody>): Promise<string> {
  scope.requireRole('agreement.write');
  const [row] = await loadAgreements(scope, [agreementId]);
  if (!row) throw new HelhetError('NOT_FOUND', 'Fant ikke samarbeidsavtalen.');
  if (!mayManage(scope, { ownerId: row.a.ownerId, unitIds: row.parties.filter((p) => p.party === 'unit').map((p) => p.id) })) {
    throw new HelhetError('OUTSIDE_RESPONSIBILITY', 'Du kan bare registrere møter i avtaler der en av dine enheter er part, eller som du følger opp.');
  }
  const today = localDateAt(scope.now);
  if (input.heldOn > today) throw new HelhetError('UNPROCESSABLE', 'Et møte kan ikke registreres før det er holdt.', [{ path: 'body/heldOn', detail: 'Datoen er i fremtiden' }]);
  if (input.heldOn < row.a.validFrom || (row.a.validTo && input.heldOn >= row.a.validTo)) {
    throw new HelhetError('UNPROCESSABLE', `Møtedatoen er utenfor avtalens gyldighet (${row.a.validFrom}–${row.a.validTo ?? ''}).`, [{ path: 'body/heldOn', detail: 'Utenfor avtalens gyldighet' }]);
  }
  const [meeting] = await scope.tx.insert(agreementMeetings).values({ tenantId: scope.actor.tenantId, agreementId, heldOn: input.heldOn, minutes: input.minutes, recordedBy: scope.actor.userId, recordedAt: scope.now }).returning({ id: agreementMeetings.id });
  return meeting!.id;
}

// ---- Notices on reorganisation -------------------------------------------------------------

/**
 * Called by the organisation capability in the same transaction as a unit update: when the unit is
 * closed, moved or renamed and is a party to an agreement still in force, every active unit leader of
 * the agreement's party units and the agreement's owner get a notice; when it is in the current or
 * draft responsibility matrix, the quality advisers and the director do. Returns the number of notices.
 */
export async function noticeUnitChange(scope: AccessScope, unit: { id: string; name: string; parentId: string | null; active: boolean }, input: { name?: string; parentId?: string | null; active?: boolean }): Promise<number> {
  const changes = unitChanges(unit, input);
  if (changes.length === 0) return 0;
  const { tenantId } = scope.actor;
  const today = localDateAt(scope.now);
  const notices: (typeof organisationNotices.$inferInsert)[] = [];
  const agreementIds = (await scope.tx.selectDistinct({ id: agreementParties.agreementId }).from(agreementParties).where(and(eq(agreementParties.tenantId, tenantId), eq(agreementParties.unitId, unit.id)))).map((r) => r.id);
  const affected = (await loadAgreements(scope, agreementIds.length ? agreementIds : ['00000000-0000-0000-0000-000000000000'])).filter((r) => !r.a.validTo || r.a.validTo > today);
  for (const row of affected) {
    const partyUnits = row.parties.filter((p) => p.party === 'unit').map((p) => p.id);
    const leaders = await scope.tx
      .selectDistinct({ id: users.id })
      .from(unitMemberships)
      .innerJoin(users, eq(users.id, unitMemberships.userId))
      .where(and(inArray(unitMemberships.unitId, partyUnits), activeAt(unitMemberships.validFrom, unitMemberships.validTo, scope.now), eq(users.active, true), sql`'unit-leader' = any(${users.roles})`));
    const recipients = new Set([...leaders.map((l) => l.id), row.a.ownerId]);
    const detail = noticeDetail(unit.name, changes, { agreement: row.a.title });
    for (const recipientId of recipients) notices.push({ tenantId, recipientId, unitId: unit.id, change: changes[0]!, agreementId: row.a.id, detail, createdAt: scope.now });
  }
  const matrices = await scope.tx
    .selectDistinct({ version: responsibilityMatrices.version, approvedAt: responsibilityMatrices.approvedAt })
    .from(responsibilityAssignments)
    .innerJoin(responsibilityTasks, eq(responsibilityTasks.id, responsibilityAssignments.taskId))
    .innerJoin(responsibilityMatrices, eq(responsibilityMatrices.id, responsibilityTasks.matrixId))
    .where(and(eq(responsibilityAssignments.tenantId, tenantId), eq(responsibilityAssignments.unitId, unit.id)));
  const [newestApproved] = await scope.tx.select({ version: responsibilityMatrices.version }).from(responsibilityMatrices).where(and(eq(responsibilityMatrices.tenantId, tenantId), isNotNull(responsibilityMatrices.approvedAt))).orderBy(desc(responsibilityMatrices.version)).limit(1);
  const relevant = matrices.filter((m) => !m.approvedAt || m.version === newestApproved?.version).map((m) => m.version).sort((a, b) => b - a);
  if (relevant.length) {
    const overseers = await scope.tx.select({ id: users.id }).from(users).where(and(eq(users.tenantId, tenantId), eq(users.kind, 'staff'), eq(users.active, true), sql`${users.roles} && array['quality-adviser', 'director']::text[]`));
    const detail = noticeDetail(unit.name, changes, { matrix: relevant[0]! });
    for (const o of overseers) notices.push({ tenantId, recipientId: o.id, unitId: unit.id, change: changes[0]!, agreementId: null, detail, createdAt: scope.now });
  }
  if (notices.length) await scope.tx.insert(organisationNotices).values(notices);
  return notices.length;
}

export async function listNotices(scope: AccessScope, query: z.infer<typeof s.noticeQuery>) {
  scope.requireRole('agreement.read');
  const rows = await scope.tx
    .select({ n: organisationNotices, unitName: units.name, agreementTitle: cooperationAgreements.title })
    .from(organisationNotices)
    .innerJoin(units, eq(units.id, organisationNotices.unitId))
    .leftJoin(cooperationAgreements, eq(cooperationAgreements.id, organisationNotices.agreementId))
    .where(and(eq(organisationNotices.tenantId, scope.actor.tenantId), eq(organisationNotices.recipientId, scope.actor.userId), query.unread === 'true' ? isNull(organisationNotices.readAt) : undefined))
    .orderBy(desc(organisationNotices.createdAt));
  return {
    items: rows.map((r) => ({ id: r.n.id, unit: { id: r.n.unitId, name: r.unitName }, change: r.n.change, agreement: r.n.agreementId ? { id: r.n.agreementId, title: r.agreementTitle ?? '' } : null, detail: r.n.detail, createdAt: r.n.createdAt, readAt: r.n.readAt })),
    source: agreementSources.notice,
  };
}

export async function markNoticeRead(scope: AccessScope, noticeId: string): Promise<void> {
  scope.requireRole('agreement.read');
  const [row] = await scope.tx.select().from(organisationNotices).where(and(eq(organisationNotices.id, noticeId), eq(organisationNotices.tenantId, scope.actor.tenantId)));
  if (!row || row.recipientId !== scope.actor.userId) throw new HelhetError('NOT_FOUND', 'Fant ikke varselet.');
  if (!row.readAt) await scope.tx.update(organisationNotices).set({ readAt: scope.now }).where(eq(organisationNotices.id, noticeId));
}
