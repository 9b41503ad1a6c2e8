// `npm run bench` (second part): the caseworker's worklist at 10,000 and 100,000 persons with three
// vedtak per person, through the API and as one hand-written SQL query returning the same rows.
// The worklist must cost the same whatever the number of persons outside the user's unit: both
// municipalities are generated with the same persons per unit (10k/30 units, 100k/300 units).
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { buildApp } from '../app.js';
import { generateMunicipality } from '../demo/generate.js';
import { generateCaseData } from '../demo/generate-cases.js';
import { activeUnitIds } from '../platform/access/scope.js';
import { localDateAt } from '../platform/calendar/index.js';
import { queryRows } from '../platform/db/database.js';
import { TestClient } from '../test/http-client.js';
import type { BenchDatabase } from './databases.js';
import { summarize, type Summary, ms, ratio } from './stats.js';
import { type DatabaseKind, flag, elapsedLog } from './args.js';
import { benchEachDatabase } from './docs-section.js';

const large = Number(flag('persons', '100000'));
const small = Number(flag('small-persons', String(Math.round(large / 10))));
const iterations = Number(flag('iterations', '300'));
const warmup = Number(flag('warmup', '30'));
const password = 'helhet-bench-2026';
const log = elapsedLog();

const handWritten = `
  select t.id, t.kind, t.person_id, p.given_name || ' ' || p.family_name as person_name, t.unit_id, u.name as unit_name,
         a.display_name as assignee_name, t.subject_id, t.due_date, t.status, t.note
  from tasks t join persons p on p.id = t.person_id left join units u on u.id = t.unit_id left join users a on a.id = t.assignee_id
  where t.tenant_id = $1 and t.status = 'open' and t.unit_id = any($2::uuid[])
  order by t.due_date, t.kind limit 200`;

interface Scale {
  persons: number;
  units: number;
  staff: number;
  generateMs: number;
  tasks: number;
  vedtak: number;
  rows: number;
  api: Summary;
  sql: Summary;
  health: Summary;
}

async function scale(bench: BenchDatabase, persons: number): Promise<Scale> {
  const { db } = bench.database;
  const units = Math.round(persons / 333);
  const staff = Math.round(persons / 50);
  const start = performance.now();
  const municipality = await generateMunicipality(db, { persons, units, staff, accessLogRows: Math.min(persons, 100_000), password, seed: persons, onProgress: (m) => (m.startsWith('personer') ? undefined : log(`  ${m}`)) });
  await generateCaseData(db, { tenantId: municipality.tenantId, today: localDateAt(new Date()), onProgress: (m) => log(`  ${m}`) });
  await db.execute(sql`vacuum analyze`);
  const generateMs = performance.now() - start;
  const [counts] = await queryRows<{ tasks: number; vedtak: number }>(db, sql`select (select count(*)::int from tasks where tenant_id = ${municipality.tenantId}) as tasks, (select count(*)::int from vedtak where tenant_id = ${municipality.tenantId}) as vedtak`);
  const [user] = await queryRows<{ id: string }>(db, sql`select id from users where username = ${municipality.sampleUsername}`);
  const unitIds = await activeUnitIds(db, user!.id, new Date());
  const app = await buildApp({ db, serveWeb: false });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const client = new TestClient(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    const login = await client.login(municipality.sampleUsername, password);
    if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
    const api: number[] = [];
    const plain: number[] = [];
    const health: number[] = [];
    let rows = 0;
    for (let i = 0; i < warmup + iterations; i++) {
      // Rotate the order so caches and drift touch all three alike.
      const steps = [
        async () => {
          const t = performance.now();
          const answer = await client.get('/api/worklist?view=unit&limit=200');
          if (answer.status !== 200) throw new Error(`worklist answered ${answer.status}`);
          rows = answer.body.items.length;
          if (i >= warmup) api.push(performance.now() - t);
        },
        async () => {
          const t = performance.now();
          const result = await bench.raw(handWritten, [municipality.tenantId, unitIds]);
          if (result.rows.length !== rows && i > 0) throw new Error(`hand-written SQL returned ${result.rows.length} rows, the API ${rows}`);
          if (i >= warmup) plain.push(performance.now() - t);
        },
        async () => {
          const t = performance.now();
          await client.get('/api/health');
          if (i >= warmup) health.push(performance.now() - t);
        },
      ];
      for (let k = 0; k < steps.length; k++) await steps[(i + k) % steps.length]!();
    }
    return { persons, units, staff, generateMs, tasks: counts!.tasks, vedtak: counts!.vedtak, rows, api: summarize(api), sql: summarize(plain), health: summarize(health) };
  } finally {
    await app.close();
  }
}

function section(results: { kind: DatabaseKind; version: string; small: Scale; large: Scale }[]): string {
  const lines = [
    `### Worklist (issue 3) — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${os.cpus()[0]?.model ?? 'unknown'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}. ${iterations} measured requests after ${warmup} warm-up, sequential, one client. Command: \`npm run bench\` (part 2, \`server/src/bench/worklist.ts\`).`,
    '',
    'The API side is `GET /api/worklist?view=unit` (HTTP, session, access filter `visiblePersons`, one transaction, an access-log row per listed person, JSON); the SQL side is one hand-written query for the same rows through the raw driver. Targets: API ÷ SQL ≤ 1.5; 100k ÷ 10k ≤ 1.3.',
    '',
    '| database | persons | vedtak | open tasks | rows listed | API p50 / p95 ms | SQL p50 / p95 ms | HTTP health p50 | API ÷ SQL (p50) | (API − health) ÷ SQL | generation |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    for (const s of [r.small, r.large]) {
      lines.push(`| ${r.kind} | ${s.persons.toLocaleString('en')} | ${s.vedtak.toLocaleString('en')} | ${s.tasks.toLocaleString('en')} | ${s.rows} | ${ms(s.api.p50)} / ${ms(s.api.p95)} | ${ms(s.sql.p50)} / ${ms(s.sql.p95)} | ${ms(s.health.p50)} | ${ratio(s.api.p50 / s.sql.p50)} | ${ratio((s.api.p50 - s.health.p50) / s.sql.p50)} | ${(s.generateMs / 1000).toFixed(0)} s |`);
    }
  }
  lines.push('', '| database | worklist 100k ÷ 10k (API p50) | target ≤ 1.3 | API ÷ SQL at 100k | target ≤ 1.5 |', '|---|---|---|---|---|');
  for (const r of results) {
    const growth = r.large.api.p50 / r.small.api.p50;
    const vsSql = r.large.api.p50 / r.large.sql.p50;
    lines.push(`| ${r.kind} (${r.version}) | ${ratio(growth)} | ${growth <= 1.3 ? 'met' : 'not met'} | ${ratio(vsSql)} | ${vsSql <= 1.5 ? 'met' : 'not met'} |`);
  }
  return lines.join('\n');
}


benchEachDatabase({ name: 'worklist', heading: 'Worklist', log }, async (bench) => {
  log(`${bench.kind}: ${small} persons`);
  const s = await scale(bench, small);
  log(`${bench.kind}: ${large} persons`);
  const l = await scale(bench, large);
  return { kind: bench.kind, version: bench.serverVersion.split(' ').slice(0, 2).join(' '), small: s, large: l };
}, section);
