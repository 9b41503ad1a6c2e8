// Loads case snapshots for a set of persons in a fixed number of set-based queries (one per source
// table, each driven by its person index), whatever the number of persons. Dates come back as
// Europe/Oslo calendar days.
import { sql, type SQL } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { queryRows, type Db, type Tx } from '../../platform/db/database.js';
import type { CaseSnapshot } from './types.js';
import { loadWholePerson } from './snapshot-whole-person.js';

/**
 * A journal note's claim is stored one of two ways: ticked in the note form (`notes.claims`, the
 * catalogue's vocabulary) or imported with the note (`record_claims`, the import format's vocabulary).
 * The snapshot reads both into `noteClaims`; this maps the import kinds that state a fact the
 * consistency check can verify.
 */
export const recordClaimAsNoteClaim: Record<string, string> = { 'ip-created': 'ip-exists' };

const day = (column: string): SQL => sql.raw(`((${column}) at time zone 'Europe/Oslo')::date::text`);

function group<T extends { person_id: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.person_id);
    if (list) list.push(row);
    else map.set(row.person_id, [row]);
  }
  return map;
}

/** Snapshots for the given persons of one tenant (persons that do not exist are left out). */
export async function loadSnapshots(db: Db | Tx, tenantId: string, personIds: string[], now: Date): Promise<CaseSnapshot[]> {
  if (personIds.length === 0) return [];
  const ids = sql`${`{${personIds.join(',')}}`}::uuid[]`;
  // On a pool the queries run in parallel; inside a transaction (one connection) one after another.
  const inTransaction = db instanceof PgTransaction;
  let chain: Promise<unknown> = Promise.resolve();
  const q = <T extends { person_id: string }>(query: SQL): Promise<Map<string, T[]>> => {
    if (!inTransaction) return queryRows<T>(db, query).then(group);
    const next = chain.then(() => queryRows<T>(db, query).then(group));
    chain = next.catch(() => undefined);
    return next;
  };

  const persons = await queryRows<{ id: string; pathway: number | null }>(db, sql`
    select p.id, (select h.pathway from pathway_history h where h.person_id = p.id order by h.recorded_at desc limit 1) as pathway
    from persons p where p.id = any(${ids}) and p.tenant_id = ${tenantId}`);
  const wholePersonLoading = loadWholePerson(q, ids, now);
  wholePersonLoading.catch(() => undefined); // awaited below; a failure surfaces there
  const [units, henvendelser, kartlegginger, domains, instruments, vedtak, ipInfo, ipMessages, plans, measures, coordinators, events, requests, meetings, crisis, flags, screenings, claims, recordClaims] = await Promise.all([
    q<{ person_id: string; unit_id: string; service_area: string | null }>(sql`
      select distinct sr.person_id, sr.unit_id, u.service_area from service_relations sr join units u on u.id = sr.unit_id
      where sr.person_id = any(${ids}) and sr.valid_from <= ${now} and (sr.valid_to is null or sr.valid_to > ${now}) and coalesce(u.service_area, '') <> 'koordinerende-enhet'
      order by sr.unit_id`),
    q<{ person_id: string; id: string; unit_id: string; received_on: string; first_contact_due: string; first_contact_on: string | null; closed: boolean }>(sql`
      select person_id, id, unit_id, ${day('received_at')} as received_on, first_contact_due::text as first_contact_due, ${day('first_contact_at')} as first_contact_on, closed_at is not null as closed
      from henvendelser where person_id = any(${ids}) order by received_at`),
    q<{ person_id: string; id: string; unit_id: string; occasion: string; status: 'in-progress' | 'completed' | 'declined'; reoffer_date: string | null; meeting_date: string | null; participants: number; what_matters: string | null; relatives: CaseSnapshot['kartlegginger'][number]['relatives']; missing_domains_reason: string | null; created_by: string }>(sql`
      select person_id, id, unit_id, occasion::text as occasion, status, reoffer_date::text as reoffer_date, meeting_date::text as meeting_date, cardinality(meeting_participants) as participants,
        what_matters, relatives, missing_domains_reason, created_by
      from kartlegginger where person_id = any(${ids}) order by occasion`),
    q<{ person_id: string; kartlegging_id: string; domain: string; status: 'covered' | 'partly' | 'not-covered' }>(sql`
      select k.person_id, d.kartlegging_id, d.domain, d.status from kartlegging_domains d join kartlegginger k on k.id = d.kartlegging_id where k.person_id = any(${ids})`),
    q<{ person_id: string; kartlegging_id: string; id: string; instrument_id: string; status: 'scored' | 'cannot-score' }>(sql`
      select person_id, kartlegging_id, id, instrument_id, status from instrument_results where person_id = any(${ids})`),
    q<{ person_id: string; id: string; unit_id: string; kartlegging_id: string | null; status: 'draft' | 'final' | 'ended'; service_name: string; start_date: string; end_date: string | null; evaluation_date: string | null; evaluation_responsible_id: string | null; responsible_active: boolean | null; legal_basis: string; scope: string; participation: string; appeal_info: string; reasoning: string; evaluation_id: string | null; evaluated_on: string | null; person_participated: boolean | null }>(sql`
      select v.person_id, v.id, v.unit_id, v.kartlegging_id, v.status, s.name as service_name, v.start_date::text as start_date, v.end_date::text as end_date, v.evaluation_date::text as evaluation_date,
        v.evaluation_responsible_id, u.active as responsible_active, v.legal_basis, v.scope, v.participation, v.appeal_info, v.reasoning,
        e.id as evaluation_id, e.evaluated_on::text as evaluated_on, e.person_participated
      from vedtak v join service_catalogue s on s.id = v.service_id left join users u on u.id = v.evaluation_responsible_id left join evaluations e on e.vedtak_id = v.id
      where v.person_id = any(${ids}) order by v.created_at`),
    q<{ person_id: string; id: string; unit_id: string; informed_on: string; informed_by: string; answer: 'wants-ip' | 'declines' | 'undecided'; reask_date: string | null }>(sql`
      select person_id, id, unit_id, informed_on::text as informed_on, informed_by, answer, reask_date::text as reask_date from ip_information where person_id = any(${ids}) order by recorded_at`),
    q<{ person_id: string; id: string; kind: 'ip' | 'coordinator'; status: 'open' | 'started' | 'offered' | 'rejected'; due_date: string; ke_unit_id: string; received_on: string }>(sql`
      select person_id, id, kind, status, due_date::text as due_date, ke_unit_id, ${day('received_at')} as received_on from ip_messages where person_id = any(${ids}) order by received_at`),
    q<{ person_id: string; id: string; status: 'active' | 'paused' | 'closed'; next_review_date: string; goals: number; participants: number; updated_by: string }>(sql`
      select p.person_id, p.id, p.status, p.next_review_date::text as next_review_date, p.updated_by,
        (select count(*)::int from plan_goals g where g.plan_id = p.id and g.status = 'active') as goals,
        (select count(*)::int from plan_participants pp where pp.plan_id = p.id and pp.kind <> 'person' and pp.consent_withdrawn_at is null) as participants
      from individual_plans p where p.person_id = any(${ids}) order by p.created_at`),
    q<{ person_id: string; plan_id: string; id: string; owned: boolean }>(sql`
      select m.person_id, m.plan_id, m.id, (m.responsible_user_id is not null or coalesce(trim(m.responsible_person_name), '') <> '') as owned
      from plan_measures m where m.person_id = any(${ids}) and m.status <> 'cancelled'`),
    q<{ person_id: string; id: string; user_id: string; unit_id: string }>(sql`
      select person_id, id, user_id, unit_id from coordinator_assignments where person_id = any(${ids}) and valid_to is null`),
    q<{ person_id: string; id: string; kind: CaseSnapshot['coordinationEvents'][number]['kind']; occurred_on: string }>(sql`
      select person_id, id, kind, ${day('occurred_at')} as occurred_on from coordination_events where person_id = any(${ids}) order by occurred_at`),
    q<{ person_id: string; id: string; ke_unit_id: string; requested_on: string; answered_on: string | null }>(sql`
      select r.person_id, r.id, r.ke_unit_id, ${day('r.requested_at')} as requested_on,
        (select ${day('t.closed_at')} from tasks t where t.person_id = r.person_id and t.kind = 'coordinator-request' and t.subject_id = r.id and t.status = 'done' limit 1) as answered_on
      from coordinator_requests r where r.person_id = any(${ids}) order by r.requested_at`),
    q<{ person_id: string; id: string; organiser_id: string; meeting_day: string; minutes_due_date: string; cancelled: boolean; has_minutes: boolean; participants: number }>(sql`
      select m.person_id, m.id, m.organiser_id, ${day('m.scheduled_at')} as meeting_day, m.minutes_due_date::text as minutes_due_date, m.status = 'cancelled' as cancelled,
        exists (select 1 from meeting_minutes n where n.meeting_id = m.id) as has_minutes,
        (select count(*)::int from meeting_participants mp where mp.meeting_id = m.id) as participants
      from team_meetings m where m.person_id = any(${ids}) order by m.scheduled_at`),
    q<{ person_id: string; id: string; prepared_on: string; review_date: string }>(sql`
      select person_id, id, prepared_on::text as prepared_on, review_date::text as review_date from crisis_plans where person_id = any(${ids}) and status = 'active'`),
    q<{ person_id: string; id: string; kind: 'violence' | 'suicide' }>(sql`
      select person_id, id, kind from risk_flags where person_id = any(${ids}) and cleared_at is null`),
    q<{ person_id: string; id: string; administered_on: string }>(sql`
      select person_id, id, ${day('administered_at')} as administered_on from instrument_results where person_id = any(${ids}) and suicide_risk_prompt`),
    q<{ person_id: string; id: string; claim: string; created_on: string }>(sql`
      select n.person_id, n.id, c.claim, ${day('n.created_at')} as created_on from notes n cross join lateral unnest(n.claims) as c(claim)
      where n.person_id = any(${ids}) and cardinality(n.claims) > 0 order by n.created_at`),
    q<{ person_id: string; id: string; source: 'journal-note' | 'user-card' | 'vedtak'; kind: string; stated_on: string; note_id: string | null }>(sql`
      select person_id, id, source, kind, stated_on::text as stated_on, note_id from record_claims where person_id = any(${ids}) order by stated_on`),
  ]);

  const wholePerson = await wholePersonLoading;
  const domainsBy = new Map<string, { domain: string; status: 'covered' | 'partly' | 'not-covered' }[]>();
  for (const list of domains.values()) for (const d of list) (domainsBy.get(d.kartlegging_id) ?? domainsBy.set(d.kartlegging_id, []).get(d.kartlegging_id)!).push({ domain: d.domain, status: d.status });
  const instrumentsBy = new Map<string, CaseSnapshot['kartlegginger'][number]['instruments']>();
  for (const list of instruments.values()) for (const i of list) (instrumentsBy.get(i.kartlegging_id) ?? instrumentsBy.set(i.kartlegging_id, []).get(i.kartlegging_id)!).push({ id: i.id, instrumentId: i.instrument_id, status: i.status });
  const measuresBy = new Map<string, { id: string; owned: boolean }[]>();
  for (const list of measures.values()) for (const m of list) (measuresBy.get(m.plan_id) ?? measuresBy.set(m.plan_id, []).get(m.plan_id)!).push(m);

  return persons.map((p): CaseSnapshot => {
    const id = p.id;
    const coordinator = coordinators.get(id)?.[0];
    const crisisPlan = crisis.get(id)?.[0];
    return {
      personId: id,
      tenantId,
      pathway: p.pathway,
      activeUnits: (units.get(id) ?? []).map((u) => ({ unitId: u.unit_id, serviceArea: u.service_area })),
      henvendelser: (henvendelser.get(id) ?? []).map((h) => ({ id: h.id, unitId: h.unit_id, receivedOn: h.received_on, firstContactDue: h.first_contact_due, firstContactOn: h.first_contact_on, closed: h.closed })),
      kartlegginger: (kartlegginger.get(id) ?? []).map((k) => ({
        id: k.id,
        unitId: k.unit_id,
        occasion: k.occasion,
        status: k.status,
        reofferDate: k.reoffer_date,
        meetingDate: k.meeting_date,
        meetingParticipants: k.participants,
        whatMatters: k.what_matters,
        relatives: k.relatives,
        missingDomainsReason: k.missing_domains_reason,
        createdBy: k.created_by,
        domains: domainsBy.get(k.id) ?? [],
        instruments: instrumentsBy.get(k.id) ?? [],
      })),
      vedtak: (vedtak.get(id) ?? []).map((v) => ({
        id: v.id,
        unitId: v.unit_id,
        kartleggingId: v.kartlegging_id,
        status: v.status,
        serviceName: v.service_name,
        startDate: v.start_date,
        endDate: v.end_date,
        evaluationDate: v.evaluation_date,
        evaluationResponsibleId: v.evaluation_responsible_id,
        evaluationResponsibleActive: v.responsible_active ?? false,
        texts: { legalBasis: v.legal_basis, scope: v.scope, participation: v.participation, appealInfo: v.appeal_info, reasoning: v.reasoning },
        evaluation: v.evaluation_id ? { id: v.evaluation_id, evaluatedOn: v.evaluated_on!, personParticipated: v.person_participated ?? false } : null,
      })),
      ipInformation: (ipInfo.get(id) ?? []).map((i) => ({ id: i.id, unitId: i.unit_id, informedOn: i.informed_on, informedBy: i.informed_by, answer: i.answer, reaskDate: i.reask_date })),
      ipMessages: (ipMessages.get(id) ?? []).map((m) => ({ id: m.id, kind: m.kind, status: m.status, dueDate: m.due_date, keUnitId: m.ke_unit_id, receivedOn: m.received_on })),
      plans: (plans.get(id) ?? []).map((pl) => {
        const ms = measuresBy.get(pl.id) ?? [];
        return { id: pl.id, status: pl.status, nextReviewDate: pl.next_review_date, activeGoals: pl.goals, participants: pl.participants, measures: ms.length, measuresWithoutOwner: ms.filter((m) => !m.owned).map((m) => m.id), updatedBy: pl.updated_by };
      }),
      coordinator: coordinator ? { userId: coordinator.user_id, unitId: coordinator.unit_id, assignmentId: coordinator.id } : null,
      coordinationEvents: (events.get(id) ?? []).map((e) => ({ id: e.id, kind: e.kind, occurredOn: e.occurred_on })),
      coordinatorRequests: (requests.get(id) ?? []).map((r) => ({ id: r.id, keUnitId: r.ke_unit_id, requestedOn: r.requested_on, answeredOn: r.answered_on })),
      meetings: (meetings.get(id) ?? []).map((m) => ({ id: m.id, organiserId: m.organiser_id, meetingDay: m.meeting_day, minutesDueDate: m.minutes_due_date, cancelled: m.cancelled, hasMinutes: m.has_minutes, participants: m.participants })),
      crisisPlan: crisisPlan ? { id: crisisPlan.id, preparedOn: crisisPlan.prepared_on, reviewDate: crisisPlan.review_date } : null,
      riskFlags: (flags.get(id) ?? []).map((f) => ({ id: f.id, kind: f.kind })),
      suicideScreenings: (screenings.get(id) ?? []).map((x) => ({ id: x.id, administeredOn: x.administered_on })),
      noteClaims: [
        ...(claims.get(id) ?? []).map((c) => ({ noteId: c.id, claim: c.claim, createdOn: c.created_on })),
        ...(recordClaims.get(id) ?? []).flatMap((c) => {
          const claim = c.source === 'journal-note' && c.note_id ? recordClaimAsNoteClaim[c.kind] : undefined;
          return claim ? [{ noteId: c.note_id!, claim, createdOn: c.stated_on }] : [];
        }),
      ],
      recordClaims: (recordClaims.get(id) ?? []).map((c) => ({ id: c.id, source: c.source, kind: c.kind, statedOn: c.stated_on })),
      wholePerson: wholePerson(id),
    };
  });
}
