// Whole-person records at scale for a generated municipality (set-based SQL): temporary stays (some
// past 2 and 3 months, some with an exception reason), housing status, evictions, somatic follow-up
// and checks, missed GP appointments, GP summaries and NAV § 17 requests, then relatives, risk,
// specialist services and activities (generate-relatives-risk-specialist.ts) — then the derived tasks.
import { withTenant } from '../platform/db/tenant-context.js';
import { sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.js';
import type { LocalDate } from '../platform/calendar/index.js';
import { refreshTasks } from '../capabilities/worklist/index.js';
import { generateRelativesRiskSpecialistData } from './generate-relatives-risk-specialist.js';

export async function generateWholePersonData(db: Db, options: { tenantId: string; today: LocalDate; onProgress?: (message: string) => void }): Promise<void> {
  return withTenant(db, options.tenantId, (tx) => generateWholePersonDataIn(tx, options));
}

async function generateWholePersonDataIn(db: Db, options: { tenantId: string; today: LocalDate; onProgress?: (message: string) => void }): Promise<void> {
  const { tenantId, today } = options;
  const progress = options.onProgress ?? (() => {});
  const bucket = (column: string, n: number, salt = '') => sql.raw(`(abs(hashtext(${column}::text || '${salt}')) % ${n})`);
  const actor = sql`(select u.id from users u where u.tenant_id = ${tenantId} and u.kind = 'staff' order by u.id limit 1)`;
  const firstUnit = sql`(select sr.unit_id from service_relations sr where sr.person_id = p.id order by sr.unit_id limit 1)`;
  const persons = sql`persons p where p.tenant_id = ${tenantId}`;

  // One in ten persons has been in temporary housing: start 0–150 days ago, a third ended, one in eight with an exception.
  await db.execute(sql`
    insert into temporary_stays (tenant_id, person_id, place, start_date, end_date, unit_id, exception_reason, recorded_by, recorded_at)
    select p.tenant_id, p.id, 'Syntetisk midlertidig bolig', ${today}::date - ${bucket('p.id', 150, 's')},
           case when ${bucket('p.id', 3, 'e')} = 0 then ${today}::date - ${bucket('p.id', 150, 's')} + ${bucket('p.id', 120, 'l')} end,
           ${firstUnit}, case when ${bucket('p.id', 8, 'x')} = 0 then 'Syntetisk unntak: venter på bolig med bemanning' end, ${actor}, now()
    from ${persons} and ${bucket('p.id', 10, 't')} = 0`);
  await db.execute(sql`update temporary_stays set end_date = ${today}::date where tenant_id = ${tenantId} and end_date > ${today}::date`);
  await db.execute(sql`
    insert into housing_status (tenant_id, person_id, status, from_date, recorded_by, recorded_at)
    select p.tenant_id, p.id, (array['own','private-rental','municipal-rental','staffed','temporary','homeless'])[1 + ${bucket('p.id', 6, 'h')}], ${today}::date - ${bucket('p.id', 700, 'f')}, ${actor}, now()
    from ${persons}`);
  await db.execute(sql`
    insert into eviction_events (tenant_id, person_id, kind, occurred_on, cause, recorded_by, recorded_at)
    select p.tenant_id, p.id, case when ${bucket('p.id', 2, 'k')} = 0 then 'risk' else 'eviction' end, ${today}::date - ${bucket('p.id', 365, 'o')}, 'Syntetisk årsak', ${actor}, now()
    from ${persons} and ${bucket('p.id', 50, 'v')} = 0`);
  await db.execute(sql`
    insert into housing_applications (tenant_id, person_id, kind, applied_on, waiting_position, recorded_by, updated_at)
    select p.tenant_id, p.id, 'municipal-rental', ${today}::date - ${bucket('p.id', 300, 'a')}, 1 + ${bucket('p.id', 500, 'w')}, ${actor}, now()
    from ${persons} and ${bucket('p.id', 20, 'q')} = 0`);
  progress('bolig laget');

  // Somatic follow-up for four in ten persons: hepatitis C indicated for some, checks done 0–400 days ago.
  await db.execute(sql`
    insert into somatic_follow_up (tenant_id, person_id, kind, indicated, interval_months, reason, updated_by, updated_at)
    select p.tenant_id, p.id, 'hepatitis-c', true, 12, 'Syntetisk indikasjon', ${actor}, now()
    from ${persons} and ${bucket('p.id', 10, 'm')} < 4`);
  await db.execute(sql`
    insert into somatic_checks (tenant_id, person_id, kind, done_on, result, county_dental_offer, recorded_by, recorded_at)
    select f.tenant_id, f.person_id, k.kind, ${today}::date - ${bucket("f.person_id::text || k.kind", 400, 'd')}, 'Syntetisk resultat',
           case when k.kind = 'dental' then 'informed' end, f.updated_by, now()
    from somatic_follow_up f cross join unnest(array['blood-tests','nutrition-weight','dental','medication-review','hepatitis-c']) as k(kind)
    where f.tenant_id = ${tenantId} and ${bucket("f.person_id::text || k.kind", 4, 'z')} > 0`);
  await db.execute(sql`
    insert into gp_appointments (tenant_id, person_id, scheduled_at, purpose, status, recorded_by, created_at, updated_at)
    select p.tenant_id, p.id, ${today}::date - ${bucket('p.id', 60, 'g')} + time '09:00', 'Syntetisk time',
           case when ${bucket('p.id', 5, 'r')} = 0 then 'missed' else 'attended' end, ${actor}, now(), ${today}::date - ${bucket('p.id', 60, 'g')} + time '12:00'
    from ${persons} and ${bucket('p.id', 10, 'j')} < 2`);
  await db.execute(sql`
    insert into health_contacts (tenant_id, person_id, unit_id, contact_at, reason, summary, gp_name, sent_at, acknowledged_at, recorded_by)
    select p.tenant_id, p.id, ${firstUnit}, ${today}::date - ${bucket('p.id', 60, 'c')} + time '10:00', 'Syntetisk', 'Syntetisk oppsummering', 'Syntetisk fastlege',
           ${today}::date - ${bucket('p.id', 60, 'c')} + time '11:00', case when ${bucket('p.id', 3, 'b')} > 0 then ${today}::date - ${bucket('p.id', 60, 'c')} + time '15:00' end, ${actor}
    from ${persons} and ${bucket('p.id', 30, 'n')} = 0 and ${firstUnit} is not null`);
  progress('somatisk oppfølging laget');

  await db.execute(sql`
    insert into nav_guidance (tenant_id, person_id, unit_id, requested_on, topic, decision, assessment, reason, decided_on, recorded_by, recorded_at)
    select p.tenant_id, p.id, ${firstUnit}, ${today}::date - ${bucket('p.id', 90, 'u')}, 'Syntetisk veiledning',
           (array['pending','granted','refused'])[1 + ${bucket('p.id', 3, 'i')}],
           case when ${bucket('p.id', 3, 'i')} > 0 then 'Syntetisk vurdering' end, case when ${bucket('p.id', 3, 'i')} = 2 then 'Syntetisk begrunnelse' end,
           case when ${bucket('p.id', 3, 'i')} > 0 then ${today}::date - ${bucket('p.id', 10, 'y')} end, ${actor}, now()
    from ${persons} and ${bucket('p.id', 20, 'nav')} = 0 and ${firstUnit} is not null`);
  progress('NAV laget');
  await generateRelativesRiskSpecialistData(db, options);
  await refreshTasks(db, today, { tenantId });
  await db.execute(sql`analyze`);
  progress('arbeidslister beregnet');
}
