// `npm run bench:deviations` (and the third part of `npm run bench`): avvik statistics for a
// 100,000-person municipality with 200,000 avvik over five years, through the API and as one
// hand-written aggregate SQL statement returning the same cells and median, on PGlite and PostgreSQL.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { buildApp } from '../app.js';
import { generateMunicipality } from '../demo/generate.js';
import { hashPassword } from '../platform/auth/local-provider.js';
import { localDateAt } from '../platform/calendar/index.js';
import { queryRows } from '../platform/db/database.js';
import { partners, users } from '../platform/db/schema.js';
import { deviationCategories } from '../capabilities/deviations/index.js';
import { TestClient } from '../test/http-client.js';
import type { BenchDatabase } from './databases.js';
import { summarize, type Summary, ms, ratio } from './stats.js';
import { type DatabaseKind, argv, flag, elapsedLog } from './args.js';
import { benchEachDatabase } from './docs-section.js';

if (argv.includes('--help')) {
  console.log('npx tsx server/src/bench/deviations.ts [--persons 100000] [--person-rows N] [--deviations 200000] [--years 5] [--iterations 60] [--warmup 5] [--databases pglite,postgres] [--periods 12,36] [--no-write]');
  process.exit(0);
}
const persons = Number(flag('persons', '100000'));
/** Person rows actually generated (the statistics never read persons; units and staff follow --persons). */
const personRows = Number(flag('person-rows', String(persons)));
const count = Number(flag('deviations', '200000'));
const years = Number(flag('years', '5'));
const iterations = Number(flag('iterations', '60'));
const warmup = Number(flag('warmup', '5'));
const periodMonths = flag('periods', '12,36').split(',').map(Number);
const password = 'helhet-bench-2026';
const log = elapsedLog();

/**
 * The hand-written baseline: the same two groupings as the API — unit (or partner) × category over the
 * period and month × category over all units, with reported, closed, closed with feedback and the sum
 * of days to close — and the median, in one statement.
 */
const handWritten = `
  select grouping(to_char(d.reported_at at time zone 'Europe/Oslo', 'YYYY-MM')) = 1 as per_unit,
         to_char(d.reported_at at time zone 'Europe/Oslo', 'YYYY-MM') as month, u.id as unit_id, u.name as unit_name, p.id as partner_id, p.name as partner_name, d.category,
         count(*)::int as reported, count(d.closed_at)::int as closed,
         (count(*) filter (where d.closed_at is not null and d.closed_with_feedback))::int as closed_with_feedback,
         coalesce(sum(extract(epoch from (d.closed_at - d.reported_at)) / 86400.0), 0)::float8 as days_sum,
         (select percentile_cont(0.5) within group (order by extract(epoch from (x.closed_at - x.reported_at)) / 86400.0)
            from deviations x where x.tenant_id = $1 and x.reported_at >= $2 and x.reported_at < $3 and x.closed_at is not null) as median_days
  from deviations d left join units u on u.id = d.concerned_unit_id left join partners p on p.id = d.concerned_partner_id
  where d.tenant_id = $1 and d.reported_at >= $2 and d.reported_at < $3
  group by grouping sets ((u.id, u.name, p.id, p.name, d.category), (to_char(d.reported_at at time zone 'Europe/Oslo', 'YYYY-MM'), d.category))`;

/** The API's groups: unit × category entries plus the month × category counts that are not zero. */
function groupsOf(body: { perUnit: { perCategory: unknown[] }[]; perCategory: { perMonth: number[] }[] }): number {
  return body.perUnit.reduce((n, u) => n + u.perCategory.length, 0) + body.perCategory.reduce((n, c) => n + c.perMonth.filter((x) => x > 0).length, 0);
}

interface Period {
  label: string;
  months: number;
  from: string;
  to: string;
  inPeriod: number;
  /** Groups in the answer (unit × category and month × category), the same rows the baseline returns. */
  cells: number;
  /** Size of the API's JSON answer. */
  bytes: number;
  api: Summary;
  sql: Summary;
  health: Summary;
}

interface Result {
  kind: DatabaseKind;
  version: string;
  units: number;
  staff: number;
  persons: number;
  deviations: number;
  generateMs: number;
  periods: Period[];
}

function monthOf(date: Date, back: number): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - back, 1));
  return d.toISOString().slice(0, 7);
}

/** Inserts `count` avvik spread evenly over `years` up to `now`, set-based and deterministic (no random()). */
async function generateDeviations(bench: BenchDatabase, tenantId: string, now: Date): Promise<void> {
  const { db } = bench.database;
  const partnerRows = Array.from({ length: 12 }, (_, i) => ({ tenantId, name: `Samarbeidspartner ${i + 1}`, kind: (['dps', 'tsb', 'sykehus', 'fastlegekontor'] as const)[i % 4]! }));
  await db.insert(partners).values(partnerRows);
  const categories = sql.raw(`array[${deviationCategories.map((c) => `'${c}'`).join(', ')}]`);
  const spanSeconds = Math.round(years * 365.25 * 86400);
  const batch = 50_000;
  for (let offset = 0; offset < count; offset += batch) {
    const last = Math.min(count, offset + batch);
    // f(i, k): a deterministic pseudo-random fraction in [0, 1) per row and purpose.
    await db.execute(sql`
      with s as (select id, unit_id, row_number() over (order by id) as rn from (select distinct on (m.user_id) m.user_id as id, m.unit_id from unit_memberships m where m.tenant_id = ${tenantId} order by m.user_id, m.unit_id) x),
           u as (select id, row_number() over (order by id) as rn from units where tenant_id = ${tenantId}),
           p as (select id, row_number() over (order by id) as rn from partners where tenant_id = ${tenantId}),
           n as (select (select count(*) from s) as staff, (select count(*) from u) as units, (select count(*) from p) as partners),
           g as (select i, ((i * 2654435761) % 1000003) / 1000003.0 as f1, ((i * 40503 + 7) % 999983) / 999983.0 as f2, ((i * 69069 + 11) % 1000033) / 1000033.0 as f3 from generate_series(${offset + 1}::bigint, ${last}::bigint) as i),
           h as (select g.*, ${now}::timestamptz - make_interval(secs => (${spanSeconds}::float8 * (${count}::float8 - g.i) / ${count}::float8)) as at,
                    1 + (g.i * 7919) % (select staff from n) as staff_rn,
                    case when g.f2 < 0.1 then null else 1 + floor((select units from n) * g.f1 * g.f1)::int end as unit_rn,
                    case when g.f2 < 0.1 then 1 + (g.i % (select partners from n)) else null end as partner_rn
             from g),
           rows as (
             select h.*, s.id as reporter, s.unit_id as reporter_unit, u.id as concerned_unit, p.id as concerned_partner
             from h join s on s.rn = h.staff_rn left join u on u.rn = h.unit_rn left join p on p.rn = h.partner_rn)
      insert into deviations (tenant_id, description, occurred_at, location, category, severity, reported_by, reporter_unit_id, reported_at, concerned_unit_id, concerned_partner_id, handling_unit_id, routed_at, status, closed_at, closed_with_feedback)
      select ${tenantId}, 'Syntetisk avvik til ytelsestest', at, 'Syntetisk', (${categories})[1 + (i % ${deviationCategories.length})],
             (array['minor', 'minor', 'moderate', 'moderate', 'serious'])[1 + (i % 5)], reporter, reporter_unit, at, concerned_unit, concerned_partner, coalesce(concerned_unit, reporter_unit), at,
             case when at + make_interval(days => (1 + f3 * 60)::int) < ${now}::timestamptz and f3 < 0.92 then 'closed' else 'in-handling' end,
             case when at + make_interval(days => (1 + f3 * 60)::int) < ${now}::timestamptz and f3 < 0.92 then at + make_interval(days => (1 + f3 * 60)::int) else null end,
             case when at + make_interval(days => (1 + f3 * 60)::int) < ${now}::timestamptz and f3 < 0.92 then f2 < 0.85 else null end
      from rows`);
    log(`  avvik: ${last.toLocaleString('en')}`);
  }
}

async function run(bench: BenchDatabase): Promise<Result> {
  const { db } = bench.database;
  const units = Math.round(persons / 333);
  const staff = Math.round(persons / 50);
  const now = new Date();
  const start = performance.now();
  const municipality = await generateMunicipality(db, { persons: personRows, units, staff, accessLogRows: 0, password, seed: persons, onProgress: (m) => (m.startsWith('personer') ? undefined : log(`  ${m}`)) });
  const { tenantId } = municipality;
  await db.insert(users).values({ tenantId, username: `kvalitet-${tenantId.slice(0, 8)}`, displayName: 'Kvalitetsrådgiver (ytelsestest)', kind: 'staff', roles: ['quality-adviser'], passwordHash: await hashPassword(password) });
  await generateDeviations(bench, tenantId, now);
  await db.execute(sql`vacuum analyze`);
  if (bench.kind === 'postgres') await db.execute(sql`checkpoint`);
  const generateMs = performance.now() - start;
  const [counted] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from deviations where tenant_id = ${tenantId}`);
  const app = await buildApp({ db, serveWeb: false });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const client = new TestClient(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    const login = await client.login(`kvalitet-${tenantId.slice(0, 8)}`, password);
    if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
    const today = localDateAt(now);
    const current = new Date(`${today.slice(0, 7)}-15T12:00:00Z`);
    const periods: Period[] = [];
    for (const months of periodMonths) {
      const from = monthOf(current, months - 1);
      const to = monthOf(current, 0);
      const path = `/api/deviations/statistics?from=${from}&to=${to}`;
      const startAt = new Date(`${from}-01T00:00:00+01:00`);
      const endAt = new Date(`${to}-01T00:00:00+01:00`);
      endAt.setUTCMonth(endAt.getUTCMonth() + 1);
      const api: number[] = [];
      const plain: number[] = [];
      const health: number[] = [];
      let cells = 0;
      let bytes = 0;
      let inPeriod = 0;
      for (let i = 0; i < warmup + iterations; i++) {
        const steps = [
          async () => {
            const t = performance.now();
            const answer = await client.get(path);
            if (answer.status !== 200) throw new Error(`statistics answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`);
            if (i >= warmup) api.push(performance.now() - t);
            cells = groupsOf(answer.body);
            bytes = Number(answer.headers.get('content-length') ?? 0);
            inPeriod = answer.body.totals.reported;
          },
          async () => {
            const t = performance.now();
            const result = await bench.raw(handWritten, [tenantId, startAt.toISOString(), endAt.toISOString()]);
            if (i >= warmup) plain.push(performance.now() - t);
            if (cells && result.rows.length !== cells) throw new Error(`hand-written SQL returned ${result.rows.length} groups, the API ${cells}`);
          },
          async () => {
            const t = performance.now();
            await client.get('/api/health');
            if (i >= warmup) health.push(performance.now() - t);
          },
        ];
        for (let k = 0; k < steps.length; k++) await steps[(i + k) % steps.length]!();
      }
      periods.push({ label: `${months} months`, months, from, to, inPeriod, cells, bytes, api: summarize(api), sql: summarize(plain), health: summarize(health) });
      log(`  ${months} months: API p50 ${ms(periods.at(-1)!.api.p50)} p95 ${ms(periods.at(-1)!.api.p95)}, SQL p50 ${ms(periods.at(-1)!.sql.p50)} p95 ${ms(periods.at(-1)!.sql.p95)} ms, ${cells} groups, ${(bytes / 1024).toFixed(0)} KiB`);
    }
    const [generated] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from persons where tenant_id = ${tenantId}`);
    return { kind: bench.kind, version: bench.serverVersion.split(' ').slice(0, 2).join(' '), units, staff, persons: generated!.n, deviations: counted!.n, generateMs, periods };
  } finally {
    await app.close();
  }
}

function section(results: Result[]): string {
  const lines = [
    `### Avvik statistics (issue 6, item 8) — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${os.cpus()[0]?.model ?? 'unknown'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}. ${iterations} measured requests after ${warmup} warm-up, sequential, one client. Command: \`npm run bench:deviations\` (\`server/src/bench/deviations.ts\`).`,
    '',
    'The API side is `GET /api/deviations/statistics?from=…&to=…` (HTTP, session, role check, one transaction, one aggregate statement with two grouping sets — unit or partner × category, month × category — and the median as a subquery, the pure statistics over the groups, Zod serialisation, JSON, the client\'s JSON parse); the SQL side is the same grouping-sets statement, hand-written, returning the same groups and the median through the raw driver. Target: API ÷ SQL ≤ 1.5 at p95.',
    '',
    '| database | avvik (5 years) | period | avvik in period | groups | API JSON | API p50 / p95 ms | SQL p50 / p95 ms | HTTP health p50 | API ÷ SQL p50 | API ÷ SQL p95 | target ≤ 1.5 (p95) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    for (const p of r.periods) {
      const p95 = p.api.p95 / p.sql.p95;
      lines.push(`| ${r.kind} (${r.version}) | ${r.deviations.toLocaleString('en')} | ${p.from} – ${p.to} | ${p.inPeriod.toLocaleString('en')} | ${p.cells.toLocaleString('en')} | ${(p.bytes / 1024).toFixed(0)} KiB | ${ms(p.api.p50)} / ${ms(p.api.p95)} | ${ms(p.sql.p50)} / ${ms(p.sql.p95)} | ${ms(p.health.p50)} | ${ratio(p.api.p50 / p.sql.p50)} | ${ratio(p95)} | ${p95 <= 1.5 ? 'met' : 'not met'} |`);
    }
  }
  lines.push('', `Data: ${results.map((r) => `${r.kind}: ${r.units} units and ${r.staff.toLocaleString('en')} staff (sized for ${persons.toLocaleString('en')} persons), ${r.persons.toLocaleString('en')} person rows generated, 12 partners, generated in ${(r.generateMs / 1000).toFixed(0)} s`).join('; ')}.`);
  return lines.join('\n');
}


benchEachDatabase({ name: 'deviations', heading: 'Avvik statistics', log }, run, section);
