// Coordination data at scale for a generated municipality: the coordinator register, coordinators for
// one person in five with an individual plan (goals, measures, participants, one team meeting with
// minutes and an action), crisis plans for one in four and risk flags for one in twenty — set-based
// SQL so 100,000 persons take seconds. `bigPlan` gives one person a plan of benchmark size.
import { withTenant } from '../platform/db/tenant-context.js';
import { sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.js';
import { addDays, type LocalDate } from '../platform/calendar/index.js';
import { queryRows } from '../platform/db/database.js';

export interface CoordinationDataOptions {
  tenantId: string;
  today: LocalDate;
  onProgress?: (message: string) => void;
}

const bucket = (column: string, n: number, salt: string) => sql.raw(`(abs(hashtext(${column}::text || '${salt}')) % ${n})`);

export async function generateCoordinationData(db: Db, options: CoordinationDataOptions): Promise<void> {
  return withTenant(db, options.tenantId, (tx) => generateCoordinationDataIn(tx, options));
}

async function generateCoordinationDataIn(db: Db, options: CoordinationDataOptions): Promise<void> {
  const { tenantId, today } = options;
  const progress = options.onProgress ?? (() => {});
  const actor = sql`(select u.id from users u where u.tenant_id = ${tenantId} and u.kind = 'staff' order by u.id limit 1)`;

  await db.execute(sql`
    insert into coordinators (tenant_id, user_id, unit_id, registered_at, registered_by)
    select u.tenant_id, u.id, (select m.unit_id from unit_memberships m where m.user_id = u.id order by m.unit_id limit 1), now() - interval '300 days', ${actor}
    from users u where u.tenant_id = ${tenantId} and u.kind = 'staff' and 'coordinator' = any(u.roles)`);
  await db.execute(sql`
    insert into coordinator_trainings (tenant_id, coordinator_id, module, completed_on, recorded_by, recorded_at)
    select c.tenant_id, c.id, m.module, ${today}::date - 200, c.registered_by, now()
    from coordinators c cross join (values ('coordinator-role'), ('individual-plan')) as m(module)
    where c.tenant_id = ${tenantId} and ${bucket('c.id', 3, 't')} > 0`);
  await db.execute(sql`
    with c as (select array_agg(id order by id) as ids from coordinators where tenant_id = ${tenantId})
    insert into coordinator_assignments (tenant_id, person_id, coordinator_id, user_id, unit_id, basis, reason, chosen_with_person, valid_from, appointed_by)
    select p.tenant_id, p.id, co.id, co.user_id, co.unit_id, 'ip', 'Syntetisk oppnevning', true, now() - interval '60 days', co.registered_by
    from persons p cross join c
    join coordinators co on co.id = c.ids[1 + ${bucket('p.id', 1_000_000, 'k')} % array_length(c.ids, 1)]
    where p.tenant_id = ${tenantId} and ${bucket('p.id', 5, 'ip')} = 0`);
  progress('koordinatorer og oppnevninger laget');

  await db.execute(sql`
    insert into individual_plans (tenant_id, person_id, review_interval_days, next_review_date, created_by, created_at, updated_by, updated_at)
    select a.tenant_id, a.person_id, 90, ${today}::date + ${bucket('a.person_id', 120, 'r')} - 20, a.user_id, now() - interval '50 days', a.user_id, now() - interval '50 days'
    from coordinator_assignments a where a.tenant_id = ${tenantId} and a.valid_to is null`);
  await db.execute(sql`
    insert into plan_goals (tenant_id, plan_id, person_id, text, created_by, created_at)
    select ip.tenant_id, ip.id, ip.person_id, g.text, ip.created_by, ip.created_at
    from individual_plans ip cross join (values ('Å bo trygt i egen leilighet.'), ('Å ha noe meningsfullt å gjøre på dagtid.')) as g(text)
    where ip.tenant_id = ${tenantId}`);
  await db.execute(sql`
    insert into plan_measures (tenant_id, plan_id, person_id, description, responsible_unit_id, responsible_user_id, start_date, deadline, status, created_by, created_at)
    select ip.tenant_id, ip.id, ip.person_id, 'Syntetisk tiltak ' || n, a.unit_id, a.user_id, ${today}::date - 40, ${today}::date + n * 20 - 20,
           (array['planned','ongoing','done'])[n], ip.created_by, ip.created_at
    from individual_plans ip join coordinator_assignments a on a.person_id = ip.person_id and a.valid_to is null
    cross join generate_series(1, 3) as n where ip.tenant_id = ${tenantId}`);
  await db.execute(sql`
    insert into plan_participants (tenant_id, plan_id, person_id, kind, user_id, name, role, consent_given_at, added_by, added_at)
    select ip.tenant_id, ip.id, ip.person_id, 'person', null, p.given_name || ' ' || p.family_name, 'Personen selv', ip.created_at, ip.created_by, ip.created_at
    from individual_plans ip join persons p on p.id = ip.person_id where ip.tenant_id = ${tenantId}
    union all
    select ip.tenant_id, ip.id, ip.person_id, 'provider', u.id, u.display_name, 'Koordinator', ip.created_at, ip.created_by, ip.created_at
    from individual_plans ip join users u on u.id = ip.created_by where ip.tenant_id = ${tenantId}`);
  progress('individuelle planer laget');

  await db.execute(sql`
    insert into team_meetings (tenant_id, person_id, plan_id, purpose, scheduled_at, location, organiser_id, minutes_due_date, created_at)
    select ip.tenant_id, ip.person_id, ip.id, 'Oppstart av individuell plan', now() - interval '30 days', 'Møterom', ip.created_by, ${today}::date - 23, now() - interval '40 days'
    from individual_plans ip where ip.tenant_id = ${tenantId}`);
  await db.execute(sql`
    insert into meeting_minutes (tenant_id, meeting_id, person_id, plan_id, agenda, person_view, decisions, recorded_by, recorded_at)
    select m.tenant_id, m.id, m.person_id, m.plan_id, array['Mål', 'Tiltak'], 'Syntetisk: personens syn', array['Syntetisk beslutning'], m.organiser_id, m.scheduled_at + interval '1 day'
    from team_meetings m where m.tenant_id = ${tenantId}`);
  await db.execute(sql`
    insert into meeting_actions (tenant_id, meeting_id, person_id, description, owner_id, due_date)
    select m.tenant_id, m.id, m.person_id, 'Syntetisk oppgave', m.organiser_id, ${today}::date + ${bucket('m.id', 30, 'd')}
    from team_meetings m where m.tenant_id = ${tenantId}`);
  progress('teammøter med referat laget');

  await db.execute(sql`
    insert into crisis_plans (tenant_id, person_id, version, prepared_on, prepared_with_person, stable_phase, warning_signs, triggers, what_helps, what_to_avoid, medication, contacts, persons_wishes, review_date, created_by, created_at)
    select p.tenant_id, p.id, 1, ${today}::date - 30, true, true, 'Sover lite, trekker seg unna.', 'Brev fra namsmannen.', 'Rolig prat, at noen blir litt.', 'Hevet stemme.', 'Fast medisin morgen.',
           jsonb_build_array(jsonb_build_object('name', 'Syntetisk pårørende', 'relation', 'Søster', 'phone', '41000000', 'reachable', 'day-and-night')),
           'Vil helst være hjemme.', ${today}::date + 150, ${actor}, now() - interval '30 days'
    from persons p where p.tenant_id = ${tenantId} and ${bucket('p.id', 4, 'cp')} = 0`);
  await db.execute(sql`
    insert into risk_flags (tenant_id, person_id, kind, note, set_at, set_by)
    select p.tenant_id, p.id, case when ${bucket('p.id', 2, 'k')} = 0 then 'violence' else 'suicide' end, 'Syntetisk risiko', now() - interval '20 days', ${actor}
    from persons p where p.tenant_id = ${tenantId} and ${bucket('p.id', 20, 'rf')} = 0`);
  await db.execute(sql`analyze`);
  progress('kriseplaner og risikoflagg laget');
}

/**
 * Gives one person (served by `userId`'s unit) a plan of benchmark size: `measures` measures and
 * `meetings` team meetings with minutes, replacing any generated plan. Returns the plan id.
 */
export async function bigPlan(db: Db, options: { tenantId: string; personId: string; userId: string; today: LocalDate; measures: number; meetings: number }): Promise<string> {
  return withTenant(db, options.tenantId, (tx) => bigPlanIn(tx, options));
}

async function bigPlanIn(db: Db, options: { tenantId: string; personId: string; userId: string; today: LocalDate; measures: number; meetings: number }): Promise<string> {
  const { tenantId, personId, userId, today } = options;
  await db.execute(sql`update individual_plans set status = 'closed' where person_id = ${personId}`);
  const [plan] = await queryRows<{ id: string }>(db, sql`
    insert into individual_plans (tenant_id, person_id, review_interval_days, next_review_date, created_by, created_at, updated_by, updated_at)
    values (${tenantId}, ${personId}, 90, ${addDays(today, 60)}, ${userId}, now(), ${userId}, now()) returning id`);
  const planId = plan!.id;
  await db.execute(sql`
    insert into plan_goals (tenant_id, plan_id, person_id, text, created_by, created_at)
    select ${tenantId}, ${planId}, ${personId}, 'Mål ' || n || ' med personens egne ord', ${userId}, now() from generate_series(1, 5) n`);
  await db.execute(sql`
    insert into plan_measures (tenant_id, plan_id, person_id, goal_id, description, responsible_unit_id, responsible_user_id, start_date, deadline, status, created_by, created_at)
    select ${tenantId}, ${planId}, ${personId}, (select id from plan_goals where plan_id = ${planId} order by seq offset (n % 5) limit 1), 'Tiltak ' || n,
           (select unit_id from unit_memberships where user_id = ${userId} limit 1), ${userId}, ${today}::date - 30, ${today}::date + n - 10,
           (array['planned','ongoing','done','cancelled'])[1 + n % 4], ${userId}, now()
    from generate_series(1, ${options.measures}) n`);
  await db.execute(sql`
    insert into plan_participants (tenant_id, plan_id, person_id, kind, user_id, name, role, consent_given_at, added_by, added_at)
    select ${tenantId}, ${planId}, ${personId}, (array['person','provider','relative','nav','gp','dps'])[n], case when n = 2 then ${userId}::uuid end, 'Deltaker ' || n, 'Rolle ' || n, now(), ${userId}, now()
    from generate_series(1, 6) n`);
  await db.execute(sql`
    insert into team_meetings (tenant_id, person_id, plan_id, purpose, scheduled_at, location, organiser_id, minutes_due_date, created_at)
    select ${tenantId}, ${personId}, ${planId}, 'Teammøte ' || n, now() - (n * 14) * interval '1 day', 'Møterom', ${userId}, ${today}::date - n * 14 + 7, now() - (n * 14 + 7) * interval '1 day'
    from generate_series(1, ${options.meetings}) n`);
  await db.execute(sql`
    insert into meeting_participants (tenant_id, meeting_id, user_id, name, role, attended)
    select m.tenant_id, m.id, case when k = 1 then ${userId}::uuid end, 'Deltaker ' || k, 'Rolle ' || k, k <> 4
    from team_meetings m cross join generate_series(1, 4) k where m.plan_id = ${planId}`);
  await db.execute(sql`
    insert into meeting_minutes (tenant_id, meeting_id, person_id, plan_id, agenda, person_view, decisions, recorded_by, recorded_at)
    select m.tenant_id, m.id, m.person_id, m.plan_id, array['Mål', 'Tiltak', 'Bolig'], 'Personens syn med egne ord', array['Beslutning 1', 'Beslutning 2'], ${userId}, m.scheduled_at + interval '1 day'
    from team_meetings m where m.plan_id = ${planId}`);
  await db.execute(sql`
    insert into meeting_actions (tenant_id, meeting_id, person_id, description, owner_id, due_date)
    select m.tenant_id, m.id, m.person_id, 'Oppgave ' || k, ${userId}, ${today}::date + k from team_meetings m cross join generate_series(1, 2) k where m.plan_id = ${planId}`);
  await db.execute(sql`analyze`);
  return planId;
}
