// Case data at scale for a generated municipality: henvendelser, kartlegginger with domains and
// instrument answers, vedtak (default 3 per person) and evaluations — set-based SQL so 100,000
// persons take seconds — then the derived worklist tasks.
import { withTenant } from '../platform/db/tenant-context.js';
import { sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.js';
import type { LocalDate } from '../platform/calendar/index.js';
import { domainIds } from '../capabilities/assessment/index.js';
import { refreshTasks } from '../capabilities/worklist/index.js';
import { basisTexts } from '../capabilities/vedtak/index.js';
import { demoServices } from './seed.js';

export interface CaseDataOptions {
  tenantId: string;
  today: LocalDate;
  vedtakPerPerson?: number;
  onProgress?: (message: string) => void;
}

const textArray = (values: string[]) => sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;

export async function generateCaseData(db: Db, options: CaseDataOptions): Promise<void> {
  return withTenant(db, options.tenantId, (tx) => generateCaseDataIn(tx, options));
}

async function generateCaseDataIn(db: Db, options: CaseDataOptions): Promise<void> {
  const letters = [...demoServices].sort((a, b) => (a.code < b.code ? -1 : 1)).map((svc) => basisTexts([...svc.legalBasisIds]));
  const { tenantId, today } = options;
  const progress = options.onProgress ?? (() => {});
  const perPerson = options.vedtakPerPerson ?? 3;
  // A deterministic 0..n-1 per row, so the same municipality gets the same case data.
  const bucket = (column: string, n: number) => sql.raw(`(abs(hashtext(${column}::text)) % ${n})`);
  const actor = sql`(select u.id from users u where u.tenant_id = ${tenantId} and u.kind = 'staff' order by u.id limit 1)`;
  const firstUnit = sql`(select sr.unit_id from service_relations sr where sr.person_id = p.id order by sr.unit_id limit 1)`;

  await db.execute(sql`
    insert into henvendelser (tenant_id, person_id, unit_id, source, channel, received_at, content, first_contact_due, first_contact_at, triage, created_by)
    select p.tenant_id, p.id, ${firstUnit}, (array['person','relative','gp','specialist','nav','other'])[1 + ${bucket('p.id', 6)}],
           'phone', ${today}::date - ${bucket('p.id', 60)} * interval '1 day', 'Syntetisk henvendelse',
           ${today}::date - ${bucket('p.id', 60)} + 3,
           case when ${bucket('p.id', 10)} < 8 then ${today}::date - ${bucket('p.id', 60)} + interval '1 day' end,
           case when ${bucket('p.id', 10)} < 8 then 'assessment' else 'pending' end, ${actor}
    from persons p where p.tenant_id = ${tenantId}`);
  progress('henvendelser laget');

  await db.execute(sql`
    insert into kartlegginger (tenant_id, person_id, unit_id, occasion, status, reoffer_date, meeting_date, meeting_participants, what_matters, completed_at, created_by)
    select p.tenant_id, p.id, ${firstUnit}, ${today}::date - 30 - ${bucket('p.id', 300)},
           case when ${bucket('p.id', 20)} = 0 then 'declined' when ${bucket('p.id', 20)} < 4 then 'in-progress' else 'completed' end,
           case when ${bucket('p.id', 20)} = 0 then ${today}::date + ${bucket('p.id', 40)} end,
           case when ${bucket('p.id', 20)} > 0 then ${today}::date - 30 - ${bucket('p.id', 300)} end,
           array['Personen', 'Saksbehandler'], 'Syntetisk: å bo trygt',
           case when ${bucket('p.id', 20)} >= 4 then now() end, ${actor}
    from persons p where p.tenant_id = ${tenantId}`);
  const domains = sql.join(domainIds.map((d) => sql`${d}`), sql`, `);
  await db.execute(sql`
    insert into kartlegging_domains (tenant_id, kartlegging_id, domain, status, evidence_kind, evidence, recorded_by, recorded_at)
    select k.tenant_id, k.id, d.domain, case when ${bucket("k.id::text || d.domain", 10)} = 0 then 'not-covered' else 'covered' end, 'form', 'Syntetisk', k.created_by, now()
    from kartlegginger k cross join unnest(array[${domains}]) as d(domain) where k.tenant_id = ${tenantId} and k.status <> 'declined'`);
  await db.execute(sql`
    insert into instrument_results (tenant_id, person_id, kartlegging_id, instrument_id, version, answers, status, score, band, suicide_risk_prompt, administered_at, administered_by)
    select k.tenant_id, k.person_id, k.id, 'PHQ-9', '1', '{}'::jsonb, 'scored', ${bucket('k.id', 28)}, 'synthetic', ${bucket('k.id', 50)} = 0, now(), k.created_by
    from kartlegginger k where k.tenant_id = ${tenantId} and k.status <> 'declined' and ${bucket('k.id', 2)} = 0`);
  progress('kartlegginger, områder og instrumentsvar laget');

  await db.execute(sql`
    with staff as (select array_agg(id order by id) as ids from users where tenant_id = ${tenantId} and kind = 'staff'),
         services as (select array_agg(id order by code) as ids, ${textArray(letters.map((l) => l.legalBasis))} as bases, ${textArray(letters.map((l) => l.legalBasisIds.join(',')))} as basis_ids, ${textArray(letters.map((l) => l.appealInfo))} as appeals from service_catalogue where tenant_id = ${tenantId})
    insert into vedtak (tenant_id, person_id, unit_id, kartlegging_id, service_id, legal_basis, legal_basis_ids, scope, start_date, end_date, evaluation_date, evaluation_responsible_id, participation, appeal_info, reasoning, status, finalized_at, created_by)
    select p.tenant_id, p.id, ${firstUnit}, k.id,
           services.ids[1 + abs(hashtext(p.id::text || n)) % array_length(services.ids, 1)],
           services.bases[1 + abs(hashtext(p.id::text || n)) % array_length(services.ids, 1)],
           string_to_array(services.basis_ids[1 + abs(hashtext(p.id::text || n)) % array_length(services.ids, 1)], ','), 'Syntetisk omfang',
           ${today}::date - 200 + n * 30 - ${bucket('p.id', 100)}, null,
           ${today}::date - 20 + n * 30 + ${bucket('p.id', 100)},
           staff.ids[1 + abs(hashtext(p.id::text || n || 'r')) % array_length(staff.ids, 1)],
           'Syntetisk medvirkning', services.appeals[1 + abs(hashtext(p.id::text || n)) % array_length(services.ids, 1)], 'Syntetisk begrunnelse',
           case when n = ${perPerson} and ${bucket('p.id', 5)} = 0 then 'draft' else 'final' end, now(), staff.ids[1]
    from persons p
    cross join generate_series(1, ${perPerson}) as n
    cross join staff cross join services
    join lateral (select id from kartlegginger where person_id = p.id limit 1) k on true
    where p.tenant_id = ${tenantId}`);
  progress('vedtak laget');
  await refreshTasks(db, today, { tenantId });
  await db.execute(sql`analyze`);
  progress('arbeidslister beregnet');
}
