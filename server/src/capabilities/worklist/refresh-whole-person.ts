// Tasks from the whole-person follow-up (capabilities somatic and housing): a missed GP appointment
// for the primary contact, an unacknowledged GP summary, and a temporary stay from its 2-month mark.
import { sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database.js';
import type { LocalDate } from '../../platform/calendar/index.js';

/** Days after the missed appointment the primary contact has to follow up (the municipality's own deadline). */
const missedFollowUpDays = 2;
/** Days the GP has to acknowledge a summary (somatic/rules.ts gpAcknowledgeDays). */
const acknowledgeDays = 14;

export async function refreshWholePersonTasks(db: Db | Tx, today: LocalDate, only: (alias: string) => SQL, taskFilter: SQL): Promise<void> {
  const close = (kind: string, stillDue: SQL) =>
    db.execute(sql`update tasks t set status = 'done', closed_at = now() where t.kind = ${kind} and t.status = 'open' and ${taskFilter} and not (${stillDue})`);

  // A missed GP appointment: for the primary contact (team role «Primærkontakt»), else the coordinator,
  // else whoever recorded it; closed by a person with a note.
  await db.execute(sql`
    insert into tasks (tenant_id, kind, person_id, assignee_id, subject_id, due_date, unique_key)
    select a.tenant_id, 'gp-appointment-missed', a.person_id,
      coalesce(
        (select tm.user_id from team_members tm where tm.person_id = a.person_id and tm.team_role = 'Primærkontakt' and tm.valid_to is null order by tm.valid_from limit 1),
        (select ca.user_id from coordinator_assignments ca where ca.person_id = a.person_id and ca.valid_to is null limit 1),
        a.recorded_by),
      a.id, (a.updated_at at time zone 'Europe/Oslo')::date + ${missedFollowUpDays}::int, 'gp-appointment-missed:' || a.id
    from gp_appointments a where a.status = 'missed' and ${only('a')}
    on conflict (unique_key) do nothing`);

  // A GP summary not acknowledged after 14 days: for the unit that had the contact, until acknowledged.
  await db.execute(sql`
    insert into tasks (tenant_id, kind, person_id, unit_id, subject_id, due_date, unique_key)
    select h.tenant_id, 'gp-summary-unacknowledged', h.person_id, h.unit_id, h.id, (h.sent_at at time zone 'Europe/Oslo')::date + ${acknowledgeDays}::int, 'gp-summary-unacknowledged:' || h.id
    from health_contacts h where h.acknowledged_at is null and (h.sent_at at time zone 'Europe/Oslo')::date + ${acknowledgeDays}::int < ${today}::date and ${only('h')}
    on conflict (unique_key) do nothing`);
  await close('gp-summary-unacknowledged', sql`exists (select 1 from health_contacts h where h.id = t.subject_id and h.acknowledged_at is null)`);

  // A temporary stay from its 2-month mark (warning), due at 3 months (finding), for the placing unit;
  // closed when the stay ends or an exception reason is recorded.
  await db.execute(sql`
    insert into tasks (tenant_id, kind, person_id, unit_id, subject_id, due_date, unique_key)
    select s.tenant_id, 'temporary-stay-limit', s.person_id,
      coalesce(s.unit_id, (select sr.unit_id from service_relations sr join units u on u.id = sr.unit_id where sr.person_id = s.person_id and u.service_area in ('bolig', 'nav') and sr.valid_to is null order by u.service_area limit 1)),
      s.id, (s.start_date + interval '3 months')::date, 'temporary-stay-limit:' || s.id
    from temporary_stays s where s.end_date is null and s.exception_reason is null and (s.start_date + interval '2 months')::date <= ${today}::date and ${only('s')}
    on conflict (unique_key) do nothing`);
  await close('temporary-stay-limit', sql`exists (select 1 from temporary_stays s where s.id = t.subject_id and s.end_date is null and s.exception_reason is null)`);
}
