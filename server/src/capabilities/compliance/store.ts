// Evaluation runs (one person after a change; everyone daily) write the result table and the monthly
// history. Reads: one person's live evaluation, worklist findings, dashboards and drill-down.
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../../platform/db/database.js';
import { tenantIds as allTenantIds, withTenant } from '../../platform/db/tenant-context.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { HelhetError } from '../../platform/errors.js';
import { localDateAt } from '../../platform/calendar/index.js';
import { persons, units } from '../../platform/db/schema.js';
import { catalogue, checksById } from './checks/registry.js';
import { evaluateSnapshot, type EvaluatedCheck } from './evaluate.js';
import { loadSnapshots } from './snapshot.js';
import { complianceResults } from './schema.js';
import type { CaseSnapshot } from './types.js';

/** Re-evaluates the given persons: their stored results are replaced, no one else's are touched. */
export async function reevaluatePersons(db: Db | Tx, tenantId: string, personIds: string[], now: Date): Promise<number> {
  if (personIds.length === 0) return 0;
  const snapshots = await loadSnapshots(db, tenantId, personIds, now);
  return writeResults(db, tenantId, personIds, snapshots, now);
}

async function writeResults(db: Db | Tx, tenantId: string, personIds: string[], snapshots: CaseSnapshot[], now: Date): Promise<number> {
  const today = localDateAt(now);
  const rows = snapshots.flatMap((s) =>
    evaluateSnapshot(s, today)
      .filter((r) => r.status !== 'not-applicable')
      .map((r) => ({ tenantId, personId: s.personId, checkId: r.checkId, status: r.status as 'met' | 'partly' | 'not-met', detail: r.detail, evidence: r.evidence, unitId: r.responsible?.unitId ?? null, assigneeId: r.responsible?.userId ?? null, evaluatedAt: now })),
  );
  const ids = sql`${`{${personIds.join(',')}}`}::uuid[]`;
  await db.execute(sql`delete from compliance_results where tenant_id = ${tenantId} and person_id = any(${ids})`);
  // One JSON parameter per statement instead of ten bind parameters per row: the server parses the
  // batch once (jsonb_to_recordset), which is many times faster than a 50,000-parameter insert.
  for (let i = 0; i < rows.length; i += 10_000) {
    const batch = JSON.stringify(rows.slice(i, i + 10_000).map((r) => ({ person_id: r.personId, check_id: r.checkId, status: r.status, detail: r.detail, evidence: r.evidence, unit_id: r.unitId, assignee_id: r.assigneeId })));
    await db.execute(sql`
      insert into compliance_results (tenant_id, person_id, check_id, status, detail, evidence, unit_id, assignee_id, evaluated_at)
      select ${tenantId}::uuid, x.person_id, x.check_id, x.status, x.detail, x.evidence, x.unit_id, x.assignee_id, ${now}::timestamptz
      from jsonb_to_recordset(${batch}::jsonb) as x(person_id uuid, check_id text, status text, detail text, evidence jsonb, unit_id uuid, assignee_id uuid)`);
  }
  return rows.length;
}

export interface FullRunReport {
  persons: number;
  rows: number;
  ms: number;
}

/** Every person of every tenant (or one tenant), in batches, each in its tenant's context; then this month's history row. */
export async function runFull(db: Db, now: Date, options: { tenantId?: string; batchSize?: number } = {}): Promise<FullRunReport> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 2000;
  const tenantIds = options.tenantId ? [options.tenantId] : await allTenantIds(db);
  let personCount = 0;
  let rowCount = 0;
  for (const tenantId of tenantIds) {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await withTenant(db, tenantId, async (tx) => {
        const ids = (await queryRows<{ id: string }>(tx, sql`select id from persons where tenant_id = ${tenantId} and id > ${after} order by id limit ${batchSize}`)).map((p) => p.id);
        if (ids.length === 0) return null;
        const snapshots = await loadSnapshots(tx, tenantId, ids, now);
        return { ids, rows: await writeResults(tx, tenantId, ids, snapshots, now) };
      });
      if (!batch) break;
      after = batch.ids[batch.ids.length - 1]!;
      rowCount += batch.rows;
      personCount += batch.ids.length;
    }
    await withTenant(db, tenantId, (tx) => recordMonth(tx, tenantId, now));
  }
  return { persons: personCount, rows: rowCount, ms: performance.now() - started };
}

/** Replaces this month's counts (municipality total with unit null, and per serving unit). */
export async function recordMonth(db: Db | Tx, tenantId: string, now: Date): Promise<void> {
  const month = localDateAt(now).slice(0, 7);
  const counts = sql`count(*) filter (where r.status = 'met')::int, count(*) filter (where r.status = 'partly')::int, count(*) filter (where r.status = 'not-met')::int`;
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from compliance_monthly where tenant_id = ${tenantId} and month = ${month}`);
    await tx.execute(sql`
      insert into compliance_monthly (tenant_id, month, check_id, unit_id, met, partly, not_met, recorded_at)
      select ${tenantId}::uuid, ${month}, r.check_id, null::uuid, ${counts}, ${now}::timestamptz from compliance_results r where r.tenant_id = ${tenantId} group by r.check_id
      union all
      select ${tenantId}::uuid, ${month}, r.check_id, sr.unit_id, ${counts}, ${now}::timestamptz from compliance_results r
        join (select distinct person_id, unit_id from service_relations where tenant_id = ${tenantId} and valid_from <= ${now} and (valid_to is null or valid_to > ${now})) sr on sr.person_id = r.person_id
      where r.tenant_id = ${tenantId} group by r.check_id, sr.unit_id`);
  });
}

// ---- reads ---------------------------------------------------------------------------------------

const definition = (checkId: string) => {
  const c = checksById.get(checkId);
  return c ? { id: c.id, theme: c.theme, text: c.text, source: c.source, appliesTo: c.appliesTo } : null;
};

export function listChecks() {
  return catalogue.map((c) => ({ id: c.id, theme: c.theme, text: c.text, source: c.source, appliesTo: c.appliesTo, rule: c.rule }));
}

/** The person page: every check evaluated now, with what is missing, why, and the law. */
export async function personCompliance(scope: AccessScope, personId: string) {
  scope.requireRole('person.read', personId);
  await scope.requirePerson(personId, 'compliance.read');
  const [snapshot] = await loadSnapshots(scope.tx, scope.actor.tenantId, [personId], scope.now);
  if (!snapshot) throw new HelhetError('NOT_FOUND', 'Fant ikke personen.');
  const today = localDateAt(scope.now);
  const results = evaluateSnapshot(snapshot, today);
  return { today, items: results.map((r: EvaluatedCheck) => ({ check: definition(r.checkId)!, status: r.status, detail: r.detail, evidence: r.evidence })) };
}

/** Findings (not met, partly) on a worker's or unit's worklist, for persons the worker may see. */
export async function findings(scope: AccessScope, query: { view: 'mine' | 'unit'; status: 'not-met' | 'all-findings' }) {
  scope.requireRole('person.read');
  const { actor } = scope;
  const who = query.view === 'mine' ? eq(complianceResults.assigneeId, actor.userId) : actor.unitIds.length ? inArray(complianceResults.unitId, actor.unitIds) : sql`false`;
  const statuses = query.status === 'not-met' ? ['not-met' as const] : ['not-met' as const, 'partly' as const];
  const rows = await scope.tx
    .select({
      personId: complianceResults.personId,
      personName: sql<string>`${persons.givenName} || ' ' || ${persons.familyName}`,
      checkId: complianceResults.checkId,
      status: complianceResults.status,
      detail: complianceResults.detail,
      unitName: units.name,
      evaluatedAt: complianceResults.evaluatedAt,
    })
    .from(complianceResults)
    .innerJoin(persons, eq(persons.id, complianceResults.personId))
    .leftJoin(units, eq(units.id, complianceResults.unitId))
    .where(and(eq(complianceResults.tenantId, actor.tenantId), inArray(complianceResults.status, statuses), who, scope.visiblePersons(complianceResults.personId)))
    .orderBy(complianceResults.status, persons.familyName, persons.givenName, complianceResults.checkId)
    .limit(500);
  scope.recordListed([...new Set(rows.map((r) => r.personId))], 'compliance.findings.read');
  return { items: rows.map((r) => ({ ...r, text: checksById.get(r.checkId)?.text ?? r.checkId, source: checksById.get(r.checkId)?.source ?? { law: '', section: '' } })) };
}

/** Persons served by the unit now (the unit filter of dashboards and drill-down). */
function servedBy(unitId: string, now: Date): SQL {
  return sql`r.person_id in (select sr.person_id from service_relations sr where sr.unit_id = ${unitId} and sr.valid_from <= ${now} and (sr.valid_to is null or sr.valid_to > ${now}))`;
}

async function requireUnit(scope: AccessScope, unitId: string | undefined): Promise<{ id: string; name: string } | null> {
  if (!unitId) return null;
  const [unit] = await scope.tx.select({ id: units.id, name: units.name }).from(units).where(and(eq(units.id, unitId), eq(units.tenantId, scope.actor.tenantId)));
  if (!unit) throw new HelhetError('UNPROCESSABLE', 'Enheten finnes ikke.', [{ path: 'querystring/unitId', detail: 'Velg en enhet i kommunen' }]);
  return unit;
}

export interface DashboardRow {
  checkId: string;
  met: number;
  partly: number;
  notMet: number;
  /** The latest evaluation among the rows (the same on every row). */
  evaluatedAt: Date | string | null;
}

/**
 * The aggregate the dashboard shows (and the benchmark times): one grouped scan of the result table.
 * The counts need only (tenant, check, status), so the scan is index-only on compliance_results_check_idx.
 * For the whole municipality the latest evaluation is a separate, uncorrelated subquery that reads
 * one entry of compliance_results_evaluated_idx (tenant, evaluated_at) backwards: a `max(evaluated_at)`
 * in the scan itself would send it to the table's heap (three times the time at 30,000 persons;
 * docs/benchmarks.md, compliance). For one unit it stays in the scan (the served persons' rows only).
 */
export async function aggregate(db: Db | Tx, tenantId: string, unitId: string | null, now: Date): Promise<DashboardRow[]> {
  const latest = unitId ? sql`max(r.evaluated_at)` : sql`(select max(x.evaluated_at) from compliance_results x where x.tenant_id = ${tenantId})`;
  return queryRows<DashboardRow>(db, sql`
    select r.check_id as "checkId", count(*) filter (where r.status = 'met')::int as met, count(*) filter (where r.status = 'partly')::int as partly,
      count(*) filter (where r.status = 'not-met')::int as "notMet", ${latest} as "evaluatedAt"
    from compliance_results r where r.tenant_id = ${tenantId} ${unitId ? sql`and ${servedBy(unitId, now)}` : sql``}
    group by r.check_id`);
}

const percent = (met: number, partly: number, notMet: number): number | null => {
  const applicable = met + partly + notMet;
  return applicable ? Math.round((1000 * met) / applicable) / 10 : null;
};

/** Counts, percentages and the monthly trend: aggregates only, no personal data. */
export async function dashboard(scope: AccessScope, query: { unitId?: string; months: number }) {
  scope.requireRole('compliance.dashboard');
  const unit = await requireUnit(scope, query.unitId);
  const rows = await aggregate(scope.tx, scope.actor.tenantId, unit?.id ?? null, scope.now);
  const byCheck = new Map(rows.map((r) => [r.checkId, r]));
  const items = catalogue.map((c) => {
    const r = byCheck.get(c.id) ?? { met: 0, partly: 0, notMet: 0 };
    return { checkId: c.id, theme: c.theme, text: c.text, source: c.source, met: r.met, partly: r.partly, notMet: r.notMet, applicable: r.met + r.partly + r.notMet, percentMet: percent(r.met, r.partly, r.notMet) };
  });
  const fromMonth = localDateAt(new Date(scope.now.getTime() - query.months * 31 * 86_400_000)).slice(0, 7);
  const trend = await queryRows<{ month: string; met: number; partly: number; notMet: number }>(scope.tx, sql`
    select month, sum(met)::int as met, sum(partly)::int as partly, sum(not_met)::int as "notMet" from compliance_monthly
    where tenant_id = ${scope.actor.tenantId} and ${unit ? sql`unit_id = ${unit.id}` : sql`unit_id is null`} and month > ${fromMonth}
    group by month order by month`);
  const totals = items.reduce((t, i) => ({ met: t.met + i.met, partly: t.partly + i.partly, notMet: t.notMet + i.notMet }), { met: 0, partly: 0, notMet: 0 });
  const last = rows.reduce<number | null>((max, r) => (r.evaluatedAt && (max === null || new Date(r.evaluatedAt).getTime() > max) ? new Date(r.evaluatedAt).getTime() : max), null);
  return {
    unit,
    evaluatedAt: last === null ? null : new Date(last),
    totals: { ...totals, applicable: totals.met + totals.partly + totals.notMet, percentMet: percent(totals.met, totals.partly, totals.notMet) },
    items,
    trend: trend.map((t) => ({ ...t, percentMet: percent(t.met, t.partly, t.notMet) })),
  };
}

/** Drill-down: the persons behind one count, only those the viewer has a relation to; others counted. */
export async function dashboardCases(scope: AccessScope, query: { checkId: string; status: 'met' | 'partly' | 'not-met'; unitId?: string }) {
  scope.requireRole('compliance.dashboard');
  if (!checksById.has(query.checkId)) throw new HelhetError('UNPROCESSABLE', 'Kontrollen finnes ikke.', [{ path: 'querystring/checkId', detail: 'Ukjent kontroll' }]);
  const unit = await requireUnit(scope, query.unitId);
  const where = and(
    eq(complianceResults.tenantId, scope.actor.tenantId),
    eq(complianceResults.checkId, query.checkId),
    eq(complianceResults.status, query.status),
    unit ? sql`${complianceResults.personId} in (select sr.person_id from service_relations sr where sr.unit_id = ${unit.id} and sr.valid_from <= ${scope.now} and (sr.valid_to is null or sr.valid_to > ${scope.now}))` : undefined,
  );
  const [total] = await scope.tx.select({ n: sql<number>`count(*)::int` }).from(complianceResults).where(where);
  const rows = await scope.tx
    .select({ personId: complianceResults.personId, personName: sql<string>`${persons.givenName} || ' ' || ${persons.familyName}`, detail: complianceResults.detail, unitName: units.name, evaluatedAt: complianceResults.evaluatedAt })
    .from(complianceResults)
    .innerJoin(persons, eq(persons.id, complianceResults.personId))
    .leftJoin(units, eq(units.id, complianceResults.unitId))
    .where(and(where, scope.visiblePersons(complianceResults.personId)))
    .orderBy(persons.familyName, persons.givenName)
    .limit(500);
  scope.recordListed(rows.map((r) => r.personId), 'compliance.cases.read');
  const count = total?.n ?? 0;
  return { check: definition(query.checkId)!, status: query.status, unit, total: count, hiddenCount: Math.max(0, count - rows.length), items: rows };
}

/** RFC 4180: fields with a comma, quote, CR or LF are quoted, quotes doubled; lines end in CRLF. */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const field = (v: string | number | null): string => {
    const s = v === null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

export async function dashboardCsv(scope: AccessScope, query: { unitId?: string; months: number }): Promise<string> {
  const d = await dashboard(scope, query);
  return toCsv(
    ['kontroll', 'krav', 'kilde', 'oppfylt', 'delvis', 'ikke_oppfylt', 'aktuelle', 'prosent_oppfylt'],
    d.items.map((i) => [i.checkId, i.text, `${i.source.law} ${i.source.section}`, i.met, i.partly, i.notMet, i.applicable, i.percentMet]),
  );
}

export async function casesCsv(scope: AccessScope, query: { checkId: string; status: 'met' | 'partly' | 'not-met'; unitId?: string }): Promise<string> {
  const d = await dashboardCases(scope, query);
  return toCsv(['person_id', 'navn', 'kontroll', 'status', 'funn', 'ansvarlig_enhet'], d.items.map((i) => [i.personId, i.personName, query.checkId, query.status, i.detail, i.unitName]));
}

