// Henvendelser, pathway and referrals, through the access scope.
import { and, asc, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { partners, serviceRelations, units, users } from '../../platform/db/schema.js';
import { activeAt } from '../../platform/db/periods.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { HelhetError } from '../../platform/errors.js';
import { firstContactDeadline, localDateAt } from '../../platform/calendar/index.js';
import { henvendelser, pathwayHistory, referrals } from './schema.js';
import { firstContactStatus, pathwayLabels, pathwayProblem, triageProblem } from './rules.js';
import type * as s from './schemas.js';
import { personExists } from './person-exists.js';
import { municipalitySettings } from '../../platform/db/municipality.js';

/**
 * Registers a henvendelse. If the receiving unit has no active case for the person yet, one is
 * opened (the henvendelse is the service need), and that is logged as a new case.
 */
export async function createHenvendelse(scope: AccessScope, input: z.infer<typeof s.createHenvendelseBody>): Promise<string> {
  scope.requireRole('intake.write', input.personId);
  const { tenantId, unitIds, userId } = scope.actor;
  if (!unitIds.includes(input.unitId)) {
    throw new HelhetError('UNPROCESSABLE', 'Henvendelsen må registreres på en enhet du er medlem av.', [{ path: 'body/unitId', detail: 'Velg en av dine enheter' }]);
  }
  if (input.receivedAt > scope.now) {
    throw new HelhetError('UNPROCESSABLE', 'Mottatt tidspunkt kan ikke være i fremtiden.', [{ path: 'body/receivedAt', detail: 'Tidspunktet er i fremtiden' }]);
  }
  const [active] = await scope.tx
    .select({ id: serviceRelations.id })
    .from(serviceRelations)
    .where(and(eq(serviceRelations.personId, input.personId), eq(serviceRelations.unitId, input.unitId), activeAt(serviceRelations.validFrom, serviceRelations.validTo, scope.now)));
  if (active) {
    await scope.requirePerson(input.personId, 'henvendelse.create');
  } else {
    if (!(await personExists(scope, input.personId))) throw new HelhetError('NOT_FOUND', 'Personen finnes ikke.');
    await scope.grant({ kind: 'relation-open', personId: input.personId, unitId: input.unitId, basis: 'henvendelse', reason: null, action: 'henvendelse.create' });
  }
  const [row] = await scope.tx
    .insert(henvendelser)
    .values({ tenantId, personId: input.personId, unitId: input.unitId, source: input.source, sourceDetail: input.sourceDetail ?? null, channel: input.channel, receivedAt: input.receivedAt, content: input.content, firstContactDue: firstContactDeadline(input.receivedAt, (await municipalitySettings(scope.tx, tenantId)).firstContactWorkingDays).dueDate, createdBy: userId, createdAt: scope.now })
    .returning({ id: henvendelser.id });
  await scope.personChanged(input.personId);
  return row!.id;
}

async function loadHenvendelse(scope: AccessScope, henvendelseId: string) {
  const [row] = await scope.tx.select().from(henvendelser).where(and(eq(henvendelser.id, henvendelseId), eq(henvendelser.tenantId, scope.actor.tenantId)));
  if (!row) throw new HelhetError('NOT_FOUND', 'Fant ingen henvendelse med denne id-en.');
  return row;
}

export async function recordFirstContact(scope: AccessScope, henvendelseId: string, input: z.infer<typeof s.firstContactBody>): Promise<void> {
  const h = await loadHenvendelse(scope, henvendelseId);
  scope.requireRole('intake.write', h.personId);
  await scope.requirePerson(h.personId, 'henvendelse.first-contact');
  if (h.firstContactAt) throw new HelhetError('CONFLICT', 'Første kontakt er allerede registrert.');
  if (input.at < h.receivedAt || input.at > scope.now) {
    throw new HelhetError('UNPROCESSABLE', 'Første kontakt må være etter at henvendelsen kom, og ikke i fremtiden.', [{ path: 'body/at', detail: 'Ugyldig tidspunkt' }]);
  }
  await scope.tx.update(henvendelser).set({ firstContactAt: input.at, firstContactBy: scope.actor.userId, firstContactNote: input.note ?? null }).where(eq(henvendelser.id, henvendelseId));
  await scope.personChanged(h.personId);
}

export async function triage(scope: AccessScope, henvendelseId: string, input: z.infer<typeof s.triageBody>): Promise<void> {
  const h = await loadHenvendelse(scope, henvendelseId);
  scope.requireRole('intake.write', h.personId);
  await scope.requirePerson(h.personId, 'henvendelse.triage', 'full', { outcome: input.outcome });
  const problem = triageProblem(h, input);
  if (problem) throw new HelhetError('UNPROCESSABLE', problem, [{ path: input.outcome === 'low-threshold' ? 'body/lowThresholdService' : 'body/outcome', detail: problem }]);
  await scope.tx
    .update(henvendelser)
    .set({ triage: input.outcome, triageNote: input.note ?? null, lowThresholdService: input.outcome === 'low-threshold' ? input.lowThresholdService! : null, triagedAt: scope.now, triagedBy: scope.actor.userId })
    .where(eq(henvendelser.id, henvendelseId));
}

async function currentPathway(scope: AccessScope, personId: string): Promise<number | null> {
  const [row] = await scope.tx.select({ pathway: pathwayHistory.pathway }).from(pathwayHistory).where(eq(pathwayHistory.personId, personId)).orderBy(desc(pathwayHistory.recordedAt)).limit(1);
  return row?.pathway ?? null;
}

export async function changePathway(scope: AccessScope, personId: string, input: z.infer<typeof s.pathwayBody>): Promise<void> {
  scope.requireRole('intake.write', personId);
  await scope.requirePerson(personId, 'pathway.change', 'full', { pathway: input.pathway });
  const problem = pathwayProblem(await currentPathway(scope, personId), input.pathway);
  if (problem) throw new HelhetError('UNPROCESSABLE', problem, [{ path: 'body/pathway', detail: problem }]);
  await scope.tx.insert(pathwayHistory).values({ tenantId: scope.actor.tenantId, personId, pathway: input.pathway, reason: input.reason, recordedAt: scope.now, recordedBy: scope.actor.userId });
  await scope.personChanged(personId); // pathway 3 requires a crisis plan (worklist 'crisis-plan-missing')
}

export async function createReferral(scope: AccessScope, personId: string, input: z.infer<typeof s.referralBody>): Promise<string> {
  scope.requireRole('intake.write', personId);
  await scope.requirePerson(personId, 'referral.create', 'full', { level: input.level });
  if (input.partnerId) {
    const [partner] = await scope.tx.select({ id: partners.id }).from(partners).where(and(eq(partners.id, input.partnerId), eq(partners.tenantId, scope.actor.tenantId)));
    if (!partner) throw new HelhetError('UNPROCESSABLE', 'Samarbeidspartneren finnes ikke.', [{ path: 'body/partnerId', detail: 'Ukjent samarbeidspartner' }]);
  }
  if (input.henvendelseId) {
    const h = await loadHenvendelse(scope, input.henvendelseId);
    if (h.personId !== personId) throw new HelhetError('UNPROCESSABLE', 'Henvendelsen gjelder en annen person.', [{ path: 'body/henvendelseId', detail: 'Feil person' }]);
  }
  const [row] = await scope.tx
    .insert(referrals)
    .values({ tenantId: scope.actor.tenantId, personId, henvendelseId: input.henvendelseId ?? null, level: input.level, partnerId: input.partnerId ?? null, reason: input.reason, referredAt: scope.now, recordedBy: scope.actor.userId })
    .returning({ id: referrals.id });
  return row!.id;
}

export async function recordReferralOutcome(scope: AccessScope, referralId: string, input: z.infer<typeof s.referralOutcomeBody>): Promise<void> {
  const [ref] = await scope.tx.select().from(referrals).where(and(eq(referrals.id, referralId), eq(referrals.tenantId, scope.actor.tenantId)));
  if (!ref) throw new HelhetError('NOT_FOUND', 'Fant ingen henvisning med denne id-en.');
  scope.requireRole('intake.write', ref.personId);
  await scope.requirePerson(ref.personId, 'referral.outcome', 'full', { outcome: input.outcome });
  if (ref.outcome !== 'pending') throw new HelhetError('CONFLICT', 'Utfallet av henvisningen er allerede registrert.');
  await scope.tx.update(referrals).set({ outcome: input.outcome, outcomeReason: input.reason ?? null, outcomeAt: scope.now }).where(eq(referrals.id, referralId));
}

export async function intakeOverview(scope: AccessScope, personId: string) {
  scope.requireRole('person.read', personId);
  await scope.requirePerson(personId, 'intake.read');
  const today = localDateAt(scope.now);
  const rows = await scope.tx
    .select({ h: henvendelser, unitName: units.name })
    .from(henvendelser)
    .innerJoin(units, eq(units.id, henvendelser.unitId))
    .where(and(eq(henvendelser.tenantId, scope.actor.tenantId), eq(henvendelser.personId, personId)))
    .orderBy(desc(henvendelser.receivedAt));
  const history = await scope.tx
    .select({ pathway: pathwayHistory.pathway, reason: pathwayHistory.reason, recordedAt: pathwayHistory.recordedAt, recordedByName: users.displayName })
    .from(pathwayHistory)
    .innerJoin(users, eq(users.id, pathwayHistory.recordedBy))
    .where(eq(pathwayHistory.personId, personId))
    .orderBy(desc(pathwayHistory.recordedAt));
  const refs = await scope.tx
    .select({ id: referrals.id, level: referrals.level, partnerName: partners.name, reason: referrals.reason, referredAt: referrals.referredAt, outcome: referrals.outcome, outcomeReason: referrals.outcomeReason })
    .from(referrals)
    .leftJoin(partners, eq(partners.id, referrals.partnerId))
    .where(eq(referrals.personId, personId))
    .orderBy(asc(referrals.referredAt));
  const pathwayEntries = history.map((p) => ({ ...p, label: pathwayLabels[p.pathway] ?? `Hovedforløp ${p.pathway}` }));
  return {
    henvendelser: rows.map(({ h, unitName }) => ({
      id: h.id,
      personId: h.personId,
      unitId: h.unitId,
      unitName,
      source: h.source,
      sourceDetail: h.sourceDetail,
      channel: h.channel,
      receivedAt: h.receivedAt,
      content: h.content,
      firstContactDue: h.firstContactDue,
      firstContactAt: h.firstContactAt,
      firstContactNote: h.firstContactNote,
      firstContactStatus: firstContactStatus(h, today),
      triage: h.triage,
      triageNote: h.triageNote,
      lowThresholdService: h.lowThresholdService,
      closedAt: h.closedAt,
    })),
    pathway: pathwayEntries[0] ?? null,
    pathwayHistory: pathwayEntries,
    referrals: refs,
  };
}
