// `npm run bench` (third part, `npm run bench:coordination`): coordination at 100,000 persons.
//  (a) The on-call emergency view (`GET /api/persons/:id/emergency`) by a night nurse with
//      break-the-glass access, for a person with a crisis plan shared with the nurse's unit, a
//      coordinator and a risk flag — against the same reads as plain SQL through the raw driver.
//  (b) The IP page of a plan with 50 measures and 30 team meetings with minutes:
//      `GET /api/persons/:id/plan` and `GET /api/persons/:id/meetings?planId=` (the two requests the
//      web page makes), reported as p50/p95 each and together.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { buildApp } from '../app.js';
import { generateMunicipality } from '../demo/generate.js';
import { generateCaseData } from '../demo/generate-cases.js';
import { bigPlan, generateCoordinationData } from '../demo/generate-coordination.js';
import { localDateAt } from '../platform/calendar/index.js';
import { queryRows } from '../platform/db/database.js';
import { TestClient } from '../test/http-client.js';
import type { BenchDatabase, RawQuery } from './databases.js';
import { benchEachDatabase } from './docs-section.js';
import { summarize, type Summary, ms, ratio } from './stats.js';
import { type DatabaseKind, flag, elapsedLog } from './args.js';

const personCount = Number(flag('persons', '100000'));
const iterations = Number(flag('iterations', '300'));
const warmup = Number(flag('warmup', '30'));
const password = 'helhet-bench-2026';
const log = elapsedLog();

/** The reads a hand-written emergency view needs (same rows as the API), one statement each. */
const plainStatements = [
  // the break-the-glass grant
  `select id, expires_at from emergency_accesses where person_id = $1 and user_id = $2 and expires_at > $3 order by opened_at desc limit 1`,
  `select p.*, gp.name as office, gp.phone as office_phone from persons p left join partners gp on gp.id = p.gp_partner_id where p.tenant_id = $4 and p.id = $1`,
  `select u.display_name, tm.team_role, u.phone from team_members tm join users u on u.id = tm.user_id where tm.person_id = $1 and tm.valid_from <= $3 and (tm.valid_to is null or tm.valid_to > $3) order by u.display_name`,
  `select un.name from service_relations sr join units un on un.id = sr.unit_id where sr.person_id = $1 and sr.valid_from <= $3 and (sr.valid_to is null or sr.valid_to > $3) order by un.name`,
  `select cp.*, u.display_name from crisis_plans cp join users u on u.id = cp.created_by where cp.person_id = $1 and cp.status = 'active'`,
  `select c.to_unit_id from consents c where c.person_id = $1 and c.scope = 'crisis-plan' and c.withdrawn_at is null and c.to_unit_id = any($5::uuid[])`,
  `select u.display_name, u.phone from coordinator_assignments a join users u on u.id = a.user_id where a.person_id = $1 and a.valid_to is null`,
  `select relatives from kartlegginger where person_id = $1 and relatives is not null order by occasion desc limit 1`,
  `select kind, set_at, level, safety_measure from risk_flags where person_id = $1 and cleared_at is null order by set_at desc`,
  `select administered_at from instrument_results where person_id = $1 and suicide_risk_prompt and administered_at > $3::timestamptz - interval '365 days' order by administered_at desc limit 1`,
  // relatives with their consent (the one consented to as crisis contact is shown)
  `select name, relation, phone, closest, consent_status, consent_scopes from relatives where person_id = $1 and ended_at is null`,
];

/** Each statement renumbered to the parameters it uses ($1…$5 of the shared argument list). */
const prepared = plainStatements.map((text) => {
  const used = [...new Set([...text.matchAll(/\$(\d)/g)].map((m) => Number(m[1])))].sort();
  return { text: text.replace(/\$(\d)/g, (_, n: string) => `$${used.indexOf(Number(n)) + 1}`), used };
});

async function emergencyPlain(raw: RawQuery, args: unknown[]): Promise<void> {
  for (const statement of prepared) await raw(statement.text, statement.used.map((n) => args[n - 1]));
}

interface Result {
  kind: DatabaseKind;
  version: string;
  persons: number;
  generateMs: number;
  counts: { plans: number; crisisPlans: number; meetings: number; flags: number };
  emergency: { api: Summary; sql: Summary; health: Summary };
  ip: { plan: Summary; meetings: Summary; page: Summary; measures: number; meetingCount: number };
}

async function timeIt(samples: number[], measured: boolean, work: () => Promise<void>): Promise<void> {
  const t = performance.now();
  await work();
  if (measured) samples.push(performance.now() - t);
}

async function run(bench: BenchDatabase): Promise<Result> {
  const { db } = bench.database;
  const start = performance.now();
  const municipality = await generateMunicipality(db, { persons: personCount, units: Math.round(personCount / 333), staff: Math.round(personCount / 50), accessLogRows: Math.min(personCount, 100_000), password, seed: personCount, onProgress: (m) => (m.startsWith('personer') ? undefined : log(`  ${m}`)) });
  const today = localDateAt(new Date());
  await generateCaseData(db, { tenantId: municipality.tenantId, today, onProgress: (m) => log(`  ${m}`) });
  await generateCoordinationData(db, { tenantId: municipality.tenantId, today, onProgress: (m) => log(`  ${m}`) });
  const tenantId = municipality.tenantId;

  // The night nurse: an on-call user with one unit; the person: crisis plan, coordinator and a risk flag.
  const [nurse] = await queryRows<{ id: string; username: string; unit_id: string }>(db, sql`
    select u.id, u.username, (select m.unit_id from unit_memberships m where m.user_id = u.id limit 1) as unit_id
    from users u where u.tenant_id = ${tenantId} and 'on-call' = any(u.roles) order by u.username limit 1`);
  const [target] = await queryRows<{ id: string }>(db, sql`
    select p.id from persons p join crisis_plans cp on cp.person_id = p.id and cp.status = 'active'
    join coordinator_assignments a on a.person_id = p.id and a.valid_to is null join risk_flags f on f.person_id = p.id
    where p.tenant_id = ${tenantId} order by p.id limit 1`);
  await db.execute(sql`insert into consents (tenant_id, person_id, scope, to_unit_id, recorded_by, given_at, note) values (${tenantId}, ${target!.id}, 'crisis-plan', ${nurse!.unit_id}, ${nurse!.id}, now() - interval '1 day', 'Syntetisk samtykke')`);

  // The IP page: the sample caseworker's first person gets a plan with 50 measures and 30 meetings.
  const [caseworker] = await queryRows<{ id: string }>(db, sql`select id from users where username = ${municipality.sampleUsername}`);
  const [served] = await queryRows<{ person_id: string }>(db, sql`
    select sr.person_id from service_relations sr join unit_memberships m on m.unit_id = sr.unit_id where m.user_id = ${caseworker!.id} order by sr.person_id limit 1`);
  const planPerson = served!.person_id;
  // The caseworker reads as a plan participant with a team membership, like a coordinator would.
  await bigPlan(db, { tenantId, personId: planPerson, userId: caseworker!.id, today, measures: 50, meetings: 30 });
  await db.execute(sql`vacuum analyze`);
  const generateMs = performance.now() - start;
  const [counts] = await queryRows<Result['counts']>(db, sql`select
    (select count(*)::int from individual_plans where tenant_id = ${tenantId}) as plans,
    (select count(*)::int from crisis_plans where tenant_id = ${tenantId}) as "crisisPlans",
    (select count(*)::int from team_meetings where tenant_id = ${tenantId}) as meetings,
    (select count(*)::int from risk_flags where tenant_id = ${tenantId}) as flags`);

  const app = await buildApp({ db, serveWeb: false });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const night = new TestClient(base);
    if ((await night.login(nurse!.username, password)).status !== 200) throw new Error('on-call login failed');
    const opened = await night.post(`/api/persons/${target!.id}/emergency-access`, { reason: 'Benchmark: personen ringte legevakten om natten.' });
    if (opened.status !== 204 && opened.status !== 201) throw new Error(`emergency access answered ${opened.status}`);
    const worker = new TestClient(base);
    if ((await worker.login(municipality.sampleUsername, password)).status !== 200) throw new Error('caseworker login failed');

    const api: number[] = [];
    const plain: number[] = [];
    const health: number[] = [];
    const args = [target!.id, nurse!.id, new Date(), tenantId, [nurse!.unit_id]];
    for (let i = 0; i < warmup + iterations; i++) {
      const measured = i >= warmup;
      const steps = [
        () => timeIt(api, measured, async () => {
          const answer = await night.get(`/api/persons/${target!.id}/emergency`);
          if (answer.status !== 200) throw new Error(`emergency view answered ${answer.status}`);
          if (!answer.body.crisisPlan || answer.body.riskFlags.length === 0 || !answer.body.coordinator) throw new Error('emergency view is missing the crisis plan, risk flags or coordinator');
        }),
        () => timeIt(plain, measured, () => emergencyPlain(bench.raw, args)),
        () => timeIt(health, measured, async () => void (await night.get('/api/health'))),
      ];
      for (let k = 0; k < steps.length; k++) await steps[(i + k) % steps.length]!();
    }

    const planSamples: number[] = [];
    const meetingSamples: number[] = [];
    const pageSamples: number[] = [];
    let measures = 0;
    let meetingCount = 0;
    for (let i = 0; i < warmup + iterations; i++) {
      const measured = i >= warmup;
      const t = performance.now();
      await timeIt(planSamples, measured, async () => {
        const answer = await worker.get(`/api/persons/${planPerson}/plan`);
        if (answer.status !== 200) throw new Error(`plan answered ${answer.status}: ${JSON.stringify(answer.body)}`);
        measures = answer.body.measures.length;
      });
      await timeIt(meetingSamples, measured, async () => {
        const answer = await worker.get(`/api/persons/${planPerson}/meetings`);
        if (answer.status !== 200) throw new Error(`meetings answered ${answer.status}`);
        meetingCount = answer.body.items.length;
      });
      if (measured) pageSamples.push(performance.now() - t);
    }
    return {
      kind: bench.kind, version: bench.serverVersion.split(' ').slice(0, 2).join(' '), persons: personCount, generateMs, counts: counts!,
      emergency: { api: summarize(api), sql: summarize(plain), health: summarize(health) },
      ip: { plan: summarize(planSamples), meetings: summarize(meetingSamples), page: summarize(pageSamples), measures, meetingCount },
    };
  } finally {
    await app.close();
  }
}

function section(results: Result[]): string {
  const lines = [
    `### Coordination (issue 4) — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${os.cpus()[0]?.model ?? 'unknown'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}. ${iterations} measured requests after ${warmup} warm-up, sequential, one client. Command: \`npm run bench\` (part 3, \`server/src/bench/coordination.ts\`, alone: \`npm run bench:coordination\`).`,
    '',
    'Emergency view: `GET /api/persons/:id/emergency` by an on-call user with break-the-glass access (HTTP, session, access decision, one transaction, access-log rows for the view and the crisis plan, JSON) for a person with a crisis plan shared with the user\'s unit, a coordinator and a risk flag. The SQL side is the same reads hand-written, one statement each (11), through the raw driver. Target: API ÷ SQL ≤ 2.0 (p95).',
    '',
    '| database | persons | IPs | crisis plans | team meetings | risk flags | API p50 / p95 ms | SQL p50 / p95 ms | HTTP health p50 | API ÷ SQL (p95) | API ÷ SQL (p50) | target | generation |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const e = r.emergency;
    const p95 = e.api.p95 / e.sql.p95;
    lines.push(`| ${r.kind} (${r.version}) | ${r.persons.toLocaleString('en')} | ${r.counts.plans.toLocaleString('en')} | ${r.counts.crisisPlans.toLocaleString('en')} | ${r.counts.meetings.toLocaleString('en')} | ${r.counts.flags.toLocaleString('en')} | ${ms(e.api.p50)} / ${ms(e.api.p95)} | ${ms(e.sql.p50)} / ${ms(e.sql.p95)} | ${ms(e.health.p50)} | ${ratio(p95)} | ${ratio(e.api.p50 / e.sql.p50)} | ${p95 <= 2 ? 'met' : 'not met'} | ${(r.generateMs / 1000).toFixed(0)} s |`);
  }
  lines.push('', 'IP page: a plan with 50 measures, 5 goals, 6 participants and 30 team meetings with minutes, attendance and actions, read by a member of a serving unit. No target; p95 reported.', '', '| database | measures | meetings | `GET …/plan` p50 / p95 ms | `GET …/meetings` p50 / p95 ms | page (both) p50 / p95 ms |', '|---|---|---|---|---|---|');
  for (const r of results) {
    lines.push(`| ${r.kind} | ${r.ip.measures} | ${r.ip.meetingCount} | ${ms(r.ip.plan.p50)} / ${ms(r.ip.plan.p95)} | ${ms(r.ip.meetings.p50)} / ${ms(r.ip.meetings.p95)} | ${ms(r.ip.page.p50)} / ${ms(r.ip.page.p95)} |`);
  }
  return lines.join('\n');
}

benchEachDatabase({ name: 'coordination', heading: 'Coordination', log }, async (bench) => {
  log(`${bench.kind}: ${personCount} persons`);
  return run(bench);
}, section);
