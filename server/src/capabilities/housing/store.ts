// Housing: status history, applications and waiting list, temporary stays with the 3-month limit,
// eviction risk and evictions, booppfølging with visits; the housing office's overview and figures.
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { units, users } from '../../platform/db/schema.js';
import { queryRows } from '../../platform/db/database.js';
import type { AccessScope } from '../../platform/access/scope.js';
import type { Relation } from '../../platform/access/policy.js';
import { HelhetError } from '../../platform/errors.js';
import { localDateAt } from '../../platform/calendar/index.js';
import { evictionEvents, homeFollowUpPlans, homeVisits, housingApplications, housingStatus, temporaryStays } from './schema.js';
import { housingChecks, housingStatusLabels, nextVisitDue, stayLevel, type HousingFacts } from './rules.js';
import type * as s from './schemas.js';

const invalid = (problems: { path: string; detail: string }[]) => new HelhetError('UNPROCESSABLE', problems.map((p) => p.detail).join('. ') + '.', problems);
const unitOf = (relation: Relation): string | null => (relation.kind === 'unit' ? relation.unitId : null);

async function writeAccess(scope: AccessScope, personId: string, action: string): Promise<Relation> {
  scope.requireRole('housing.write', personId);
  return scope.requirePerson(personId, action);
}

/** One row of a housing table by id, within the actor's tenant, or 404 with a Norwegian text. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the four housing tables share id and tenant_id
async function load<T>(scope: AccessScope, table: any, id: string, what: string): Promise<T> {
  const [row] = await scope.tx.select().from(table).where(and(eq(table.id, id), eq(table.tenantId, scope.actor.tenantId)));
  if (!row) throw new HelhetError('NOT_FOUND', `Fant ikke ${what}.`);
  return row as T;
}

export async function recordStatus(scope: AccessScope, personId: string, input: z.infer<typeof s.statusBody>): Promise<string> {
  await writeAccess(scope, personId, 'housing.status');
  if (input.fromDate > localDateAt(scope.now)) throw invalid([{ path: 'body/fromDate', detail: 'Fra-datoen kan ikke være fram i tid' }]);
  const [row] = await scope.tx.insert(housingStatus).values({ tenantId: scope.actor.tenantId, personId, status: input.status, fromDate: input.fromDate, note: input.note ?? null, recordedBy: scope.actor.userId, recordedAt: scope.now }).returning({ id: housingStatus.id });
  await scope.personChanged(personId);
  return row!.id;
}

export async function createApplication(scope: AccessScope, personId: string, input: z.infer<typeof s.applicationBody>): Promise<string> {
  await writeAccess(scope, personId, 'housing.application');
  if (input.appliedOn > localDateAt(scope.now)) throw invalid([{ path: 'body/appliedOn', detail: 'Søknadsdatoen kan ikke være fram i tid' }]);
  const [row] = await scope.tx.insert(housingApplications).values({ tenantId: scope.actor.tenantId, personId, kind: input.kind, appliedOn: input.appliedOn, waitingPosition: input.waitingPosition ?? null, recordedBy: scope.actor.userId, updatedAt: scope.now }).returning({ id: housingApplications.id });
  return row!.id;
}

export async function updateApplication(scope: AccessScope, id: string, input: z.infer<typeof s.applicationUpdateBody>): Promise<void> {
  const a = await load<typeof housingApplications.$inferSelect>(scope, housingApplications, id, 'søknaden');
  await writeAccess(scope, a.personId, 'housing.application.update');
  const decided = input.status === 'granted' || input.status === 'refused';
  const problems: { path: string; detail: string }[] = [];
  if (decided && !input.decidedOn) problems.push({ path: 'body/decidedOn', detail: 'Oppgi når søknaden ble avgjort' });
  if (input.status === 'refused' && !input.reason) problems.push({ path: 'body/reason', detail: 'Et avslag må begrunnes' });
  if (input.decidedOn && input.decidedOn < a.appliedOn) problems.push({ path: 'body/decidedOn', detail: 'Avgjort-datoen kan ikke være før søknadsdatoen' });
  if (problems.length) throw invalid(problems);
  await scope.tx.update(housingApplications).set({ status: input.status, waitingPosition: input.status === 'waiting' ? (input.waitingPosition ?? a.waitingPosition) : null, decidedOn: input.decidedOn ?? null, reason: input.reason ?? null, updatedAt: scope.now }).where(eq(housingApplications.id, id));
}

export async function createStay(scope: AccessScope, personId: string, input: z.infer<typeof s.stayBody>): Promise<string> {
  const relation = await writeAccess(scope, personId, 'housing.temporary-stay');
  if (input.startDate > localDateAt(scope.now)) throw invalid([{ path: 'body/startDate', detail: 'Startdatoen kan ikke være fram i tid' }]);
  const [open] = await scope.tx.select({ id: temporaryStays.id }).from(temporaryStays).where(and(eq(temporaryStays.personId, personId), isNull(temporaryStays.endDate)));
  if (open) throw new HelhetError('CONFLICT', 'Personen har allerede et pågående opphold i midlertidig botilbud. Avslutt det først.');
  const { tenantId, userId } = scope.actor;
  const [row] = await scope.tx.insert(temporaryStays).values({ tenantId, personId, place: input.place, startDate: input.startDate, unitId: unitOf(relation), permanentPlan: input.permanentPlan ?? null, recordedBy: userId, recordedAt: scope.now }).returning({ id: temporaryStays.id });
  await scope.tx.insert(housingStatus).values({ tenantId, personId, status: 'temporary', fromDate: input.startDate, note: input.place, recordedBy: userId, recordedAt: scope.now });
  await scope.personChanged(personId);
  return row!.id;
}

export async function endStay(scope: AccessScope, id: string, endDate: string): Promise<void> {
  const stay = await load<typeof temporaryStays.$inferSelect>(scope, temporaryStays, id, 'oppholdet');
  await writeAccess(scope, stay.personId, 'housing.temporary-stay.end');
  if (stay.endDate) throw new HelhetError('CONFLICT', 'Oppholdet er allerede avsluttet.');
  if (endDate < stay.startDate) throw invalid([{ path: 'body/endDate', detail: 'Sluttdatoen kan ikke være før startdatoen' }]);
  if (endDate > localDateAt(scope.now)) throw invalid([{ path: 'body/endDate', detail: 'Sluttdatoen kan ikke være fram i tid' }]);
  await scope.tx.update(temporaryStays).set({ endDate }).where(eq(temporaryStays.id, id));
  await scope.personChanged(stay.personId);
}

export async function recordException(scope: AccessScope, id: string, reason: string): Promise<void> {
  const stay = await load<typeof temporaryStays.$inferSelect>(scope, temporaryStays, id, 'oppholdet');
  await writeAccess(scope, stay.personId, 'housing.temporary-stay.exception');
  await scope.tx.update(temporaryStays).set({ exceptionReason: reason, exceptionBy: scope.actor.userId, exceptionAt: scope.now }).where(eq(temporaryStays.id, id));
  await scope.personChanged(stay.personId);
}

export async function recordEviction(scope: AccessScope, personId: string, input: z.infer<typeof s.evictionBody>): Promise<string> {
  await writeAccess(scope, personId, 'housing.eviction');
  if (input.occurredOn > localDateAt(scope.now)) throw invalid([{ path: 'body/occurredOn', detail: 'Datoen kan ikke være fram i tid' }]);
  const [row] = await scope.tx.insert(evictionEvents).values({ tenantId: scope.actor.tenantId, personId, kind: input.kind, occurredOn: input.occurredOn, cause: input.cause, recordedBy: scope.actor.userId, recordedAt: scope.now }).returning({ id: evictionEvents.id });
  if (input.kind === 'eviction') await scope.tx.insert(housingStatus).values({ tenantId: scope.actor.tenantId, personId, status: 'homeless', fromDate: input.occurredOn, note: `Utkastet: ${input.cause}`, recordedBy: scope.actor.userId, recordedAt: scope.now });
  await scope.personChanged(personId);
  return row!.id;
}

export async function resolveEvictionRisk(scope: AccessScope, id: string, resolvedOn: string): Promise<void> {
  const e = await load<typeof evictionEvents.$inferSelect>(scope, evictionEvents, id, 'hendelsen');
  await writeAccess(scope, e.personId, 'housing.eviction.resolve');
  if (e.kind !== 'risk' || e.resolvedOn) throw new HelhetError('CONFLICT', 'Bare en åpen risiko for utkastelse kan avsluttes.');
  if (resolvedOn < e.occurredOn) throw invalid([{ path: 'body/resolvedOn', detail: 'Datoen kan ikke være før risikoen ble registrert' }]);
  await scope.tx.update(evictionEvents).set({ resolvedOn }).where(eq(evictionEvents.id, id));
  await scope.personChanged(e.personId);
}

export async function createPlan(scope: AccessScope, personId: string, input: z.infer<typeof s.planBody>): Promise<string> {
  await writeAccess(scope, personId, 'housing.follow-up-plan');
  const [unit] = await scope.tx.select({ id: units.id }).from(units).where(and(eq(units.id, input.unitId), eq(units.tenantId, scope.actor.tenantId)));
  if (!unit) throw invalid([{ path: 'body/unitId', detail: 'Ukjent enhet' }]);
  const [row] = await scope.tx.insert(homeFollowUpPlans).values({ tenantId: scope.actor.tenantId, personId, unitId: input.unitId, goals: input.goals, visitIntervalDays: input.visitIntervalDays, startDate: input.startDate, recordedBy: scope.actor.userId, recordedAt: scope.now }).returning({ id: homeFollowUpPlans.id });
  await scope.personChanged(personId);
  return row!.id;
}

export async function recordVisit(scope: AccessScope, planId: string, input: z.infer<typeof s.visitBody>): Promise<string> {
  const plan = await load<typeof homeFollowUpPlans.$inferSelect>(scope, homeFollowUpPlans, planId, 'planen for booppfølging');
  await writeAccess(scope, plan.personId, 'housing.home-visit');
  const problems: { path: string; detail: string }[] = [];
  if (input.visitedOn > localDateAt(scope.now)) problems.push({ path: 'body/visitedOn', detail: 'Besøksdatoen kan ikke være fram i tid' });
  if (input.visitedOn < plan.startDate) problems.push({ path: 'body/visitedOn', detail: 'Besøket kan ikke være før planen startet' });
  if (plan.endDate && input.visitedOn > plan.endDate) problems.push({ path: 'body/visitedOn', detail: 'Besøket kan ikke være etter at planen ble avsluttet' });
  if (problems.length) throw invalid(problems);
  const [row] = await scope.tx.insert(homeVisits).values({ tenantId: scope.actor.tenantId, planId, personId: plan.personId, visitedOn: input.visitedOn, note: input.note, visitedBy: scope.actor.userId, recordedAt: scope.now }).returning({ id: homeVisits.id });
  await scope.personChanged(plan.personId);
  return row!.id;
}

/** Ends a booppfølging plan: no more visits are due after the end date. */
export async function endPlan(scope: AccessScope, planId: string, endDate: string): Promise<void> {
  const plan = await load<typeof homeFollowUpPlans.$inferSelect>(scope, homeFollowUpPlans, planId, 'planen for booppfølging');
  await writeAccess(scope, plan.personId, 'housing.follow-up-plan.end');
  if (plan.endDate) throw new HelhetError('CONFLICT', 'Planen for booppfølging er allerede avsluttet.');
  if (endDate < plan.startDate) throw invalid([{ path: 'body/endDate', detail: 'Sluttdatoen kan ikke være før planen startet' }]);
  if (endDate > localDateAt(scope.now)) throw invalid([{ path: 'body/endDate', detail: 'Sluttdatoen kan ikke være fram i tid' }]);
  await scope.tx.update(homeFollowUpPlans).set({ endDate }).where(eq(homeFollowUpPlans.id, planId));
  await scope.personChanged(plan.personId);
}

function stayViews(rows: { s: typeof temporaryStays.$inferSelect; unitName: string | null; exceptionByName: string | null }[], today: string) {
  return rows.map(({ s, unitName, exceptionByName }) => {
    const { level, days, warningOn, findingOn } = stayLevel(s, today);
    return { id: s.id, personId: s.personId, place: s.place, startDate: s.startDate, endDate: s.endDate, unitName, permanentPlan: s.permanentPlan, exceptionReason: s.exceptionReason, exceptionByName, days, level, warningOn, findingOn };
  });
}

const exceptionBy = sql<string | null>`(select u.display_name from users u where u.id = ${temporaryStays.exceptionBy})`;

export async function getHousing(scope: AccessScope, personId: string) {
  scope.requireRole('person.read', personId);
  await scope.requirePerson(personId, 'housing.read');
  const today = localDateAt(scope.now);
  const history = await scope.tx.select({ h: housingStatus, recordedByName: users.displayName }).from(housingStatus).innerJoin(users, eq(users.id, housingStatus.recordedBy)).where(eq(housingStatus.personId, personId)).orderBy(desc(housingStatus.fromDate), desc(housingStatus.recordedAt));
  const applications = await scope.tx.select().from(housingApplications).where(eq(housingApplications.personId, personId)).orderBy(desc(housingApplications.appliedOn));
  const stays = stayViews(await scope.tx.select({ s: temporaryStays, unitName: units.name, exceptionByName: exceptionBy }).from(temporaryStays).leftJoin(units, eq(units.id, temporaryStays.unitId)).where(eq(temporaryStays.personId, personId)).orderBy(desc(temporaryStays.startDate)), today);
  const evictions = await scope.tx.select().from(evictionEvents).where(eq(evictionEvents.personId, personId)).orderBy(desc(evictionEvents.occurredOn));
  const plans = await scope.tx.select({ p: homeFollowUpPlans, unitName: units.name }).from(homeFollowUpPlans).innerJoin(units, eq(units.id, homeFollowUpPlans.unitId)).where(eq(homeFollowUpPlans.personId, personId)).orderBy(desc(homeFollowUpPlans.startDate));
  const visits = plans.length ? await scope.tx.select({ v: homeVisits, visitedByName: users.displayName }).from(homeVisits).innerJoin(users, eq(users.id, homeVisits.visitedBy)).where(inArray(homeVisits.planId, plans.map((p) => p.p.id))).orderBy(desc(homeVisits.visitedOn)) : [];
  const planViews = plans.map(({ p, unitName }) => {
    const own = visits.filter((v) => v.v.planId === p.id);
    const facts = { id: p.id, startDate: p.startDate, endDate: p.endDate, visitIntervalDays: p.visitIntervalDays, lastVisitOn: own[0]?.v.visitedOn ?? null };
    const due = nextVisitDue(facts);
    return { id: p.id, unitId: p.unitId, unitName, goals: p.goals, visitIntervalDays: p.visitIntervalDays, startDate: p.startDate, endDate: p.endDate, nextVisitDue: due, visitOverdue: !p.endDate && due < today, visits: own.map(({ v, visitedByName }) => ({ id: v.id, visitedOn: v.visitedOn, note: v.note, visitedByName })), facts };
  });
  const current = history[0] ? { status: history[0].h.status, label: housingStatusLabels[history[0].h.status]!, fromDate: history[0].h.fromDate } : null;
  const facts: HousingFacts = { currentStatus: current?.status ?? null, stays: stays.map((x) => ({ id: x.id, startDate: x.startDate, endDate: x.endDate, exceptionReason: x.exceptionReason })), evictions: evictions.map((e) => ({ id: e.id, kind: e.kind, occurredOn: e.occurredOn, resolvedOn: e.resolvedOn })), plans: planViews.map((p) => p.facts) };
  return {
    today,
    current,
    history: history.map(({ h, recordedByName }) => ({ id: h.id, status: h.status, label: housingStatusLabels[h.status]!, fromDate: h.fromDate, note: h.note, recordedByName })),
    applications: applications.map((a) => ({ id: a.id, kind: a.kind, appliedOn: a.appliedOn, status: a.status, waitingPosition: a.waitingPosition, decidedOn: a.decidedOn, reason: a.reason })),
    stays,
    evictions: evictions.map((e) => ({ id: e.id, kind: e.kind, occurredOn: e.occurredOn, cause: e.cause, resolvedOn: e.resolvedOn })),
    plans: planViews.map(({ facts: _f, ...p }) => p),
    checks: housingChecks.map((c) => ({ id: c.id, text: c.text, source: c.source, ...c.evaluate(facts, today) })),
  };
}

interface OverviewStay { id: string; personId: string; personName: string; place: string; startDate: string; endDate: string | null; unitName: string | null; permanentPlan: string | null; exceptionReason: string | null; exceptionByName: string | null }
interface OverviewWaiting { id: string; personId: string; personName: string; kind: 'municipal-rental' | 'staffed'; appliedOn: string; waitingPosition: number | null }

/**
 * Open temporary stays with days and level, and the waiting list, for persons the user may see; the
 * limit is a SQL filter. One statement: the user's persons are computed once and both lists come back
 * in one round trip (as JSON arrays, in the order of each list).
 */
export async function overview(scope: AccessScope, limit = 500) {
  scope.requireRole('person.read');
  const today = localDateAt(scope.now);
  const tenant = scope.actor.tenantId;
  const [row] = await queryRows<{ stays: OverviewStay[]; waiting: OverviewWaiting[] }>(scope.tx, sql`
    with v as not materialized (${scope.visiblePersonIds()}),
    s as (
      select s.id, s.person_id as "personId", p.given_name || ' ' || p.family_name as "personName", s.place, s.start_date as "startDate", s.end_date as "endDate",
        u.name as "unitName", s.permanent_plan as "permanentPlan", s.exception_reason as "exceptionReason", (select x.display_name from users x where x.id = s.exception_by) as "exceptionByName"
      from temporary_stays s join persons p on p.id = s.person_id left join units u on u.id = s.unit_id
      where s.tenant_id = ${tenant} and s.end_date is null and s.person_id in (select person_id from v)
      order by s.start_date limit ${limit}),
    w as (
      select a.id, a.person_id as "personId", p.given_name || ' ' || p.family_name as "personName", a.kind, a.applied_on as "appliedOn", a.waiting_position as "waitingPosition"
      from housing_applications a join persons p on p.id = a.person_id
      where a.tenant_id = ${tenant} and a.status = 'waiting' and a.person_id in (select person_id from v)
      order by a.kind, a.waiting_position asc nulls last, a.applied_on limit ${limit})
    select (select coalesce(json_agg(s order by s."startDate"), '[]'::json) from s) as stays,
      (select coalesce(json_agg(w order by w.kind, w."waitingPosition" asc nulls last, w."appliedOn"), '[]'::json) from w) as waiting`);
  const stayRows = row!.stays;
  const waiting = row!.waiting;
  scope.recordListed([...new Set([...stayRows.map((r) => r.personId), ...waiting.map((w) => w.personId)])], 'housing.overview');
  const stays = stayRows.map((s) => {
    const { level, days, warningOn, findingOn } = stayLevel(s, today);
    return { id: s.id, personId: s.personId, place: s.place, startDate: s.startDate, endDate: s.endDate, unitName: s.unitName, permanentPlan: s.permanentPlan, exceptionReason: s.exceptionReason, exceptionByName: s.exceptionByName, days, level, warningOn, findingOn, personName: s.personName };
  });
  const rank = { finding: 0, warning: 1, exception: 2, ok: 3 } as const;
  stays.sort((a, b) => rank[a.level] - rank[b.level] || b.days - a.days);
  return { today, stays, waitingList: waiting };
}

/** Municipality-wide monthly figures (aggregates, no person data): persons in temporary housing, stays over 3 months, evictions. */
export async function figures(scope: AccessScope, months: number) {
  scope.requireRole('housing.statistics');
  const today = localDateAt(scope.now);
  const tenant = scope.actor.tenantId;
  const rows = await queryRows<{ month: string; persons: number; over: number; evictions: number }>(scope.tx, sql`
    with m as (select (date_trunc('month', ${today}::date) - g * interval '1 month')::date as start from generate_series(0, ${months - 1}::int) g),
    b as (select start, (start + interval '1 month' - interval '1 day')::date as last from m)
    select to_char(b.start, 'YYYY-MM') as month,
      (select count(distinct s.person_id)::int from temporary_stays s where s.tenant_id = ${tenant} and s.start_date <= b.last and (s.end_date is null or s.end_date >= b.start)) as persons,
      (select count(*)::int from temporary_stays s where s.tenant_id = ${tenant} and s.start_date <= b.last and (s.end_date is null or s.end_date >= b.start)
        and least(coalesce(s.end_date, ${today}::date), b.last) >= (s.start_date + interval '3 months')::date) as over,
      (select count(*)::int from eviction_events e where e.tenant_id = ${tenant} and e.kind = 'eviction' and e.occurred_on between b.start and b.last) as evictions
    from b order by b.start`);
  return { months: rows.map((r) => ({ month: r.month, personsInTemporaryHousing: r.persons, staysOverThreeMonths: r.over, evictions: r.evictions })) };
}
