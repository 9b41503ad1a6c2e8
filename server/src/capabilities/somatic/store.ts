// Somatic follow-up: settings per check, checks done, GP appointments (a missed one raises a task for
// the primary contact through the worklist job), low-threshold health contacts sent to the GP.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { persons, units, users } from '../../platform/db/schema.js';
import { queryRows } from '../../platform/db/database.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { HelhetError } from '../../platform/errors.js';
import { localDateAt } from '../../platform/calendar/index.js';
import { tasks } from '../worklist/index.js';
import { gpAppointments, healthContacts, somaticChecks as checksTable, somaticFollowUp } from './schema.js';
import { dueSoonDays, followUpItems, itemStatus, somaticChecks, somaticKinds, summaryFlagged, type SomaticFacts, type SomaticKind } from './rules.js';
import type * as s from './schemas.js';

const invalid = (problems: { path: string; detail: string }[]) => new HelhetError('UNPROCESSABLE', problems.map((p) => p.detail).join('. ') + '.', problems);

async function writeAccess(scope: AccessScope, personId: string, action: string) {
  scope.requireRole('somatic.write', personId);
  return scope.requirePerson(personId, action);
}

export async function setFollowUp(scope: AccessScope, personId: string, kind: SomaticKind, input: z.infer<typeof s.followUpBody>): Promise<void> {
  await writeAccess(scope, personId, 'somatic.follow-up');
  if (!input.indicated && !input.reason) throw invalid([{ path: 'body/reason', detail: 'Begrunn hvorfor kontrollen ikke er indisert' }]);
  const values = { indicated: input.indicated, intervalMonths: input.intervalMonths, reason: input.reason ?? null, updatedBy: scope.actor.userId, updatedAt: scope.now };
  await scope.tx.insert(somaticFollowUp).values({ tenantId: scope.actor.tenantId, personId, kind, ...values }).onConflictDoUpdate({ target: [somaticFollowUp.personId, somaticFollowUp.kind], set: values });
  await scope.personChanged(personId);
}

export async function recordCheck(scope: AccessScope, personId: string, input: z.infer<typeof s.checkBody>): Promise<string> {
  await writeAccess(scope, personId, 'somatic.check');
  const problems: { path: string; detail: string }[] = [];
  if (input.doneOn > localDateAt(scope.now)) problems.push({ path: 'body/doneOn', detail: 'Datoen kan ikke være fram i tid' });
  if (input.kind === 'dental' && !input.countyDentalOffer) problems.push({ path: 'body/countyDentalOffer', detail: 'Oppgi hva som er gjort med fylkeskommunens gratis tannhelsetilbud' });
  if (input.kind !== 'dental' && input.countyDentalOffer) problems.push({ path: 'body/countyDentalOffer', detail: 'Tannhelsetilbudet gjelder bare tannhelse' });
  if (problems.length) throw invalid(problems);
  const [row] = await scope.tx.insert(checksTable).values({ tenantId: scope.actor.tenantId, personId, kind: input.kind, doneOn: input.doneOn, result: input.result, countyDentalOffer: input.countyDentalOffer ?? null, recordedBy: scope.actor.userId, recordedAt: scope.now }).returning({ id: checksTable.id });
  await scope.personChanged(personId);
  return row!.id;
}

export async function planAppointment(scope: AccessScope, personId: string, input: z.infer<typeof s.appointmentBody>): Promise<string> {
  await writeAccess(scope, personId, 'somatic.gp-appointment');
  const [row] = await scope.tx.insert(gpAppointments).values({ tenantId: scope.actor.tenantId, personId, scheduledAt: input.scheduledAt, purpose: input.purpose, recordedBy: scope.actor.userId, createdAt: scope.now, updatedAt: scope.now }).returning({ id: gpAppointments.id });
  return row!.id;
}

export async function recordOutcome(scope: AccessScope, id: string, input: z.infer<typeof s.outcomeBody>): Promise<void> {
  const [a] = await scope.tx.select().from(gpAppointments).where(and(eq(gpAppointments.id, id), eq(gpAppointments.tenantId, scope.actor.tenantId)));
  if (!a) throw new HelhetError('NOT_FOUND', 'Fant ikke timen hos fastlegen.');
  await writeAccess(scope, a.personId, 'somatic.gp-appointment.outcome');
  if (a.status !== 'planned') throw new HelhetError('CONFLICT', 'Utfallet av timen er allerede registrert.');
  if (input.status !== 'cancelled' && a.scheduledAt > scope.now) throw invalid([{ path: 'body/status', detail: 'Oppmøte kan ikke registreres før timen' }]);
  await scope.tx.update(gpAppointments).set({ status: input.status, outcomeNote: input.note ?? null, updatedAt: scope.now }).where(eq(gpAppointments.id, id));
  await scope.personChanged(a.personId);
}

export async function recordHealthContact(scope: AccessScope, personId: string, input: z.infer<typeof s.healthContactBody>): Promise<string> {
  const relation = await writeAccess(scope, personId, 'somatic.health-contact');
  if (input.contactAt > scope.now) throw invalid([{ path: 'body/contactAt', detail: 'Kontakten kan ikke være fram i tid' }]);
  const unitId = relation.kind === 'unit' ? relation.unitId : scope.actor.unitIds[0];
  if (!unitId) throw invalid([{ path: 'body', detail: 'Du må være medlem av en enhet for å registrere en helsekontakt' }]);
  const [person] = await scope.tx.select({ gpPartnerId: persons.gpPartnerId, gpName: persons.gpName }).from(persons).where(eq(persons.id, personId));
  if (!person?.gpName && !person?.gpPartnerId) throw invalid([{ path: 'body', detail: 'Personen har ingen registrert fastlege å sende oppsummeringen til' }]);
  const [row] = await scope.tx.insert(healthContacts).values({ tenantId: scope.actor.tenantId, personId, unitId, contactAt: input.contactAt, reason: input.reason, summary: input.summary, gpPartnerId: person.gpPartnerId, gpName: person.gpName ?? 'Fastlegen', sentAt: scope.now, recordedBy: scope.actor.userId }).returning({ id: healthContacts.id });
  await scope.personChanged(personId);
  return row!.id;
}

export async function acknowledge(scope: AccessScope, id: string, note: string | undefined): Promise<void> {
  const [c] = await scope.tx.select().from(healthContacts).where(and(eq(healthContacts.id, id), eq(healthContacts.tenantId, scope.actor.tenantId)));
  if (!c) throw new HelhetError('NOT_FOUND', 'Fant ikke helsekontakten.');
  await writeAccess(scope, c.personId, 'somatic.health-contact.acknowledged');
  if (c.acknowledgedAt) throw new HelhetError('CONFLICT', 'Fastlegen har allerede kvittert for oppsummeringen.');
  await scope.tx.update(healthContacts).set({ acknowledgedAt: scope.now, acknowledgedNote: note ?? null }).where(eq(healthContacts.id, id));
  await scope.personChanged(c.personId);
}

export async function healthContactForPdf(scope: AccessScope, id: string) {
  const [c] = await scope.tx.select({ c: healthContacts, unitName: units.name, given: persons.givenName, family: persons.familyName, nationalId: persons.nationalId, author: users.displayName }).from(healthContacts).innerJoin(units, eq(units.id, healthContacts.unitId)).innerJoin(persons, eq(persons.id, healthContacts.personId)).innerJoin(users, eq(users.id, healthContacts.recordedBy)).where(and(eq(healthContacts.id, id), eq(healthContacts.tenantId, scope.actor.tenantId)));
  if (!c) throw new HelhetError('NOT_FOUND', 'Fant ikke helsekontakten.');
  scope.requireRole('person.read', c.c.personId);
  await scope.requirePerson(c.c.personId, 'somatic.health-contact.pdf');
  return c;
}

export async function getSomatic(scope: AccessScope, personId: string) {
  scope.requireRole('person.read', personId);
  await scope.requirePerson(personId, 'somatic.read');
  const today = localDateAt(scope.now);
  const settings = await scope.tx.select().from(somaticFollowUp).where(eq(somaticFollowUp.personId, personId));
  const checks = await scope.tx.select({ c: checksTable, recordedByName: users.displayName }).from(checksTable).innerJoin(users, eq(users.id, checksTable.recordedBy)).where(eq(checksTable.personId, personId)).orderBy(desc(checksTable.doneOn));
  const lastDone: Partial<Record<SomaticKind, string>> = {};
  for (const { c } of checks) if (!lastDone[c.kind] || lastDone[c.kind]! < c.doneOn) lastDone[c.kind] = c.doneOn;
  const items = followUpItems(settings, lastDone);
  const appointments = await scope.tx.select({ a: gpAppointments, task: tasks.status }).from(gpAppointments).leftJoin(tasks, and(eq(tasks.subjectId, gpAppointments.id), eq(tasks.kind, 'gp-appointment-missed'))).where(eq(gpAppointments.personId, personId)).orderBy(desc(gpAppointments.scheduledAt));
  const contacts = await scope.tx.select({ h: healthContacts, unitName: units.name }).from(healthContacts).innerJoin(units, eq(units.id, healthContacts.unitId)).where(eq(healthContacts.personId, personId)).orderBy(desc(healthContacts.contactAt));
  const facts: SomaticFacts = {
    personId,
    items,
    dental: checks.filter(({ c }) => c.kind === 'dental').map(({ c }) => ({ id: c.id, doneOn: c.doneOn, countyDentalOffer: c.countyDentalOffer })),
    gpAppointments: appointments.map(({ a, task }) => ({ id: a.id, date: localDateAt(a.scheduledAt), status: a.status, followedUp: task === 'done' })),
    healthContacts: contacts.map(({ h }) => ({ id: h.id, sentAt: localDateAt(h.sentAt), acknowledgedAt: h.acknowledgedAt ? localDateAt(h.acknowledgedAt) : null })),
  };
  return {
    today,
    items: items.map((i) => ({ kind: i.kind, label: somaticKinds[i.kind].label, indicated: i.indicated, intervalMonths: i.intervalMonths, reason: settings.find((x) => x.kind === i.kind)?.reason ?? null, lastDoneOn: i.lastDoneOn, ...itemStatus(i, today) })),
    checks: checks.map(({ c, recordedByName }) => ({ id: c.id, kind: c.kind, label: somaticKinds[c.kind].label, doneOn: c.doneOn, result: c.result, countyDentalOffer: c.countyDentalOffer, recordedByName })),
    gpAppointments: appointments.map(({ a, task }) => ({ id: a.id, scheduledAt: a.scheduledAt, purpose: a.purpose, status: a.status, outcomeNote: a.outcomeNote, followUp: task === 'done' ? ('done' as const) : task === 'open' ? ('open' as const) : ('none' as const) })),
    healthContacts: contacts.map(({ h, unitName }) => ({ id: h.id, contactAt: h.contactAt, unitName, reason: h.reason, summary: h.summary, gpName: h.gpName, sentAt: h.sentAt, acknowledgedAt: h.acknowledgedAt, acknowledgedNote: h.acknowledgedNote, flagged: summaryFlagged({ sentAt: localDateAt(h.sentAt), acknowledgedAt: h.acknowledgedAt ? 'yes' : null }, today) })),
    checkResults: somaticChecks.map((c) => ({ id: c.id, text: c.text, source: c.source, ...c.evaluate(facts, today) })),
  };
}

/** The kinds with their defaults as an SQL VALUES list, for the worklist query. */
export const kindDefaults = sql.raw(`(values ${Object.entries(somaticKinds).map(([k, v]) => `('${k}', ${v.defaultIndicated}, ${v.intervalMonths})`).join(', ')}) as k(kind, indicated, months)`);

/**
 * Checks due within 30 days (or overdue, or never done) for persons the user may see who are in
 * somatic follow-up (at least one setting or check recorded), soonest first.
 */
export async function worklist(scope: AccessScope, limit: number) {
  scope.requireRole('person.read');
  const today = localDateAt(scope.now);
  const horizon = sql`${today}::date + ${dueSoonDays}::int`;
  // One statement in the shape of the hand-written query: persons filtered by tenant, `visiblePersons`
  // and "in follow-up" directly (no derived table, which let the planner cross-join the nine kinds
  // before filtering persons: 9× the index probes), dates compared and sorted as dates, text only out.
  const rows = await queryRows<{ person_id: string; person_name: string; kind: SomaticKind; last_done_on: string | null; due_on: string }>(scope.tx, sql`
    select x.person_id, x.person_name, x.kind, x.last_done_on::text as last_done_on, x.due_on::text as due_on from (
      select ${persons.id} as person_id, ${persons.givenName} || ' ' || ${persons.familyName} as person_name, k.kind, l.last_done_on,
        coalesce((l.last_done_on + make_interval(months => coalesce(f.interval_months, k.months)))::date, ${today}::date) as due_on
      from ${persons}
      cross join ${kindDefaults}
      left join somatic_follow_up f on f.person_id = ${persons.id} and f.kind = k.kind
      left join lateral (select max(c.done_on) as last_done_on from somatic_checks c where c.person_id = ${persons.id} and c.kind = k.kind) l on true
      where ${persons.tenantId} = ${scope.actor.tenantId} and ${scope.visiblePersons(persons.id)}
        and (exists (select 1 from somatic_follow_up f0 where f0.person_id = ${persons.id}) or exists (select 1 from somatic_checks c0 where c0.person_id = ${persons.id}))
        and coalesce(f.indicated, k.indicated)
    ) x where x.due_on <= ${horizon}
    order by x.due_on, x.person_name, x.kind limit ${limit}`);
  scope.recordListed([...new Set(rows.map((r) => r.person_id))], 'somatic.worklist');
  return {
    today,
    items: rows.map((r) => ({ personId: r.person_id, personName: r.person_name, kind: r.kind, label: somaticKinds[r.kind].label, lastDoneOn: r.last_done_on, dueOn: r.due_on, status: r.last_done_on === null ? ('never' as const) : r.due_on < today ? ('overdue' as const) : ('due-soon' as const) })),
  };
}
