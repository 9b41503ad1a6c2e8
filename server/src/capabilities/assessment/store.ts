// Kartlegging: one shared record per person and occasion, visible to every unit with a relation.
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { units } from '../../platform/db/schema.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { HelhetError } from '../../platform/errors.js';
import { localDateAt } from '../../platform/calendar/index.js';
import { instrumentResults, instrumentWordings, kartleggingDomains, kartlegginger } from './schema.js';
import { assessmentDomains, type AssessmentDomain } from './domains.js';
import { completionProblems, coverage, declineProblem, domainEntryProblems } from './rules.js';
import { getInstrument, instrumentIds, interfaceLanguage, isInstrumentId, scoreInstrument } from './instruments/index.js';
import type * as s from './schemas.js';

/** Results recorded before the wording was kept were shown in the built-in wording. */
const builtInLanguage = (instrumentId: string): string => (isInstrumentId(instrumentId) ? getInstrument(instrumentId).language : 'nb');

async function load(scope: AccessScope, kartleggingId: string) {
  const [row] = await scope.tx.select().from(kartlegginger).where(and(eq(kartlegginger.id, kartleggingId), eq(kartlegginger.tenantId, scope.actor.tenantId)));
  if (!row) throw new HelhetError('NOT_FOUND', 'Fant ingen kartlegging med denne id-en.');
  return row;
}

function requireOwnUnit(scope: AccessScope, unitId: string): void {
  if (!scope.actor.unitIds.includes(unitId)) {
    throw new HelhetError('UNPROCESSABLE', 'Kartleggingen må høre til en enhet du er medlem av.', [{ path: 'body/unitId', detail: 'Velg en av dine enheter' }]);
  }
}

async function requireWritable(scope: AccessScope, kartleggingId: string, action: string) {
  const k = await load(scope, kartleggingId);
  scope.requireRole('assessment.write', k.personId);
  await scope.requirePerson(k.personId, action, 'full', { kartleggingId });
  if (k.status !== 'in-progress') throw new HelhetError('CONFLICT', 'Kartleggingen er avsluttet og kan ikke endres. Start en ny kartlegging.');
  return k;
}

export async function createKartlegging(scope: AccessScope, personId: string, input: z.infer<typeof s.createKartleggingBody>): Promise<string> {
  scope.requireRole('assessment.write', personId);
  await scope.requirePerson(personId, 'kartlegging.create');
  requireOwnUnit(scope, input.unitId);
  const [existing] = await scope.tx.select({ id: kartlegginger.id }).from(kartlegginger).where(and(eq(kartlegginger.personId, personId), eq(kartlegginger.occasion, input.occasion)));
  if (existing) throw new HelhetError('CONFLICT', 'Personen har allerede en kartlegging for denne datoen. Fortsett i den – kartleggingen deles mellom enhetene.', undefined, { existingKartleggingId: existing.id });
  const [row] = await scope.tx
    .insert(kartlegginger)
    .values({ tenantId: scope.actor.tenantId, personId, unitId: input.unitId, occasion: input.occasion, createdBy: scope.actor.userId, createdAt: scope.now, updatedAt: scope.now })
    .returning({ id: kartlegginger.id });
  await scope.personChanged(personId);
  return row!.id;
}

export async function updateKartlegging(scope: AccessScope, kartleggingId: string, input: z.infer<typeof s.updateKartleggingBody>): Promise<void> {
  await requireWritable(scope, kartleggingId, 'kartlegging.update');
  if (input.meetingDate && input.meetingDate > localDateAt(scope.now)) {
    throw new HelhetError('UNPROCESSABLE', 'Møtedatoen kan ikke være i fremtiden.', [{ path: 'body/meetingDate', detail: 'Datoen er i fremtiden' }]);
  }
  await scope.tx.update(kartlegginger).set({ ...input, updatedAt: scope.now }).where(eq(kartlegginger.id, kartleggingId));
}

export async function recordDomain(scope: AccessScope, kartleggingId: string, input: z.infer<typeof s.domainBody>): Promise<void> {
  await requireWritable(scope, kartleggingId, 'kartlegging.domain');
  const problems = domainEntryProblems(input);
  if (problems.length) throw new HelhetError('UNPROCESSABLE', problems.map((p) => p.detail).join(' '), problems);
  const values = { status: input.status, evidenceKind: input.evidenceKind, evidence: input.evidence, aspects: input.aspects ?? null, recordedBy: scope.actor.userId, recordedAt: scope.now };
  await scope.tx
    .insert(kartleggingDomains)
    .values({ tenantId: scope.actor.tenantId, kartleggingId, domain: input.domain, ...values })
    .onConflictDoUpdate({ target: [kartleggingDomains.kartleggingId, kartleggingDomains.domain], set: values });
  await scope.tx.update(kartlegginger).set({ updatedAt: scope.now }).where(eq(kartlegginger.id, kartleggingId));
}

export async function addInstrumentResult(scope: AccessScope, kartleggingId: string, input: z.infer<typeof s.instrumentBody>) {
  const k = await requireWritable(scope, kartleggingId, 'kartlegging.instrument');
  if (!isInstrumentId(input.instrumentId)) {
    throw new HelhetError('UNPROCESSABLE', `Ukjent instrument «${input.instrumentId}». Gyldige: ${instrumentIds.join(', ')}.`, [{ path: 'body/instrumentId', detail: 'Ukjent instrument' }]);
  }
  const definition = getInstrument(input.instrumentId);
  if (definition.version !== input.version) {
    throw new HelhetError('UNPROCESSABLE', `${definition.name} finnes i versjon ${definition.version}, ikke ${input.version}.`, [{ path: 'body/version', detail: 'Ukjent versjon' }]);
  }
  const result = scoreInstrument(input.instrumentId, input.answers, { sex: input.sex });
  if (result.status === 'invalid') {
    throw new HelhetError('UNPROCESSABLE', result.reason, result.issues.map((i) => ({ path: `body/answers/${i.itemId}`, detail: i.message })));
  }
  if (result.status === 'cannot-score') {
    throw new HelhetError('UNPROCESSABLE', result.reason, result.missingItems.map((item) => ({ path: `body/answers/${item}`, detail: 'Mangler svar' })));
  }
  const [wording] = await scope.tx
    .select({ id: instrumentWordings.id, language: instrumentWordings.language })
    .from(instrumentWordings)
    .where(and(eq(instrumentWordings.tenantId, scope.actor.tenantId), eq(instrumentWordings.instrumentId, definition.id), eq(instrumentWordings.instrumentVersion, definition.version), eq(instrumentWordings.language, interfaceLanguage), isNull(instrumentWordings.endedAt)));
  const score = result.method === 'mean' ? (result.mean ?? null) : result.total;
  const band = result.band ?? null;
  const [row] = await scope.tx
    .insert(instrumentResults)
    .values({
      tenantId: scope.actor.tenantId,
      personId: k.personId,
      kartleggingId,
      instrumentId: result.instrumentId,
      version: result.version,
      answers: input.answers,
      status: 'scored',
      score,
      band: band?.id ?? null,
      bandLabel: band?.label ?? result.bandNote ?? null,
      suicideRiskPrompt: Boolean(result.flags.suicideRiskPrompt),
      wordingLanguage: wording?.language ?? definition.language,
      wordingId: wording?.id ?? null,
      administeredAt: scope.now,
      administeredBy: scope.actor.userId,
    })
    .returning({ id: instrumentResults.id });
  await scope.personChanged(k.personId);
  return { id: row!.id, status: 'scored' as const, score, band: band?.id ?? null, bandLabel: band?.label ?? result.bandNote ?? null, reason: null, suicideRiskPrompt: Boolean(result.flags.suicideRiskPrompt) };
}

export async function completeKartlegging(scope: AccessScope, kartleggingId: string): Promise<void> {
  await requireWritable(scope, kartleggingId, 'kartlegging.complete');
  const [view] = await readKartlegginger(scope, undefined, kartleggingId);
  if (view!.completionProblems.length) {
    throw new HelhetError('UNPROCESSABLE', `Kartleggingen kan ikke fullføres ennå: ${view!.completionProblems.map((p) => p.detail).join(' ')}`, view!.completionProblems.map((p) => ({ path: p.path, detail: p.detail })));
  }
  await scope.tx.update(kartlegginger).set({ status: 'completed', completedAt: scope.now, completedBy: scope.actor.userId, updatedAt: scope.now }).where(eq(kartlegginger.id, kartleggingId));
}

/** The person declines assessment: recorded with a date to offer it again (it goes on the worklist). */
export async function declineKartlegging(scope: AccessScope, personId: string, input: z.infer<typeof s.declineBody>): Promise<string> {
  scope.requireRole('assessment.write', personId);
  await scope.requirePerson(personId, 'kartlegging.declined');
  requireOwnUnit(scope, input.unitId);
  const today = localDateAt(scope.now);
  const problem = declineProblem(input.reofferDate, today);
  if (problem) throw new HelhetError('UNPROCESSABLE', problem, [{ path: 'body/reofferDate', detail: problem }]);
  const [row] = await scope.tx
    .insert(kartlegginger)
    .values({ tenantId: scope.actor.tenantId, personId, unitId: input.unitId, occasion: today, status: 'declined', declinedAt: scope.now, reofferDate: input.reofferDate, missingDomainsReason: input.note ?? null, createdBy: scope.actor.userId, createdAt: scope.now, updatedAt: scope.now })
    .onConflictDoNothing()
    .returning({ id: kartlegginger.id });
  if (!row) throw new HelhetError('CONFLICT', 'Personen har allerede en kartlegging i dag.');
  await scope.personChanged(personId);
  return row.id;
}

async function readKartlegginger(scope: AccessScope, personId: string | undefined, kartleggingId?: string) {
  const rows = await scope.tx
    .select({ k: kartlegginger, unitName: units.name })
    .from(kartlegginger)
    .innerJoin(units, eq(units.id, kartlegginger.unitId))
    .where(and(eq(kartlegginger.tenantId, scope.actor.tenantId), personId ? eq(kartlegginger.personId, personId) : undefined, kartleggingId ? eq(kartlegginger.id, kartleggingId) : undefined))
    .orderBy(desc(kartlegginger.occasion));
  const result = [];
  for (const { k, unitName } of rows) {
    const domains = await scope.tx.select().from(kartleggingDomains).where(eq(kartleggingDomains.kartleggingId, k.id)).orderBy(asc(kartleggingDomains.domain));
    const instruments = await scope.tx.select().from(instrumentResults).where(eq(instrumentResults.kartleggingId, k.id)).orderBy(asc(instrumentResults.administeredAt));
    result.push({
      id: k.id,
      personId: k.personId,
      unitId: k.unitId,
      unitName,
      occasion: k.occasion,
      status: k.status,
      reofferDate: k.reofferDate,
      meetingDate: k.meetingDate,
      meetingParticipants: k.meetingParticipants,
      whatMatters: k.whatMatters,
      relatives: k.relatives ?? null,
      missingDomainsReason: k.missingDomainsReason,
      completedAt: k.completedAt,
      domains: domains.map((d) => ({ domain: d.domain, label: assessmentDomains[d.domain as AssessmentDomain]?.label ?? d.domain, status: d.status, evidenceKind: d.evidenceKind, evidence: d.evidence, aspects: d.aspects ?? null, recordedAt: d.recordedAt })),
      coverage: coverage(domains),
      instruments: instruments.map((i) => ({ id: i.id, instrumentId: i.instrumentId, version: i.version, status: i.status, score: i.score === null ? null : Number(i.score), band: i.band, bandLabel: i.bandLabel, suicideRiskPrompt: i.suicideRiskPrompt, wordingLanguage: i.wordingLanguage ?? builtInLanguage(i.instrumentId), administeredAt: i.administeredAt })),
      completionProblems: k.status === 'in-progress' ? completionProblems({ ...k, relatives: k.relatives ?? null, domains }) : [],
    });
  }
  return result;
}

export async function listKartlegginger(scope: AccessScope, personId: string) {
  scope.requireRole('person.read', personId);
  await scope.requirePerson(personId, 'kartlegging.read');
  return readKartlegginger(scope, personId);
}

export async function getKartlegging(scope: AccessScope, kartleggingId: string) {
  const k = await load(scope, kartleggingId);
  scope.requireRole('person.read', k.personId);
  await scope.requirePerson(k.personId, 'kartlegging.read');
  const [view] = await readKartlegginger(scope, undefined, kartleggingId);
  return view!;
}
