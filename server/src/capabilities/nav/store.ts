// NAV social services: § 17 advice and guidance decided individually, financial assistance referenced
// (no amounts), the fixed contact person (who joins the team, so need-to-know follows), and the caseload.
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { persons, teamMembers, unitMemberships, units, users } from '../../platform/db/schema.js';
import { activeAt } from '../../platform/db/periods.js';
import { queryRows } from '../../platform/db/database.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { HelhetError } from '../../platform/errors.js';
import { localDateAt } from '../../platform/calendar/index.js';
import { stayLevel, temporaryStays } from '../housing/index.js';
import { navContacts, navFinancialAssistance, navGuidance } from './schema.js';
import { decisionProblems, financialAssistanceLabels, guidanceOverdue, navChecks, type NavFacts } from './rules.js';
import type * as s from './schemas.js';

const invalid = (problems: { path: string; detail: string }[]) => new HelhetError('UNPROCESSABLE', problems.map((p) => p.detail).join('. ') + '.', problems);

/** The actor's NAV units (service area 'nav'). */
async function navUnitIds(scope: AccessScope): Promise<string[]> {
  if (!scope.actor.unitIds.length) return [];
  const rows = await scope.tx.select({ id: units.id }).from(units).where(and(inArray(units.id, scope.actor.unitIds), eq(units.serviceArea, 'nav')));
  return rows.map((r) => r.id);
}

async function writeAccess(scope: AccessScope, personId: string, action: string): Promise<string> {
  scope.requireRole('nav.write', personId);
  const relation = await scope.requirePerson(personId, action);
  // The NAV unit serving the person, else the adviser's own NAV unit, else the unit the relation runs through.
  const own = await navUnitIds(scope);
  if (relation.kind === 'unit' && own.includes(relation.unitId)) return relation.unitId;
  const unitId = own[0] ?? (relation.kind === 'unit' ? relation.unitId : scope.actor.unitIds[0]);
  if (!unitId) throw new HelhetError('UNPROCESSABLE', 'Du må være medlem av en NAV-enhet.');
  return unitId;
}

async function isNavAdviser(scope: AccessScope, userId: string): Promise<string | null> {
  const rows = await scope.tx
    .select({ unitId: unitMemberships.unitId })
    .from(users)
    .innerJoin(unitMemberships, eq(unitMemberships.userId, users.id))
    .innerJoin(units, eq(units.id, unitMemberships.unitId))
    .where(and(eq(users.id, userId), eq(users.tenantId, scope.actor.tenantId), eq(users.kind, 'staff'), eq(users.active, true), sql`'nav-adviser' = any(${users.roles})`, eq(units.serviceArea, 'nav'), activeAt(unitMemberships.validFrom, unitMemberships.validTo, scope.now)));
  return rows[0]?.unitId ?? null;
}

export async function requestGuidance(scope: AccessScope, personId: string, input: z.infer<typeof s.guidanceBody>): Promise<string> {
  const unitId = await writeAccess(scope, personId, 'nav.guidance');
  if (input.requestedOn > localDateAt(scope.now)) throw invalid([{ path: 'body/requestedOn', detail: 'Datoen kan ikke være fram i tid' }]);
  const [row] = await scope.tx.insert(navGuidance).values({ tenantId: scope.actor.tenantId, personId, unitId, requestedOn: input.requestedOn, topic: input.topic, recordedBy: scope.actor.userId, recordedAt: scope.now }).returning({ id: navGuidance.id });
  await scope.personChanged(personId);
  return row!.id;
}

export async function decideGuidance(scope: AccessScope, id: string, input: z.infer<typeof s.decisionBody>): Promise<void> {
  const [g] = await scope.tx.select().from(navGuidance).where(and(eq(navGuidance.id, id), eq(navGuidance.tenantId, scope.actor.tenantId)));
  if (!g) throw new HelhetError('NOT_FOUND', 'Fant ikke forespørselen om råd og veiledning.');
  await writeAccess(scope, g.personId, 'nav.guidance.decide');
  if (g.decision !== 'pending') throw new HelhetError('CONFLICT', 'Forespørselen er allerede avgjort.');
  const problems = decisionProblems(input, { requestedOn: g.requestedOn, today: localDateAt(scope.now) });
  if (problems.length) throw invalid(problems);
  await scope.tx.update(navGuidance).set({ decision: input.decision, assessment: input.assessment, reason: input.reason ?? null, decidedOn: input.decidedOn, decidedBy: scope.actor.userId }).where(eq(navGuidance.id, id));
  await scope.personChanged(g.personId);
}

export async function referenceFinancialAssistance(scope: AccessScope, personId: string, input: z.infer<typeof s.financialBody>): Promise<string> {
  const unitId = await writeAccess(scope, personId, 'nav.financial-assistance');
  const problems: { path: string; detail: string }[] = [];
  if (input.referencedOn > localDateAt(scope.now)) problems.push({ path: 'body/referencedOn', detail: 'Datoen kan ikke være fram i tid' });
  const contactUserId = input.contactUserId ?? scope.actor.userId;
  if (input.contactUserId && !(await isNavAdviser(scope, input.contactUserId))) problems.push({ path: 'body/contactUserId', detail: 'Kontaktpersonen må være NAV-veileder i en NAV-enhet' });
  if (problems.length) throw invalid(problems);
  const [row] = await scope.tx.insert(navFinancialAssistance).values({ tenantId: scope.actor.tenantId, personId, unitId, kind: input.kind, referencedOn: input.referencedOn, contactUserId, note: input.note ?? null, recordedBy: scope.actor.userId, recordedAt: scope.now }).returning({ id: navFinancialAssistance.id });
  return row!.id;
}

/** Sets NAV's fixed contact person; they join the team (need-to-know), and the previous contact's membership created here ends. */
export async function setContact(scope: AccessScope, personId: string, userId: string): Promise<void> {
  await writeAccess(scope, personId, 'nav.contact');
  const unitId = await isNavAdviser(scope, userId);
  if (!unitId) throw invalid([{ path: 'body/userId', detail: 'Kontaktpersonen må være NAV-veileder i en NAV-enhet' }]);
  const [current] = await scope.tx.select().from(navContacts).where(and(eq(navContacts.personId, personId), isNull(navContacts.validTo)));
  if (current?.userId === userId) throw new HelhetError('CONFLICT', 'Personen har allerede denne kontaktpersonen i NAV.');
  if (current) {
    await scope.tx.update(navContacts).set({ validTo: scope.now }).where(eq(navContacts.id, current.id));
    if (current.teamMemberId) await scope.grant({ kind: 'team-unlink', personId, memberId: current.teamMemberId, via: 'nav-contact' });
  }
  const teamMemberId = await scope.grant({ kind: 'team-link', personId, userId, teamRole: 'NAV-kontakt', via: 'nav-contact' });
  await scope.tx.insert(navContacts).values({ tenantId: scope.actor.tenantId, personId, userId, unitId, validFrom: scope.now, teamMemberId, recordedBy: scope.actor.userId });
  await scope.personChanged(personId);
}

export async function getNav(scope: AccessScope, personId: string) {
  scope.requireRole('person.read', personId);
  await scope.requirePerson(personId, 'nav.read');
  const today = localDateAt(scope.now);
  const [contact] = await scope.tx.select({ c: navContacts, name: users.displayName, phone: users.phone, unitName: units.name }).from(navContacts).innerJoin(users, eq(users.id, navContacts.userId)).innerJoin(units, eq(units.id, navContacts.unitId)).where(and(eq(navContacts.personId, personId), isNull(navContacts.validTo)));
  const decider = alias(users, 'decider');
  const guidance = await scope.tx.select({ g: navGuidance, unitName: units.name, decidedByName: decider.displayName }).from(navGuidance).innerJoin(units, eq(units.id, navGuidance.unitId)).leftJoin(decider, eq(decider.id, navGuidance.decidedBy)).where(eq(navGuidance.personId, personId)).orderBy(desc(navGuidance.requestedOn));
  const financial = await scope.tx.select({ f: navFinancialAssistance, contactName: users.displayName }).from(navFinancialAssistance).innerJoin(users, eq(users.id, navFinancialAssistance.contactUserId)).where(eq(navFinancialAssistance.personId, personId)).orderBy(desc(navFinancialAssistance.referencedOn));
  const stays = await scope.tx.select({ s: temporaryStays, unitName: units.name, exceptionByName: sql<string | null>`(select u.display_name from users u where u.id = ${temporaryStays.exceptionBy})` }).from(temporaryStays).leftJoin(units, eq(units.id, temporaryStays.unitId)).where(eq(temporaryStays.personId, personId)).orderBy(desc(temporaryStays.startDate));
  const servedByNav = (await queryRows<{ ok: number }>(scope.tx, sql`select 1 as ok from service_relations r join units u on u.id = r.unit_id where r.person_id = ${personId} and u.service_area = 'nav' and r.valid_from <= ${scope.now} and (r.valid_to is null or r.valid_to > ${scope.now}) limit 1`)).length > 0;
  const facts: NavFacts = { personId, servedByNav, contact: contact ? { id: contact.c.id, userId: contact.c.userId } : null, guidance: guidance.map(({ g }) => ({ id: g.id, requestedOn: g.requestedOn, decision: g.decision, assessment: g.assessment, reason: g.reason })) };
  return {
    today,
    contact: contact ? { id: contact.c.id, userId: contact.c.userId, name: contact.name, phone: contact.phone, unitName: contact.unitName, since: contact.c.validFrom } : null,
    guidance: guidance.map(({ g, unitName, decidedByName }) => ({ id: g.id, unitName, requestedOn: g.requestedOn, topic: g.topic, decision: g.decision, assessment: g.assessment, reason: g.reason, decidedOn: g.decidedOn, decidedByName, overdue: guidanceOverdue(g, today) })),
    financialAssistance: financial.map(({ f, contactName }) => ({ id: f.id, kind: f.kind, label: financialAssistanceLabels[f.kind]!, referencedOn: f.referencedOn, contactName, note: f.note })),
    temporaryStays: stays.map(({ s: st, unitName, exceptionByName }) => ({ id: st.id, personId: st.personId, place: st.place, startDate: st.startDate, endDate: st.endDate, unitName, permanentPlan: st.permanentPlan, exceptionReason: st.exceptionReason, exceptionByName, ...stayLevel(st, today) })),
    checks: navChecks.map((c) => ({ id: c.id, text: c.text, source: c.source, ...c.evaluate(facts, today) })),
  };
}

/** NAV's caseload: persons served by the adviser's NAV units or with the adviser as contact, that the adviser may see. */
export async function caseload(scope: AccessScope) {
  scope.requireRole('nav.write');
  const today = localDateAt(scope.now);
  const own = await navUnitIds(scope);
  const unitList = own.length ? sql.join(own.map((u) => sql`${u}::uuid`), sql`, `) : sql`null::uuid`;
  const rows = await queryRows<{ person_id: string; person_name: string; contact_name: string | null; pending: number; overdue: number; last_financial: string | null; stay_id: string | null; start_date: string | null; exception_reason: string | null }>(scope.tx, sql`
    select p.id as person_id, p.given_name || ' ' || p.family_name as person_name,
      (select u.display_name from nav_contacts c join users u on u.id = c.user_id where c.person_id = p.id and c.valid_to is null limit 1) as contact_name,
      (select count(*)::int from nav_guidance g where g.person_id = p.id and g.decision = 'pending') as pending,
      (select count(*)::int from nav_guidance g where g.person_id = p.id and g.decision = 'pending' and g.requested_on < ${today}::date - 30) as overdue,
      (select max(f.referenced_on)::text from nav_financial_assistance f where f.person_id = p.id) as last_financial,
      s.id as stay_id, s.start_date::text as start_date, s.exception_reason
    from ${persons} p
    left join temporary_stays s on s.person_id = p.id and s.end_date is null
    where p.tenant_id = ${scope.actor.tenantId}
      and p.id in (select r.person_id from service_relations r where r.unit_id in (${unitList}) and r.valid_from <= ${scope.now} and (r.valid_to is null or r.valid_to > ${scope.now})
                   union select c.person_id from nav_contacts c where c.user_id = ${scope.actor.userId} and c.valid_to is null)
      and ${scope.visiblePersons(sql.raw('p.id') as never)}
    order by p.family_name, p.given_name limit 500`);
  scope.recordListed(rows.map((r) => r.person_id), 'nav.caseload');
  return {
    today,
    items: rows.map((r) => {
      const stay = r.stay_id && r.start_date ? stayLevel({ id: r.stay_id, startDate: r.start_date, endDate: null, exceptionReason: r.exception_reason }, today) : null;
      return { personId: r.person_id, personName: r.person_name, contactName: r.contact_name, pendingGuidance: r.pending, overdueGuidance: r.overdue, lastFinancialAssistance: r.last_financial, stayDays: stay?.days ?? null, stayLevel: stay?.level ?? null };
    }),
  };
}
