// `npm run bench:compliance` (third part of `npm run bench`): the compliance catalogue at 10,000 and
// 100,000 persons. (a) A full run of every check for every person: time and result rows per second.
// (b) Re-evaluating one person after a change (the 'person.changed' job's work): p50/p95 at both
// sizes, their ratio (target ≤ 1.3) and proof that only that person's rows were touched.
// (c) The dashboard at 100k: `GET /api/compliance/dashboard` over HTTP against one hand-written
// aggregate SQL over the same result table through the raw driver (target p95 ratio ≤ 1.5).
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { buildApp } from '../app.js';
import { generateMunicipality } from '../demo/generate.js';
import { generateCaseData } from '../demo/generate-cases.js';
import { localDateAt } from '../platform/calendar/index.js';
import { queryRows } from '../platform/db/database.js';
import { hashPassword } from '../platform/auth/local-provider.js';
import { users } from '../platform/db/schema.js';
import { catalogue, reevaluatePersons, runFull } from '../capabilities/compliance/index.js';
import { TestClient } from '../test/http-client.js';
import type { BenchDatabase } from './databases.js';
import { summarize, type Summary, ms, ratio } from './stats.js';
import { type DatabaseKind, flag, elapsedLog } from './args.js';
import { benchEachDatabase } from './docs-section.js';

const large = Number(flag('persons', '100000'));
const small = Number(flag('small-persons', String(Math.round(large / 10))));
const iterations = Number(flag('iterations', '200'));
const warmup = Number(flag('warmup', '20'));
const password = 'helhet-bench-2026';
const log = elapsedLog();

/** The hand-written aggregate: counts per check and status over the same result table. */
const handWritten = `
  select check_id, count(*) filter (where status = 'met')::int as met, count(*) filter (where status = 'partly')::int as partly,
         count(*) filter (where status = 'not-met')::int as not_met
  from compliance_results where tenant_id = $1 group by check_id`;

interface Scale {
  persons: number;
  generateMs: number;
  full: { persons: number; rows: number; ms: number };
  incremental: Summary;
  /** Persons whose rows carried a re-evaluation's timestamp, per re-evaluation (must be 1). */
  touchedPerRun: number;
  dashboard?: { api: Summary; sql: Summary; health: Summary; checks: number };
}

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function scale(bench: BenchDatabase, persons: number, withDashboard: boolean): Promise<Scale> {
  const { db } = bench.database;
  const start = performance.now();
  const municipality = await generateMunicipality(db, { persons, units: Math.round(persons / 333), staff: Math.round(persons / 50), accessLogRows: 1000, password, seed: persons, onProgress: (m) => (m.startsWith('personer') ? undefined : log(`  ${m}`)) });
  await generateCaseData(db, { tenantId: municipality.tenantId, today: localDateAt(new Date()), onProgress: (m) => log(`  ${m}`) });
  await db.execute(sql`vacuum analyze`);
  const generateMs = performance.now() - start;
  const tenantId = municipality.tenantId;

  log(`  full run: ${persons} persons × ${catalogue.length} checks`);
  const full = await runFull(db, new Date(), { tenantId });
  log(`  full run: ${full.rows} rows in ${(full.ms / 1000).toFixed(1)} s (${Math.round(full.rows / (full.ms / 1000))} rows/s)`);
  await db.execute(sql`vacuum analyze compliance_results`);

  const rand = random(persons);
  const ids = (await queryRows<{ id: string }>(db, sql`select id from persons where tenant_id = ${tenantId} order by id`)).map((r) => r.id);
  const samples: number[] = [];
  let touchedMax = 0;
  const base = Date.now() + 60_000;
  for (let i = 0; i < warmup + iterations; i++) {
    const personId = ids[Math.floor(rand() * ids.length)]!;
    const now = new Date(base + i * 1000);
    // The change: first contact recorded on the person's open henvendelse, if any (else nothing changes).
    await db.execute(sql`update henvendelser set first_contact_at = coalesce(first_contact_at, ${now}) where person_id = ${personId}`);
    const t = performance.now();
    await db.transaction((tx) => reevaluatePersons(tx, tenantId, [personId], now));
    if (i >= warmup) samples.push(performance.now() - t);
    if (i % 10 === 0) {
      const [touched] = await queryRows<{ n: number; other: number }>(db, sql`select count(distinct person_id)::int as n, count(*) filter (where person_id <> ${personId})::int as other from compliance_results where evaluated_at = ${now}`);
      if (touched!.other > 0) throw new Error(`re-evaluating ${personId} touched other persons`);
      touchedMax = Math.max(touchedMax, touched!.n);
    }
  }
  const result: Scale = { persons: ids.length, generateMs, full, incremental: summarize(samples), touchedPerRun: touchedMax };
  if (!withDashboard) return result;

  const [leader] = await db.insert(users).values({ tenantId, username: `kvalitet-${tenantId.slice(0, 8)}`, displayName: 'Kvalitet Benk', kind: 'staff', roles: ['quality-adviser'], passwordHash: await hashPassword(password) }).returning({ username: users.username });
  const app = await buildApp({ db, serveWeb: false });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const client = new TestClient(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    if ((await client.login(leader!.username, password)).status !== 200) throw new Error('login failed');
    const api: number[] = [];
    const plain: number[] = [];
    const health: number[] = [];
    let checks = 0;
    const rounds = Math.max(30, Math.round(iterations / 4));
    for (let i = 0; i < warmup + rounds; i++) {
      const steps = [
        async () => {
          const t = performance.now();
          const answer = await client.get('/api/compliance/dashboard');
          if (answer.status !== 200) throw new Error(`dashboard answered ${answer.status}`);
          if (i >= warmup) api.push(performance.now() - t);
          checks = answer.body.items.filter((x: { applicable: number }) => x.applicable > 0).length;
        },
        async () => {
          const t = performance.now();
          const rows = await bench.raw(handWritten, [tenantId]);
          if (i >= warmup) plain.push(performance.now() - t);
          if (i > 0 && rows.rows.length !== checks) throw new Error(`hand-written SQL returned ${rows.rows.length} checks, the API ${checks}`);
        },
        async () => {
          const t = performance.now();
          await client.get('/api/health');
          if (i >= warmup) health.push(performance.now() - t);
        },
      ];
      for (let k = 0; k < steps.length; k++) await steps[(i + k) % steps.length]!();
    }
    result.dashboard = { api: summarize(api), sql: summarize(plain), health: summarize(health), checks };
  } finally {
    await app.close();
  }
  return result;
}

function section(results: { kind: DatabaseKind; version: string; small: Scale; large: Scale }[]): string {
  const lines = [
    `### Compliance (issue 5) — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${os.cpus()[0]?.model ?? 'unknown'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}. ${catalogue.length} checks. Command: \`npm run bench:compliance\` (part 3 of \`npm run bench\`, \`server/src/bench/compliance.ts\`).`,
    '',
    '**Full run**: `runFull` for one tenant (batches of 2,000 persons: 42 set-based snapshot queries per batch (1 for the persons, 19 for the case, 22 for the whole person), evaluation in Node, delete + insert of the applicable results), then the month\'s history row. **Incremental**: one person\'s henvendelse gets a first contact, then `reevaluatePersons(tx, tenant, [person])` (the `person.changed` job\'s work) is timed, ' +
      `${iterations} runs after ${warmup} warm-up on random persons; every 10th run checks that only that person's rows carry the run's timestamp.`,
    '',
    '| database | persons | full run | result rows | rows/s | persons/s | incremental p50 / p95 ms | persons touched per run | generation |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    for (const s of [r.small, r.large]) {
      lines.push(`| ${r.kind} | ${s.persons.toLocaleString('en')} | ${(s.full.ms / 1000).toFixed(1)} s | ${s.full.rows.toLocaleString('en')} | ${Math.round(s.full.rows / (s.full.ms / 1000)).toLocaleString('en')} | ${Math.round(s.full.persons / (s.full.ms / 1000)).toLocaleString('en')} | ${ms(s.incremental.p50)} / ${ms(s.incremental.p95)} | ${s.touchedPerRun} | ${(s.generateMs / 1000).toFixed(0)} s |`);
    }
  }
  lines.push(
    '',
    `**Dashboard** at ${large.toLocaleString('en')} persons: \`GET /api/compliance/dashboard\` (HTTP, session, role check, one transaction, the aggregate over \`compliance_results\`, the trend from \`compliance_monthly\`, JSON) against the hand-written aggregate above through the raw driver, rotated with \`/api/health\`.`,
    '',
    '| database | API p50 / p95 ms | SQL p50 / p95 ms | HTTP health p50 | API ÷ SQL (p95) | target ≤ 1.5 | incremental 100k ÷ 10k (p50) | target ≤ 1.3 |',
    '|---|---|---|---|---|---|---|---|',
  );
  for (const r of results) {
    const d = r.large.dashboard!;
    const vsSql = d.api.p95 / d.sql.p95;
    const growth = r.large.incremental.p50 / r.small.incremental.p50;
    lines.push(`| ${r.kind} (${r.version}) | ${ms(d.api.p50)} / ${ms(d.api.p95)} | ${ms(d.sql.p50)} / ${ms(d.sql.p95)} | ${ms(d.health.p50)} | ${ratio(vsSql)} | ${vsSql <= 1.5 ? 'met' : 'not met'} | ${ratio(growth)} | ${growth <= 1.3 ? 'met' : 'not met'} |`);
  }
  return lines.join('\n');
}


benchEachDatabase({ name: 'compliance', heading: 'Compliance', log }, async (bench) => {
  log(`${bench.kind}: ${small} persons`);
  const s = await scale(bench, small, false);
  log(`${bench.kind}: ${large} persons`);
  const l = await scale(bench, large, true);
  return { kind: bench.kind, version: bench.serverVersion.split(' ').slice(0, 2).join(' '), small: s, large: l };
}, section);
