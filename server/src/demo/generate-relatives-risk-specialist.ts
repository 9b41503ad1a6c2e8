// The rest of the whole-person records at scale (set-based SQL, synthetic text only): relatives with
// consent, their own-needs assessments, children with the children-as-relatives follow-up, a
// barneansvarlig in most health units, structured risk assessments with their flags, referrals to
// specialist services with outcomes, admissions with hospital messages, the activity catalogue with
// participation, NAV financial assistance as a fact, and booppfølging plans with home visits.
import { withTenant } from '../platform/db/tenant-context.js';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../platform/db/database.js';
import type { LocalDate } from '../platform/calendar/index.js';

export async function generateRelativesRiskSpecialistData(db: Db, options: { tenantId: string; today: LocalDate; onProgress?: (message: string) => void }): Promise<void> {
  return withTenant(db, options.tenantId, (tx) => generateRelativesRiskSpecialistDataIn(tx, options));
}

async function generateRelativesRiskSpecialistDataIn(db: Db, options: { tenantId: string; today: LocalDate; onProgress?: (message: string) => void }): Promise<void> {
  const { tenantId, today } = options;
  const progress = options.onProgress ?? (() => {});
  const bucket = (column: string, n: number, salt: string) => sql.raw(`(abs(hashtext(${column}::text || '${salt}')) % ${n})`);
  const actor = sql`(select u.id from users u where u.tenant_id = ${tenantId} and u.kind = 'staff' order by u.id limit 1)`;
  const firstUnit = sql`(select sr.unit_id from service_relations sr where sr.person_id = p.id order by sr.unit_id limit 1)`;
  const persons = sql`persons p where p.tenant_id = ${tenantId}`;

  // Six in ten persons have an adult relative (most with consent), one in six a child under 18.
  await db.execute(sql`
    insert into relatives (tenant_id, person_id, name, relation, phone, is_child, closest, consent_status, consent_scopes, consent_recorded_at, created_by, created_at)
    select p.tenant_id, p.id, 'Syntetisk pårørende', (array['mor','far','søster','bror','partner'])[1 + ${bucket('p.id', 5, 'rel')}], '40000000', false, true,
           (array['given','given','given','declined','not-asked'])[1 + ${bucket('p.id', 5, 'con')}],
           case when ${bucket('p.id', 5, 'con')} < 3 then '["general-information","participation"]'::jsonb else '[]'::jsonb end,
           case when ${bucket('p.id', 5, 'con')} < 4 then now() end, ${actor}, now()
    from ${persons} and ${bucket('p.id', 10, 'r')} < 6`);
  await db.execute(sql`
    insert into relatives (tenant_id, person_id, name, relation, birth_date, is_child, lives_with_person, closest, consent_status, consent_scopes, consent_recorded_at, created_by, created_at)
    select p.tenant_id, p.id, 'Syntetisk barn', 'barn', ${today}::date - (365 * (2 + ${bucket('p.id', 14, 'age')}) + 30), true, ${bucket('p.id', 2, 'lw')} = 0, false,
           'given', '["general-information"]'::jsonb, now(), ${actor}, now()
    from ${persons} and ${bucket('p.id', 6, 'c')} = 0`);
  await db.execute(sql`
    insert into relative_needs_assessments (tenant_id, person_id, relative_id, assessed_on, needs, care_burden, support_offered, support_accepted, next_assessment_on, created_by, created_at)
    select r.tenant_id, r.person_id, r.id, ${today}::date - ${bucket('r.id', 500, 'na')}, 'Syntetiske behov', 'Syntetisk omsorgsbyrde',
           '["conversation","group"]'::jsonb, '["conversation"]'::jsonb, ${today}::date - ${bucket('r.id', 500, 'na')} + 365, r.created_by, now()
    from relatives r where r.tenant_id = ${tenantId} and not r.is_child and r.consent_status = 'given' and ${bucket('r.id', 2, 'nx')} = 0`);
  await db.execute(sql`
    insert into child_follow_ups (tenant_id, person_id, relative_id, kind, occurred_on, summary, unit_id, recorded_by, recorded_at)
    select r.tenant_id, r.person_id, r.id, k.kind, ${today}::date - ${bucket('r.id', 200, 'cf')}, 'Syntetisk oppfølging',
           (select sr.unit_id from service_relations sr where sr.person_id = r.person_id order by sr.unit_id limit 1), r.created_by, now()
    from relatives r cross join (values ('clarification', 3), ('information', 2), ('follow-up', 1)) as k(kind, share)
    where r.tenant_id = ${tenantId} and r.is_child and ${bucket("r.id::text || k.kind", 3, 'ck')} < k.share`);
  // A barneansvarlig in three of four mental-health-and-substance units: one of the unit's staff.
  await db.execute(sql`
    insert into child_responsible_staff (tenant_id, unit_id, user_id, valid_from, appointed_by)
    select u.tenant_id, u.id, m.user_id, now() - interval '200 days', ${actor}
    from units u join lateral (select um.user_id from unit_memberships um where um.unit_id = u.id order by um.user_id limit 1) m on true
    where u.tenant_id = ${tenantId} and u.service_area = 'psykisk-helse-rus' and ${bucket('u.id', 4, 'ba')} > 0`);
  progress('pårørende og barn laget');

  // One in 25 persons has a structured risk assessment; yellow and red raise a flag with owner and review date.
  await db.execute(sql`
    with assessed as (
      select p.tenant_id, p.id as person_id, case when ${bucket('p.id', 2, 'rk')} = 0 then 'violence' else 'suicide' end as kind,
             (array['green','yellow','red'])[1 + ${bucket('p.id', 3, 'lv')}] as level, ${today}::date - ${bucket('p.id', 120, 'ra')} as assessed_on, ${firstUnit} as unit_id
      from ${persons} and ${bucket('p.id', 25, 'risk')} = 0 and ${firstUnit} is not null
    ), flags as (
      insert into risk_flags (tenant_id, person_id, kind, note, set_at, set_by, level, safety_measure, owner_id, review_date)
      select a.tenant_id, a.person_id, a.kind, 'Syntetisk risikovurdering', a.assessed_on + time '12:00', ${actor}, a.level, 'To ansatte på hjemmebesøk', ${actor}, a.assessed_on + case when a.level = 'red' then 30 else 90 end
      from assessed a where a.level <> 'green'
      returning id, person_id, kind
    )
    insert into risk_assessments (tenant_id, person_id, kind, assessed_on, level, method, basis, safety_measure, owner_id, review_date, author_unit_id, flag_id, created_by, created_at)
    select a.tenant_id, a.person_id, a.kind, a.assessed_on, a.level, 'Syntetisk metode', 'Syntetisk skjermet grunnlag', 'To ansatte på hjemmebesøk', ${actor},
           a.assessed_on + case when a.level = 'red' then 30 else 90 end, a.unit_id, f.id, ${actor}, now()
    from assessed a left join flags f on f.person_id = a.person_id and f.kind = a.kind`);
  progress('risikovurderinger laget');

  // Specialist services: one in twelve referred (DPS, TSB or FACT), one in forty admitted.
  const [dps] = await queryRows<{ id: string }>(db, sql`insert into partners (tenant_id, name, kind) values (${tenantId}, 'Syntetisk DPS', 'dps') returning id`);
  await db.execute(sql`
    insert into referrals (tenant_id, person_id, level, partner_id, reason, referred_at, outcome, outcome_reason, outcome_at, recorded_by)
    select p.tenant_id, p.id, (array['dps','tsb','fact'])[1 + ${bucket('p.id', 3, 'lvl')}], case when ${bucket('p.id', 3, 'lvl')} = 0 then ${dps!.id}::uuid end,
           'Syntetisk henvisning', ${today}::date - ${bucket('p.id', 200, 'rf')} + time '10:00',
           (array['pending','accepted','rejected'])[1 + ${bucket('p.id', 3, 'out')}],
           case when ${bucket('p.id', 3, 'out')} = 2 then 'Syntetisk avslagsgrunn' end,
           case when ${bucket('p.id', 3, 'out')} > 0 then ${today}::date - ${bucket('p.id', 200, 'rf')} + 8 + time '10:00' end, ${actor}
    from ${persons} and ${bucket('p.id', 12, 'ref')} = 0`);
  await db.execute(sql`
    with admitted as (
      insert into admissions (tenant_id, person_id, partner_id, admitted_at, ward, planned_discharge_on, discharged_at, services_in_place, created_by, created_at)
      select p.tenant_id, p.id, ${dps!.id}::uuid, ${today}::date - ${bucket('p.id', 120, 'adm')} + time '14:00', 'Syntetisk post',
             ${today}::date - ${bucket('p.id', 120, 'adm')} + 14,
             case when ${bucket('p.id', 3, 'dis')} > 0 then ${today}::date - ${bucket('p.id', 120, 'adm')} + 15 + time '11:00' end,
             case when ${bucket('p.id', 3, 'dis')} > 0 then '["coordinator","gp-appointment"]'::jsonb else '[]'::jsonb end, ${actor}, now()
      from ${persons} and ${bucket('p.id', 40, 'ad')} = 0 and ${today}::date - ${bucket('p.id', 120, 'adm')} + 15 < ${today}::date
      returning id, tenant_id, person_id, admitted_at, discharged_at
    )
    insert into hospital_messages (tenant_id, person_id, admission_id, kind, received_at, registered_by, registered_at)
    select a.tenant_id, a.person_id, a.id, 'admission-notice', a.admitted_at + interval '6 hours', ${actor}, now() from admitted a
    union all
    select a.tenant_id, a.person_id, a.id, 'ready-for-discharge', a.discharged_at - interval '1 day', ${actor}, now() from admitted a where a.discharged_at is not null`);
  progress('spesialisthelsetjenesten laget');

  // The activity catalogue (twelve offers over three areas) and one in eight persons taking part.
  await db.execute(sql`
    insert into activity_offers (tenant_id, name, provider_kind, provider_name, category, area, times, sobriety, target_groups, created_by, created_at)
    select ${tenantId}, 'Syntetisk tilbud ' || n, (array['municipal','nav','voluntary'])[1 + n % 3], 'Syntetisk tilbyder', (array['work','activity','social','training'])[1 + n % 4],
           (array['Sentrum','Nord','Sør'])[1 + n % 3], 'Hverdager 10–14', (array['required','not-required','on-site'])[1 + n % 3],
           to_jsonb(array[(array['rop','young-adults','women','men','all-adults'])[1 + n % 5]]), ${actor}, now()
    from generate_series(1, 12) as n`);
  await db.execute(sql`
    insert into activity_participations (tenant_id, person_id, offer_id, started_on, ended_on, created_by, created_at)
    select p.tenant_id, p.id, (select o.id from activity_offers o where o.tenant_id = p.tenant_id order by o.name offset ${bucket('p.id', 12, 'of')} limit 1),
           ${today}::date - ${bucket('p.id', 300, 'ps')}, case when ${bucket('p.id', 4, 'pe')} = 0 then ${today}::date - ${bucket('p.id', 30, 'pd')} end, ${actor}, now()
    from ${persons} and ${bucket('p.id', 8, 'act')} = 0`);
  progress('aktivitetstilbud laget');

  // NAV financial assistance (the fact only) for one in fifteen; booppfølging for one in twenty, with a visit.
  await db.execute(sql`
    insert into nav_financial_assistance (tenant_id, person_id, unit_id, kind, referenced_on, contact_user_id, recorded_by, recorded_at)
    select p.tenant_id, p.id, ${firstUnit}, (array['economic-assistance','emergency-aid','debt-advice'])[1 + ${bucket('p.id', 3, 'fk')}], ${today}::date - ${bucket('p.id', 180, 'fa')}, ${actor}, ${actor}, now()
    from ${persons} and ${bucket('p.id', 15, 'fin')} = 0 and ${firstUnit} is not null`);
  await db.execute(sql`
    with plans as (
      insert into home_follow_up_plans (tenant_id, person_id, unit_id, goals, visit_interval_days, start_date, recorded_by, recorded_at)
      select p.tenant_id, p.id, ${firstUnit}, 'Syntetiske mål for booppfølging', 14, ${today}::date - ${bucket('p.id', 100, 'hp')}, ${actor}, now()
      from ${persons} and ${bucket('p.id', 20, 'home')} = 0 and ${firstUnit} is not null
      returning id, tenant_id, person_id, start_date
    )
    insert into home_visits (tenant_id, plan_id, person_id, visited_on, note, visited_by, recorded_at)
    select tenant_id, id, person_id, least(start_date + 7, ${today}::date), 'Syntetisk hjemmebesøk', ${actor}, now() from plans`);
  progress('økonomisk hjelp og booppfølging laget');
}
