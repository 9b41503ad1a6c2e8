// Derives the open tasks from case data. Set-based SQL: inserts what is due and not yet there
// (idempotent through the unique key), closes auto-closing tasks whose reason is gone. Runs for one
// person after a change (job 'person.changed') and for everyone daily (job 'worklist.daily').
import { sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.js';
import { addDays, type LocalDate } from '../../platform/calendar/index.js';

/** How far ahead a re-offer of assessment shows on the worklist. */
const reofferLeadDays = 14;

export async function refreshTasks(db: Db | Tx, today: LocalDate, filter: { tenantId?: string; personId?: string } = {}): Promise<void> {
  const only = (alias: string): SQL =>
    sql.join([filter.tenantId ? sql`${sql.raw(alias)}.tenant_id = ${filter.tenantId}` : sql`true`, filter.personId ? sql`${sql.raw(alias)}.person_id = ${filter.personId}` : sql`true`], sql` and `);
  const taskFilter = sql.join([filter.tenantId ? sql`t.tenant_id = ${filter.tenantId}` : sql`true`, filter.personId ? sql`t.person_id = ${filter.personId}` : sql`true`], sql` and `);
  const reofferHorizon = addDays(today, reofferLeadDays);

  // First contact: every henvendelse without first contact.
  await db.execute(sql`
    insert into tasks (tenant_id, kind, person_id, unit_id, subject_id, due_date, unique_key)
    select h.tenant_id, 'first-contact', h.person_id, h.unit_id, h.id, h.first_contact_due, 'first-contact:' || h.id
    from henvendelser h where h.first_contact_at is null and h.closed_at is null and ${only('h')}
    on conflict (unique_key) do nothing`);
  await db.execute(sql`
    update tasks t set status = 'done', closed_at = now() where t.kind = 'first-contact' and t.status = 'open' and ${taskFilter}
      and not exists (select 1 from henvendelser h where h.id = t.subject_id and h.first_contact_at is null and h.closed_at is null)`);

  // Re-offer of assessment: declined, the re-offer date is near, and no assessment since.
  await db.execute(sql`
    insert into tasks (tenant_id, kind, person_id, unit_id, subject_id, due_date, unique_key)
    select k.tenant_id, 'reoffer-assessment', k.person_id, k.unit_id, k.id, k.reoffer_date, 'reoffer-assessment:' || k.id
    from kartlegginger k where k.status = 'declined' and k.reoffer_date <= ${reofferHorizon} and ${only('k')}
      and not exists (select 1 from kartlegginger n where n.person_id = k.person_id and n.occasion > k.occasion)
    on conflict (unique_key) do nothing`);
  await db.execute(sql`
    update tasks t set status = 'done', closed_at = now() where t.kind = 'reoffer-assessment' and t.status = 'open' and ${taskFilter}
      and exists (select 1 from kartlegginger k join kartlegginger n on n.person_id = k.person_id and n.occasion > k.occasion where k.id = t.subject_id)`);

  // Suicide-risk follow-up: raised by a PHQ-9 item 9 answer above 0; closed by the person who follows up.
  await db.execute(sql`
    insert into tasks (tenant_id, kind, person_id, unit_id, assignee_id, subject_id, due_date, unique_key)
    select r.tenant_id, 'suicide-risk-followup', r.person_id, k.unit_id, r.administered_by, r.id, (r.administered_at at time zone 'Europe/Oslo')::date, 'suicide-risk-followup:' || r.id
    from instrument_results r join kartlegginger k on k.id = r.kartlegging_id where r.suicide_risk_prompt and ${only('r')}
    on conflict (unique_key) do nothing`);

  // Evaluation: final vedtak without evaluation, from 4 weeks before the evaluation or end date.
  await db.execute(sql`
    insert into tasks (tenant_id, kind, person_id, unit_id, assignee_id, subject_id, due_date, unique_key)
    select v.tenant_id, 'evaluation', v.person_id, v.unit_id, v.evaluation_responsible_id, v.id, least(v.evaluation_date, coalesce(v.end_date, v.evaluation_date)), 'evaluation:' || v.id
    from vedtak v where v.status = 'final' and ${only('v')}
      and least(v.evaluation_date, coalesce(v.end_date, v.evaluation_date)) - 28 <= ${today}::date
      and not exists (select 1 from evaluations e where e.vedtak_id = v.id)
    on conflict (unique_key) do nothing`);
  await db.execute(sql`
    update tasks t set status = 'done', closed_at = now() where t.kind = 'evaluation' and t.status = 'open' and ${taskFilter}
      and (exists (select 1 from evaluations e where e.vedtak_id = t.subject_id) or not exists (select 1 from vedtak v where v.id = t.subject_id and v.status = 'final'))`);

  // A revision note asking for a new vedtak goes to the deciding unit until a newer vedtak exists.
  await db.execute(sql`
    insert into tasks (tenant_id, kind, person_id, unit_id, subject_id, due_date, unique_key)
    select e.tenant_id, 'new-vedtak-after-evaluation', v.person_id, v.unit_id, e.id, e.evaluated_on + 14, 'new-vedtak-after-evaluation:' || e.id
    from evaluations e join vedtak v on v.id = e.vedtak_id where e.next_step = 'new-vedtak' and ${only('v')}
      and not exists (select 1 from vedtak n where n.person_id = v.person_id and n.created_at > e.recorded_at)
    on conflict (unique_key) do nothing`);
  await db.execute(sql`
    update tasks t set status = 'done', closed_at = now() where t.kind = 'new-vedtak-after-evaluation' and t.status = 'open' and ${taskFilter}
      and exists (select 1 from evaluations e join vedtak v on v.id = e.vedtak_id join vedtak n on n.person_id = v.person_id and n.created_at > e.recorded_at where e.id = t.subject_id)`);
}
