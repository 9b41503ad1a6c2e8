// Derives the open tasks from case data. Set-based SQL: inserts what is due and not yet there
// (idempotent through the unique key), closes auto-closing tasks whose reason is gone. Runs for one
// person after a change (job 'person.changed') and for everyone daily (job 'worklist.daily').
import { sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.js';
import { forEachTenant, withTenant } from '../../platform/db/tenant-context.js';
import { addDays, type LocalDate } from '../../platform/calendar/index.js';
import { refreshWholePersonTasks } from './refresh-whole-person.js';

/** How far ahead a re-offer of assessment shows on the worklist. */
const reofferLeadDays = 14;

/** One tenant (optionally one person) in that tenant's context, or every tenant, each in its own. */
export async function refreshTasks(db: Db | Tx, today: LocalDate, filter: { tenantId?: string; personId?: string } = {}): Promise<void> {
  const { tenantId } = filter;
  if (tenantId) await withTenant(db, tenantId, (tx) => refreshIn(tx, today, { ...filter, tenantId }));
  else await forEachTenant(db, (tx, id) => refreshIn(tx, today, { ...filter, tenantId: id }));
}

async function refreshIn(db: Tx, today: LocalDate, filter: { tenantId: string; personId?: string }): Promise<void> {
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

  await refreshCoordinationTasks(db, today, only, taskFilter);
  await refreshWholePersonTasks(db, today, only, taskFilter);
}

/** How far ahead a re-ask about an individual plan, and a plan review, show on the worklist. */
const ipLeadDays = 14;
/** Days to make a crisis plan after pathway 3 or a risk flag (the municipality's own deadline). */
const crisisPlanDays = 14;
/** Days to answer a request for a new coordinator (the municipality's own deadline). */
const coordinatorRequestDays = 14;

/** Individual plan, coordinator, team meetings and crisis plan (capabilities plans, coordination, meetings, crisis-plans). */
async function refreshCoordinationTasks(db: Db | Tx, today: LocalDate, only: (alias: string) => SQL, taskFilter: SQL): Promise<void> {
  const horizon = addDays(today, ipLeadDays);
  const close = (kind: string, stillDue: SQL) =>
    db.execute(sql`update tasks t set status = 'done', closed_at = now() where t.kind = ${kind} and t.status = 'open' and ${taskFilter} and not (${stillDue})`);

  // KE's messages: start IP work (wants an IP) or offer a coordinator (declined an IP), until handled.
  for (const [kind, messageKind] of [['start-ip-work', 'ip'], ['offer-coordinator', 'coordinator']] as const) {
    await db.execute(sql`
      insert into tasks (tenant_id, kind, person_id, unit_id, subject_id, due_date, unique_key)
      select m.tenant_id, ${kind}, m.person_id, m.ke_unit_id, m.id, m.due_date, ${kind} || ':' || m.id
      from ip_messages m where m.kind = ${messageKind} and m.status = 'open' and ${only('m')}
      on conflict (unique_key) do nothing`);
    await close(kind, sql`exists (select 1 from ip_messages m where m.id = t.subject_id and m.status = 'open')`);
  }

  // A request for a new coordinator goes to KE and is closed only by a person, with a note (never here).
  await db.execute(sql`
    insert into tasks (tenant_id, kind, person_id, unit_id, subject_id, due_date, unique_key)
    select r.tenant_id, 'coordinator-request', r.person_id, r.ke_unit_id, r.id, (r.requested_at at time zone 'Europe/Oslo')::date + ${coordinatorRequestDays}::int, 'coordinator-request:' || r.id
    from coordinator_requests r where ${only('r')}
    on conflict (unique_key) do nothing`);

  // Actions from meeting minutes, on the owner's worklist until marked done.
  await db.execute(sql`
    insert into tasks (tenant_id, kind, person_id, assignee_id, subject_id, due_date, unique_key)
    select a.tenant_id, 'meeting-action', a.person_id, a.owner_id, a.id, a.due_date, 'meeting-action:' || a.id
    from meeting_actions a where a.status = 'open' and ${only('a')}
    on conflict (unique_key) do nothing`);
  await close('meeting-action', sql`exists (select 1 from meeting_actions a where a.id = t.subject_id and a.status = 'open')`);

  // Minutes: due for the organiser from the day after the meeting; overdue after the configured days.
  await db.execute(sql`
    insert into tasks (tenant_id, kind, person_id, assignee_id, subject_id, due_date, unique_key)
    select m.tenant_id, 'minutes-missing', m.person_id, m.organiser_id, m.id, m.minutes_due_date, 'minutes-missing:' || m.id
    from team_meetings m where m.status = 'planned' and (m.scheduled_at at time zone 'Europe/Oslo')::date < ${today}::date and ${only('m')}
      and not exists (select 1 from meeting_minutes n where n.meeting_id = m.id)
    on conflict (unique_key) do nothing`);
  await close('minutes-missing', sql`exists (select 1 from team_meetings m where m.id = t.subject_id and m.status = 'planned' and not exists (select 1 from meeting_minutes n where n.meeting_id = m.id))`);

  // The person had not decided about an IP: ask again, shown 14 days ahead, until a newer answer exists.
  await db.execute(sql`
    insert into tasks (tenant_id, kind, person_id, unit_id, assignee_id, subject_id, due_date, unique_key)
    select i.tenant_id, 're-ask-ip', i.person_id, i.unit_id, i.informed_by, i.id, i.reask_date, 're-ask-ip:' || i.id
    from ip_information i where i.answer = 'undecided' and i.reask_date <= ${horizon}::date and ${only('i')}
      and not exists (select 1 from ip_information n where n.person_id = i.person_id and n.recorded_at > i.recorded_at)
    on conflict (unique_key) do nothing`);
  await close('re-ask-ip', sql`not exists (select 1 from ip_information i join ip_information n on n.person_id = i.person_id and n.recorded_at > i.recorded_at where i.id = t.subject_id)`);

  // An active plan's review, for the coordinator (else whoever last changed it), 14 days ahead.
  await db.execute(sql`
    insert into tasks (tenant_id, kind, person_id, unit_id, assignee_id, subject_id, due_date, unique_key)
    select p.tenant_id, 'ip-review', p.person_id, ca.unit_id, coalesce(ca.user_id, p.updated_by), p.id, p.next_review_date, 'ip-review:' || p.id || ':' || p.next_review_date
    from individual_plans p left join coordinator_assignments ca on ca.person_id = p.person_id and ca.valid_to is null
    where p.status = 'active' and p.next_review_date <= ${horizon}::date and ${only('p')}
    on conflict (unique_key) do nothing`);
  await close('ip-review', sql`exists (select 1 from individual_plans p where p.id = t.subject_id and p.status = 'active' and p.next_review_date = t.due_date)`);

  // Crisis plan required (pathway 3, a recorded violence/suicide flag, or a PHQ-9 suicide prompt in the
  // last 365 days) and missing: for the coordinator, else a serving unit (mental health and substance first).
  const due = sql`(select tenant_id, person_id, min(since) as since from (
      select h.tenant_id, h.person_id, (h.recorded_at at time zone 'Europe/Oslo')::date as since from pathway_history h
        where h.pathway = 3 and ${only('h')} and not exists (select 1 from pathway_history n where n.person_id = h.person_id and n.recorded_at > h.recorded_at)
      union all
      select f.tenant_id, f.person_id, (f.set_at at time zone 'Europe/Oslo')::date from risk_flags f where f.cleared_at is null and ${only('f')}
      union all
      select r.tenant_id, r.person_id, (r.administered_at at time zone 'Europe/Oslo')::date from instrument_results r
        where r.suicide_risk_prompt and (r.administered_at at time zone 'Europe/Oslo')::date > ${today}::date - 365 and ${only('r')}
    ) x group by tenant_id, person_id)`;
  await db.execute(sql`
    insert into tasks (tenant_id, kind, person_id, unit_id, assignee_id, subject_id, due_date, unique_key)
    select d.tenant_id, 'crisis-plan-missing', d.person_id,
      coalesce(ca.unit_id, (select sr.unit_id from service_relations sr join units u on u.id = sr.unit_id
        where sr.person_id = d.person_id and sr.valid_from < ${today}::date + 1 and (sr.valid_to is null or sr.valid_to > ${today}::date) and coalesce(u.service_area, '') <> 'koordinerende-enhet'
        order by (u.service_area = 'psykisk-helse-rus') desc nulls last, u.name limit 1)),
      ca.user_id, d.person_id, d.since + ${crisisPlanDays}::int, 'crisis-plan-missing:' || d.person_id || ':' || d.since
    from ${due} d left join coordinator_assignments ca on ca.person_id = d.person_id and ca.valid_to is null
    where not exists (select 1 from crisis_plans c where c.person_id = d.person_id and c.status = 'active')
    on conflict (unique_key) do nothing`);
  await close('crisis-plan-missing', sql`not exists (select 1 from crisis_plans c where c.person_id = t.person_id and c.status = 'active')
    and exists (select 1 from ${due} d where d.person_id = t.person_id and d.since + ${crisisPlanDays}::int = t.due_date)`);
}
