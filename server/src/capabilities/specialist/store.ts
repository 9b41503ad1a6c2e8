// Referrals (from intake), admissions and discharges, hospital messages and links to cooperation avvik.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { partners, users } from '../../platform/db/schema.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { HelhetError } from '../../platform/errors.js';
import { localDateAt } from '../../platform/calendar/index.js';
import { referrals } from '../intake/index.js';
import { deviations } from '../deviations/index.js';
import { admissions, hospitalMessages, specialistDeviationLinks } from './schema.js';
import { checks, paymentDays, referralDueDate, type SpecialistFacts } from './rules.js';
import type * as s from './schemas.js';

export async function overview(scope: AccessScope, personId: string) {
  scope.requireRole('person.read', personId);
  await scope.requirePerson(personId, 'specialist.read');
  const today = localDateAt(scope.now);
  const refs = await scope.tx.select({ r: referrals, partnerName: partners.name }).from(referrals).leftJoin(partners, eq(partners.id, referrals.partnerId)).where(eq(referrals.personId, personId)).orderBy(desc(referrals.referredAt));
  const stays = await scope.tx.select({ a: admissions, partnerName: partners.name }).from(admissions).innerJoin(partners, eq(partners.id, admissions.partnerId)).where(eq(admissions.personId, personId)).orderBy(desc(admissions.admittedAt));
  const messages = stays.length
    ? await scope.tx.select({ m: hospitalMessages, byName: users.displayName }).from(hospitalMessages).innerJoin(users, eq(users.id, hospitalMessages.registeredBy)).where(inArray(hospitalMessages.admissionId, stays.map((x) => x.a.id))).orderBy(asc(hospitalMessages.receivedAt))
    : [];
  const links = await scope.tx
    .select({ id: specialistDeviationLinks.id, deviationId: specialistDeviationLinks.deviationId, admissionId: specialistDeviationLinks.admissionId, referralId: specialistDeviationLinks.referralId, number: deviations.number, status: deviations.status })
    .from(specialistDeviationLinks)
    .innerJoin(deviations, eq(deviations.id, specialistDeviationLinks.deviationId))
    .where(eq(specialistDeviationLinks.personId, personId));
  const linkView = (l: (typeof links)[number]) => ({ id: l.id, deviationId: l.deviationId, deviationNumber: l.number, deviationStatus: l.status });
  const admissionsView = stays.map(({ a, partnerName }) => {
    const own = messages.filter((m) => m.m.admissionId === a.id);
    const ready = own.find((m) => m.m.kind === 'ready-for-discharge');
    return {
      id: a.id,
      partnerName,
      referralId: a.referralId,
      admittedAt: a.admittedAt,
      ward: a.ward,
      plannedDischargeOn: a.plannedDischargeOn,
      dischargeMeetingAt: a.dischargeMeetingAt,
      dischargedAt: a.dischargedAt,
      servicesInPlace: a.servicesInPlace,
      messages: own.map(({ m, byName }) => ({ id: m.id, kind: m.kind, receivedAt: m.receivedAt, content: m.content, registeredByName: byName })),
      paymentDays: ready ? paymentDays(localDateAt(ready.m.receivedAt), a.dischargedAt ? localDateAt(a.dischargedAt) : null, today) : 0,
      deviations: links.filter((l) => l.admissionId === a.id).map(linkView),
    };
  });
  const facts: SpecialistFacts = {
    referrals: refs.map(({ r }) => ({ id: r.id, level: r.level, referredAt: r.referredAt, outcome: r.outcome, outcomeReason: r.outcomeReason })),
    admissions: admissionsView.map((a) => ({ id: a.id, admittedAt: a.admittedAt, plannedDischargeOn: a.plannedDischargeOn, dischargeMeetingAt: a.dischargeMeetingAt, dischargedAt: a.dischargedAt, servicesInPlace: a.servicesInPlace, messages: a.messages })),
  };
  return {
    referrals: refs.map(({ r, partnerName }) => ({ id: r.id, level: r.level, partnerName, reason: r.reason, referredAt: r.referredAt, outcome: r.outcome, outcomeReason: r.outcomeReason, outcomeAt: r.outcomeAt, assessmentDueDate: referralDueDate(localDateAt(r.referredAt)), deviations: links.filter((l) => l.referralId === r.id).map(linkView) })),
    admissions: admissionsView,
    checks: checks.map((c) => {
      const { evidence: _e, ...result } = c.evaluate(facts, today);
      return { id: c.id, text: c.text, source: c.source, ...result };
    }),
  };
}

async function requireWriter(scope: AccessScope, personId: string, action: string, details?: Record<string, string>) {
  scope.requireRole('specialist.write', personId);
  await scope.requirePerson(personId, action, 'full', details);
}

export async function addAdmission(scope: AccessScope, personId: string, input: z.infer<typeof s.admissionBody>): Promise<string> {
  await requireWriter(scope, personId, 'specialist.admission');
  const problems: { path: string; detail: string }[] = [];
  const [partner] = await scope.tx.select({ kind: partners.kind }).from(partners).where(and(eq(partners.id, input.partnerId), eq(partners.tenantId, scope.actor.tenantId)));
  if (!partner || !['dps', 'tsb', 'sykehus'].includes(partner.kind)) problems.push({ path: 'body/partnerId', detail: 'Velg et sykehus, DPS eller TSB' });
  if (input.referralId) {
    const [ref] = await scope.tx.select({ id: referrals.id }).from(referrals).where(and(eq(referrals.id, input.referralId), eq(referrals.personId, personId)));
    if (!ref) problems.push({ path: 'body/referralId', detail: 'Henvisningen gjelder ikke denne personen' });
  }
  if (input.admittedAt > scope.now) problems.push({ path: 'body/admittedAt', detail: 'Innleggelsen kan ikke være i fremtiden' });
  if (input.plannedDischargeOn && input.plannedDischargeOn < localDateAt(input.admittedAt)) problems.push({ path: 'body/plannedDischargeOn', detail: 'Planlagt utskrivning kan ikke være før innleggelsen' });
  if (problems.length) throw new HelhetError('UNPROCESSABLE', problems.map((p) => p.detail).join('. ') + '.', problems);
  const [row] = await scope.tx
    .insert(admissions)
    .values({ tenantId: scope.actor.tenantId, personId, partnerId: input.partnerId, referralId: input.referralId ?? null, admittedAt: input.admittedAt, ward: input.ward ?? null, plannedDischargeOn: input.plannedDischargeOn ?? null, servicesInPlace: [], createdBy: scope.actor.userId, createdAt: scope.now })
    .returning({ id: admissions.id });
  await scope.personChanged(personId);
  return row!.id;
}

async function findAdmission(scope: AccessScope, personId: string, admissionId: string) {
  const [row] = await scope.tx.select().from(admissions).where(and(eq(admissions.id, admissionId), eq(admissions.personId, personId)));
  if (!row) throw new HelhetError('NOT_FOUND', 'Fant ikke innleggelsen.');
  return row;
}

export async function updateAdmission(scope: AccessScope, personId: string, admissionId: string, input: z.infer<typeof s.admissionUpdateBody>): Promise<void> {
  await requireWriter(scope, personId, 'specialist.admission-update', { admissionId });
  const current = await findAdmission(scope, personId, admissionId);
  const next = { ...current, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) } as typeof current;
  const problems: { path: string; detail: string }[] = [];
  if (next.dischargedAt && next.dischargedAt < next.admittedAt) problems.push({ path: 'body/dischargedAt', detail: 'Utskrivningen kan ikke være før innleggelsen' });
  if (next.dischargedAt && next.dischargedAt > scope.now) problems.push({ path: 'body/dischargedAt', detail: 'Utskrivningen kan ikke være i fremtiden' });
  if (next.dischargeMeetingAt && next.dischargeMeetingAt < next.admittedAt) problems.push({ path: 'body/dischargeMeetingAt', detail: 'Utskrivningsmøtet kan ikke være før innleggelsen' });
  if (next.plannedDischargeOn && next.plannedDischargeOn < localDateAt(next.admittedAt)) problems.push({ path: 'body/plannedDischargeOn', detail: 'Planlagt utskrivning kan ikke være før innleggelsen' });
  if (problems.length) throw new HelhetError('UNPROCESSABLE', problems.map((p) => p.detail).join('. ') + '.', problems);
  await scope.tx.update(admissions).set({ plannedDischargeOn: next.plannedDischargeOn, dischargeMeetingAt: next.dischargeMeetingAt, dischargedAt: next.dischargedAt, servicesInPlace: next.servicesInPlace }).where(eq(admissions.id, admissionId));
  await scope.personChanged(personId);
}

export async function addMessage(scope: AccessScope, personId: string, admissionId: string, input: z.infer<typeof s.messageBody>): Promise<string> {
  await requireWriter(scope, personId, 'specialist.hospital-message', { admissionId, kind: input.kind });
  const admission = await findAdmission(scope, personId, admissionId);
  if (input.receivedAt > scope.now) throw new HelhetError('UNPROCESSABLE', 'Meldingen kan ikke være mottatt i fremtiden.', [{ path: 'body/receivedAt', detail: 'Tidspunktet er i fremtiden' }]);
  if (input.receivedAt < new Date(admission.admittedAt.getTime() - 7 * 86400_000)) throw new HelhetError('UNPROCESSABLE', 'Meldingen er eldre enn innleggelsen.', [{ path: 'body/receivedAt', detail: 'Tidspunktet er før innleggelsen' }]);
  const [row] = await scope.tx
    .insert(hospitalMessages)
    .values({ tenantId: scope.actor.tenantId, personId, admissionId, kind: input.kind, receivedAt: input.receivedAt, content: input.content ?? null, registeredBy: scope.actor.userId, registeredAt: scope.now })
    .returning({ id: hospitalMessages.id });
  await scope.personChanged(personId);
  return row!.id;
}

/** Links a cooperation avvik to an admission or a referral. The avvik must not name another person. */
export async function linkDeviation(scope: AccessScope, personId: string, input: z.infer<typeof s.deviationLinkBody>): Promise<string> {
  await requireWriter(scope, personId, 'specialist.link-deviation', { deviationId: input.deviationId });
  const [deviation] = await scope.tx.select({ personId: deviations.personId }).from(deviations).where(and(eq(deviations.id, input.deviationId), eq(deviations.tenantId, scope.actor.tenantId)));
  if (!deviation) throw new HelhetError('NOT_FOUND', 'Fant ikke avviket.');
  if (deviation.personId && deviation.personId !== personId) throw new HelhetError('UNPROCESSABLE', 'Avviket gjelder en annen person.', [{ path: 'body/deviationId', detail: 'Avviket gjelder en annen person' }]);
  if (input.admissionId) await findAdmission(scope, personId, input.admissionId);
  if (input.referralId) {
    const [ref] = await scope.tx.select({ id: referrals.id }).from(referrals).where(and(eq(referrals.id, input.referralId), eq(referrals.personId, personId)));
    if (!ref) throw new HelhetError('NOT_FOUND', 'Fant ikke henvisningen.');
  }
  const [row] = await scope.tx
    .insert(specialistDeviationLinks)
    .values({ tenantId: scope.actor.tenantId, personId, deviationId: input.deviationId, admissionId: input.admissionId ?? null, referralId: input.referralId ?? null, linkedBy: scope.actor.userId, linkedAt: scope.now })
    .onConflictDoNothing()
    .returning({ id: specialistDeviationLinks.id });
  if (!row) throw new HelhetError('CONFLICT', `Avviket er allerede knyttet til ${input.admissionId ? 'innleggelsen' : 'henvisningen'}.`, [{ path: 'body/deviationId', detail: 'Avviket er allerede knyttet hit' }]);
  return row.id;
}
