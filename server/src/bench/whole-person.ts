// `npm run bench:whole-person` (also part 3 of `npm run bench`): the housing office's overview and the
// somatic worklist at 100,000 persons, through the API and as hand-written SQL returning the same rows.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { buildApp } from '../app.js';
import { generateMunicipality } from '../demo/generate.js';
import { generateCaseData } from '../demo/generate-cases.js';
import { generateWholePersonData } from '../demo/generate-whole-person.js';
import { activeUnitIds } from '../platform/access/scope.js';
import { localDateAt } from '../platform/calendar/index.js';
import { queryRows } from '../platform/db/database.js';
import { TestClient } from '../test/http-client.js';
import type { BenchDatabase } from './databases.js';
import { summarize, type Summary, ms, ratio } from './stats.js';
import { type DatabaseKind, flag, elapsedLog } from './args.js';
import { benchEachDatabase } from './docs-section.js';

const persons = Number(flag('persons', '100000'));
const iterations = Number(flag('iterations', '200'));
const warmup = Number(flag('warmup', '20'));
const password = 'helhet-bench-2026';
const log = elapsedLog();

// The user's persons, as visiblePersons decides them: team membership or an active relation of one of the user's units.
const visible = (column: string) => `${column} in (select person_id from team_members where user_id = $3 and valid_from <= now() and (valid_to is null or valid_to > now())
  union select person_id from service_relations where unit_id = any($2::uuid[]) and valid_from <= now() and (valid_to is null or valid_to > now()))`;
const housingStays = `
  select s.*, p.given_name || ' ' || p.family_name as person_name, u.name as unit_name, (select x.display_name from users x where x.id = s.exception_by) as exception_by_name
  from temporary_stays s join persons p on p.id = s.person_id left join units u on u.id = s.unit_id
  where s.tenant_id = $1 and s.end_date is null and ${visible('s.person_id')} order by s.start_date limit 500`;
const housingWaiting = `
  select a.id, a.person_id, p.given_name || ' ' || p.family_name as person_name, a.kind, a.applied_on, a.waiting_position
  from housing_applications a join persons p on p.id = a.person_id
  where a.tenant_id = $1 and a.status = 'waiting' and ${visible('a.person_id')} order by a.kind, a.waiting_position asc nulls last, a.applied_on limit 500`;
const somaticWorklist = `
  select x.* from (
    select p.id as person_id, p.given_name || ' ' || p.family_name as person_name, k.kind, l.last_done_on,
      coalesce((l.last_done_on + make_interval(months => coalesce(f.interval_months, k.months)))::date, $4::date) as due_on
    from persons p
    cross join (values ('blood-tests', true, 12), ('hepatitis-b', false, 12), ('hepatitis-c', false, 12), ('hiv', false, 12), ('vaccination', true, 12), ('skin-soft-tissue', true, 3), ('nutrition-weight', true, 3), ('dental', true, 12), ('medication-review', true, 12)) as k(kind, indicated, months)
    left join somatic_follow_up f on f.person_id = p.id and f.kind = k.kind
    left join lateral (select max(c.done_on) as last_done_on from somatic_checks c where c.person_id = p.id and c.kind = k.kind) l on true
    where p.tenant_id = $1 and ${visible('p.id')}
      and (exists (select 1 from somatic_follow_up f0 where f0.person_id = p.id) or exists (select 1 from somatic_checks c0 where c0.person_id = p.id))
      and coalesce(f.indicated, k.indicated)
  ) x where x.due_on <= $4::date + 30 order by x.due_on, x.person_name, x.kind limit 200`;

interface Measured { rows: number; api: Summary; sql: Summary }
interface Result { kind: DatabaseKind; version: string; generateMs: number; stays: number; checks: number; housing: Measured; somatic: Measured; health: Summary }

async function run(bench: BenchDatabase, kind: DatabaseKind): Promise<Result> {
  const { db } = bench.database;
  const start = performance.now();
  const today = localDateAt(new Date());
  const municipality = await generateMunicipality(db, { persons, units: Math.round(persons / 333), staff: Math.round(persons / 50), accessLogRows: Math.min(persons, 100_000), password, seed: persons, onProgress: (m) => (m.startsWith('personer') ? undefined : log(`  ${m}`)) });
  await generateCaseData(db, { tenantId: municipality.tenantId, today, onProgress: (m) => log(`  ${m}`) });
  await generateWholePersonData(db, { tenantId: municipality.tenantId, today, onProgress: (m) => log(`  ${m}`) });
  await db.execute(sql`vacuum analyze`);
  const generateMs = performance.now() - start;
  const [counts] = await queryRows<{ stays: number; checks: number }>(db, sql`select (select count(*)::int from temporary_stays) as stays, (select count(*)::int from somatic_checks) as checks`);
  const [user] = await queryRows<{ id: string }>(db, sql`select id from users where username = ${municipality.sampleUsername}`);
  const unitIds = await activeUnitIds(db, user!.id, new Date());
  const app = await buildApp({ db, serveWeb: false });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const client = new TestClient(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    const login = await client.login(municipality.sampleUsername, password);
    if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
    const t = { housingApi: [] as number[], housingSql: [] as number[], somaticApi: [] as number[], somaticSql: [] as number[], health: [] as number[] };
    let housingRows = 0;
    let somaticRows = 0;
    const params = [municipality.tenantId, unitIds, user!.id];
    for (let i = 0; i < warmup + iterations; i++) {
      const measure = (into: number[]) => async (work: () => Promise<void>) => {
        const s = performance.now();
        await work();
        if (i >= warmup) into.push(performance.now() - s);
      };
      const steps = [
        () => measure(t.housingApi)(async () => {
          const answer = await client.get('/api/housing/overview');
          if (answer.status !== 200) throw new Error(`housing overview answered ${answer.status}`);
          housingRows = answer.body.stays.length + answer.body.waitingList.length;
        }),
        () => measure(t.housingSql)(async () => {
          const a = await bench.raw(housingStays, params);
          const b = await bench.raw(housingWaiting, params);
          if (i > 0 && a.rows.length + b.rows.length !== housingRows) throw new Error(`hand-written housing SQL returned ${a.rows.length + b.rows.length} rows, the API ${housingRows}`);
        }),
        () => measure(t.somaticApi)(async () => {
          const answer = await client.get('/api/somatic/worklist?limit=200');
          if (answer.status !== 200) throw new Error(`somatic worklist answered ${answer.status}`);
          somaticRows = answer.body.items.length;
        }),
        () => measure(t.somaticSql)(async () => {
          const r = await bench.raw(somaticWorklist, [...params, today]);
          if (i > 0 && r.rows.length !== somaticRows) throw new Error(`hand-written somatic SQL returned ${r.rows.length} rows, the API ${somaticRows}`);
        }),
        () => measure(t.health)(async () => {
          await client.get('/api/health');
        }),
      ];
      for (let k = 0; k < steps.length; k++) await steps[(i + k) % steps.length]!();
    }
    return {
      kind, version: bench.serverVersion.split(' ').slice(0, 2).join(' '), generateMs, stays: counts!.stays, checks: counts!.checks,
      housing: { rows: housingRows, api: summarize(t.housingApi), sql: summarize(t.housingSql) },
      somatic: { rows: somaticRows, api: summarize(t.somaticApi), sql: summarize(t.somaticSql) },
      health: summarize(t.health),
    };
  } finally {
    await app.close();
  }
}

function section(results: Result[]): string {
  const lines = [
    `### Whole-person worklists (issue 7) — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${os.cpus()[0]?.model ?? 'unknown'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}. ${persons.toLocaleString('en')} persons, ${iterations} measured requests per endpoint after ${warmup} warm-up, sequential, one client. Command: \`npm run bench:whole-person\` (\`server/src/bench/whole-person.ts\`).`,
    '',
    'API: `GET /api/housing/overview` (open temporary stays + waiting list) and `GET /api/somatic/worklist?limit=200` (checks due within 30 days), each with HTTP, session, `visiblePersons`, one transaction and access-log rows for the listed persons. SQL: the same rows by hand-written queries through the raw driver (two for the overview). Target: API ÷ SQL ≤ 1.5.',
    '',
    '| database | endpoint | rows | API p50 / p95 ms | SQL p50 / p95 ms | HTTP health p50 | API ÷ SQL (p50) | API ÷ SQL (p95) | (API − health) ÷ SQL | target ≤ 1.5 (p95) |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    for (const [name, m] of [['housing overview', r.housing], ['somatic worklist', r.somatic]] as const) {
      const p95 = m.api.p95 / m.sql.p95;
      lines.push(`| ${r.kind} (${r.version}) | ${name} | ${m.rows} | ${ms(m.api.p50)} / ${ms(m.api.p95)} | ${ms(m.sql.p50)} / ${ms(m.sql.p95)} | ${ms(r.health.p50)} | ${ratio(m.api.p50 / m.sql.p50)} | ${ratio(p95)} | ${ratio((m.api.p50 - r.health.p50) / m.sql.p50)} | ${p95 <= 1.5 ? 'met' : 'not met'} |`);
    }
  }
  lines.push('', '| database | temporary stays | somatic checks | generation |', '|---|---|---|---|');
  for (const r of results) lines.push(`| ${r.kind} | ${r.stays.toLocaleString('en')} | ${r.checks.toLocaleString('en')} | ${(r.generateMs / 1000).toFixed(0)} s |`);
  return lines.join('\n');
}


benchEachDatabase({ name: 'whole-person', heading: 'Whole-person worklists', log }, async (bench) => {
  log(`${bench.kind}: ${persons} persons`);
  return run(bench, bench.kind);
}, section);
