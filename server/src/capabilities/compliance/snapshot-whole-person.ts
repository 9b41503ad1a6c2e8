// The whole-person part of the case snapshot: the facts the housing, somatic, NAV, relatives, risk,
// specialist and activities checks read, loaded the same way as the rest (one set-based query per
// source table, driven by its person index). Mirrors what each capability's own page builds per person.
import { sql, type SQL } from 'drizzle-orm';
import { followUpItems, type SomaticKind } from '../somatic/rules.js';
import { needsChildResponsible } from '../relatives/rules.js';
import { suicideScreeningWindowDays } from '../crisis-plans/rules.js';
import type { WholePersonFacts } from './types.js';

type Query = <T extends { person_id: string }>(query: SQL) => Promise<Map<string, T[]>>;

const day = (column: string): SQL => sql.raw(`((${column}) at time zone 'Europe/Oslo')::date::text`);
const ms = (column: string): SQL => sql.raw(`(extract(epoch from ${column}) * 1000)::float8`);
const toDate = (v: number | string | null): Date | null => (v === null ? null : new Date(Number(v)));

/** Starts the whole-person queries (they join the caller's chain) and returns a builder per person. */
export function loadWholePerson(q: Query, ids: SQL, now: Date): Promise<(personId: string) => WholePersonFacts> {
  const screeningSince = new Date(now.getTime() - suicideScreeningWindowDays * 86400_000);
  return Promise.all([
    q<{ person_id: string; status: string }>(sql`
      select distinct on (person_id) person_id, status from housing_status where person_id = any(${ids}) order by person_id, from_date desc, recorded_at desc`),
    q<{ person_id: string; id: string; start_date: string; end_date: string | null; exception_reason: string | null }>(sql`
      select person_id, id, start_date::text as start_date, end_date::text as end_date, exception_reason from temporary_stays where person_id = any(${ids}) order by start_date desc`),
    q<{ person_id: string; id: string; kind: 'risk' | 'eviction'; occurred_on: string; resolved_on: string | null }>(sql`
      select person_id, id, kind, occurred_on::text as occurred_on, resolved_on::text as resolved_on from eviction_events where person_id = any(${ids}) order by occurred_on desc`),
    q<{ person_id: string; id: string; start_date: string; end_date: string | null; visit_interval_days: number; last_visit_on: string | null }>(sql`
      select p.person_id, p.id, p.start_date::text as start_date, p.end_date::text as end_date, p.visit_interval_days,
        (select max(v.visited_on)::text from home_visits v where v.plan_id = p.id) as last_visit_on
      from home_follow_up_plans p where p.person_id = any(${ids}) order by p.start_date desc`),
    q<{ person_id: string; kind: SomaticKind; indicated: boolean; interval_months: number }>(sql`
      select person_id, kind, indicated, interval_months from somatic_follow_up where person_id = any(${ids})`),
    q<{ person_id: string; id: string; kind: SomaticKind; done_on: string; county_dental_offer: string | null }>(sql`
      select person_id, id, kind, done_on::text as done_on, county_dental_offer from somatic_checks where person_id = any(${ids}) order by done_on desc`),
    q<{ person_id: string; id: string; date: string; status: 'planned' | 'attended' | 'missed' | 'cancelled'; followed_up: boolean }>(sql`
      select a.person_id, a.id, ${day('a.scheduled_at')} as date, a.status,
        exists (select 1 from tasks t where t.subject_id = a.id and t.kind = 'gp-appointment-missed' and t.status = 'done') as followed_up
      from gp_appointments a where a.person_id = any(${ids}) order by a.scheduled_at desc`),
    q<{ person_id: string; id: string; sent_on: string; acknowledged_on: string | null }>(sql`
      select person_id, id, ${day('sent_at')} as sent_on, ${day('acknowledged_at')} as acknowledged_on from health_contacts where person_id = any(${ids}) order by contact_at desc`),
    q<{ person_id: string; id: string; user_id: string }>(sql`
      select person_id, id, user_id from nav_contacts where person_id = any(${ids}) and valid_to is null`),
    q<{ person_id: string; id: string; requested_on: string; decision: 'pending' | 'granted' | 'refused'; assessment: string | null; reason: string | null }>(sql`
      select person_id, id, requested_on::text as requested_on, decision, assessment, reason from nav_guidance where person_id = any(${ids}) order by requested_on desc`),
    q<{ person_id: string; unit_id: string; name: string; service_area: string | null; staff_name: string | null }>(sql`
      select distinct on (sr.person_id, u.id) sr.person_id, u.id as unit_id, u.name, u.service_area, su.display_name as staff_name
      from service_relations sr join units u on u.id = sr.unit_id
        left join child_responsible_staff c on c.unit_id = u.id and c.valid_from <= ${now} and (c.valid_to is null or c.valid_to > ${now})
        left join users su on su.id = c.user_id
      where sr.person_id = any(${ids}) and sr.valid_from <= ${now} and (sr.valid_to is null or sr.valid_to > ${now})
      order by sr.person_id, u.id, su.display_name nulls last`),
    q<{ person_id: string; id: string; name: string; is_child: boolean; birth_date: string | null; consent_status: 'given' | 'declined' | 'not-asked' }>(sql`
      select person_id, id, name, is_child, birth_date::text as birth_date, consent_status from relatives where person_id = any(${ids}) and ended_at is null order by closest desc, created_at`),
    q<{ person_id: string; relative_id: string; id: string; assessed_on: string; next_assessment_on: string | null }>(sql`
      select person_id, relative_id, id, assessed_on::text as assessed_on, next_assessment_on::text as next_assessment_on from relative_needs_assessments where person_id = any(${ids}) order by assessed_on desc`),
    q<{ person_id: string; relative_id: string; id: string; kind: 'clarification' | 'information' | 'follow-up'; occurred_on: string; unit_id: string | null }>(sql`
      select person_id, relative_id, id, kind, occurred_on::text as occurred_on, unit_id from child_follow_ups where person_id = any(${ids}) order by occurred_on`),
    q<{ person_id: string; id: string; has_relatives: boolean | null; children: boolean | null }>(sql`
      select distinct on (person_id) person_id, id, (relatives->>'hasRelatives')::boolean as has_relatives, (relatives->>'childrenOrMinorSiblingsAffected')::boolean as children
      from kartlegginger where person_id = any(${ids}) and relatives is not null order by person_id, occasion desc`),
    q<{ person_id: string; id: string; kind: string; level: 'green' | 'yellow' | 'red' | null; safety_measure: string | null; owner_id: string | null; review_date: string | null }>(sql`
      select person_id, id, kind, level, safety_measure, owner_id, review_date::text as review_date from risk_flags where person_id = any(${ids}) and cleared_at is null order by set_at desc`),
    q<{ person_id: string; id: string; kind: 'violence' | 'suicide'; assessed_on: string }>(sql`
      select person_id, id, kind, assessed_on::text as assessed_on from risk_assessments where person_id = any(${ids}) order by assessed_on desc, created_at desc`),
    q<{ person_id: string; administered_on: string }>(sql`
      select person_id, max(${day('administered_at')}) as administered_on from instrument_results
      where person_id = any(${ids}) and suicide_risk_prompt and administered_at > ${screeningSince} group by person_id`),
    q<{ person_id: string; id: string; level: 'dps' | 'tsb' | 'fact' | 'municipal'; referred_at: number; outcome: 'pending' | 'accepted' | 'rejected'; outcome_reason: string | null }>(sql`
      select person_id, id, level, ${ms('referred_at')} as referred_at, outcome, outcome_reason from referrals where person_id = any(${ids}) order by referred_at desc`),
    q<{ person_id: string; id: string; admitted_at: number; planned_discharge_on: string | null; discharge_meeting_at: number | null; discharged_at: number | null; services_in_place: string[] }>(sql`
      select person_id, id, ${ms('admitted_at')} as admitted_at, planned_discharge_on::text as planned_discharge_on, ${ms('discharge_meeting_at')} as discharge_meeting_at,
        ${ms('discharged_at')} as discharged_at, services_in_place from admissions where person_id = any(${ids}) order by admitted_at desc`),
    q<{ person_id: string; admission_id: string; kind: string; received_at: number }>(sql`
      select person_id, admission_id, kind, ${ms('received_at')} as received_at from hospital_messages where person_id = any(${ids}) order by received_at`),
    q<{ person_id: string; id: string; started_on: string; ended_on: string | null }>(sql`
      select person_id, id, started_on::text as started_on, ended_on::text as ended_on from activity_participations where person_id = any(${ids}) order by started_on desc`),
  ]).then(([status, stays, evictions, homePlans, somaticSettings, somaticDone, gp, contacts, navContacts, guidance, serving, rels, needs, childFollow, firstContact, flags, assessments, screenings, referrals, admissions, messages, participations]) => (id: string): WholePersonFacts => {
    const done = somaticDone.get(id) ?? [];
    const settings = somaticSettings.get(id) ?? [];
    const lastDone: Partial<Record<SomaticKind, string>> = {};
    for (const c of done) if (!lastDone[c.kind] || lastDone[c.kind]! < c.done_on) lastDone[c.kind] = c.done_on;
    const personNeeds = needs.get(id) ?? [];
    const personFollow = childFollow.get(id) ?? [];
    const fc = firstContact.get(id)?.[0];
    const nav = navContacts.get(id)?.[0];
    const personMessages = messages.get(id) ?? [];
    const servingUnits = serving.get(id) ?? [];
    return {
      housing: {
        currentStatus: status.get(id)?.[0]?.status ?? null,
        stays: (stays.get(id) ?? []).map((s) => ({ id: s.id, startDate: s.start_date, endDate: s.end_date, exceptionReason: s.exception_reason })),
        evictions: (evictions.get(id) ?? []).map((e) => ({ id: e.id, kind: e.kind, occurredOn: e.occurred_on, resolvedOn: e.resolved_on })),
        plans: (homePlans.get(id) ?? []).map((p) => ({ id: p.id, startDate: p.start_date, endDate: p.end_date, visitIntervalDays: p.visit_interval_days, lastVisitOn: p.last_visit_on })),
      },
      somaticFollowedUp: settings.length > 0 || done.length > 0,
      somatic: {
        personId: id,
        items: followUpItems(settings.map((x) => ({ kind: x.kind, indicated: x.indicated, intervalMonths: x.interval_months })), lastDone),
        dental: done.filter((c) => c.kind === 'dental').map((c) => ({ id: c.id, doneOn: c.done_on, countyDentalOffer: c.county_dental_offer })),
        gpAppointments: (gp.get(id) ?? []).map((a) => ({ id: a.id, date: a.date, status: a.status, followedUp: a.followed_up })),
        healthContacts: (contacts.get(id) ?? []).map((c) => ({ id: c.id, sentAt: c.sent_on, acknowledgedAt: c.acknowledged_on })),
      },
      nav: {
        personId: id,
        servedByNav: servingUnits.some((u) => u.service_area === 'nav'),
        contact: nav ? { id: nav.id, userId: nav.user_id } : null,
        guidance: (guidance.get(id) ?? []).map((g) => ({ id: g.id, requestedOn: g.requested_on, decision: g.decision, assessment: g.assessment, reason: g.reason })),
      },
      relatives: {
        relatives: (rels.get(id) ?? []).map((r) => ({
          id: r.id,
          name: r.name,
          isChild: r.is_child,
          birthDate: r.birth_date,
          consentStatus: r.consent_status,
          needsAssessments: personNeeds.filter((n) => n.relative_id === r.id).map((n) => ({ id: n.id, assessedOn: n.assessed_on, nextAssessmentOn: n.next_assessment_on })),
          childFollowUps: personFollow.filter((f) => f.relative_id === r.id).map((f) => ({ id: f.id, kind: f.kind, occurredOn: f.occurred_on, byChildResponsible: f.kind === 'follow-up' && f.unit_id !== null })),
        })),
        firstContact: fc ? { id: fc.id, hasRelatives: fc.has_relatives, childrenOrMinorSiblingsAffected: fc.children } : null,
        servingUnits: servingUnits
          .map((u) => ({ id: u.unit_id, name: u.name, needsChildResponsible: needsChildResponsible(u.service_area), childResponsibleName: u.staff_name }))
          .sort((a, b) => a.name.localeCompare(b.name, 'nb')),
      },
      risk: {
        flags: (flags.get(id) ?? []).map((f) => ({ id: f.id, kind: f.kind, level: f.level, safetyMeasure: f.safety_measure, ownerId: f.owner_id, reviewDate: f.review_date })),
        assessments: (assessments.get(id) ?? []).map((a) => ({ id: a.id, kind: a.kind, assessedOn: a.assessed_on })),
        suicideScreeningOn: screenings.get(id)?.[0]?.administered_on ?? null,
      },
      specialist: {
        referrals: (referrals.get(id) ?? []).map((r) => ({ id: r.id, level: r.level, referredAt: toDate(r.referred_at)!, outcome: r.outcome, outcomeReason: r.outcome_reason })),
        admissions: (admissions.get(id) ?? []).map((a) => ({
          id: a.id,
          admittedAt: toDate(a.admitted_at)!,
          plannedDischargeOn: a.planned_discharge_on,
          dischargeMeetingAt: toDate(a.discharge_meeting_at),
          dischargedAt: toDate(a.discharged_at),
          servicesInPlace: a.services_in_place,
          messages: personMessages.filter((m) => m.admission_id === a.id).map((m) => ({ kind: m.kind, receivedAt: toDate(m.received_at)! })),
        })),
      },
      activities: { participations: (participations.get(id) ?? []).map((p) => ({ id: p.id, startedOn: p.started_on, endedOn: p.ended_on })) },
    };
  });
}
