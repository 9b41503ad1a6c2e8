// Vedtak: draft → final (only on a documented assessment, with evaluation date and responsible, and
// without placeholders) → evaluated → ended or replaced.
import { and, asc, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { units, users } from '../../platform/db/schema.js';
import { staffHasRelation, type AccessScope } from '../../platform/access/scope.js';
import type { Db, Tx } from '../../platform/db/database.js';
import { HelhetError } from '../../platform/errors.js';
import { localDateAt } from '../../platform/calendar/index.js';
import { assessmentDomains, kartleggingDomains, kartlegginger, uncoveredDomains } from '../assessment/index.js';
import { evaluations, serviceCatalogue, vedtak } from './schema.js';
import { basisProblems, basisTexts, dateProblems, evaluationTaskDate, finalizeProblems, knownBases } from './rules.js';
import { appealRoutes, basesCitation, serviceBases, serviceBasisIds, type ServiceBasisId } from '../../platform/law/index.js';

/** The bases a vedtak of a service rests on: those asked for, or all of the service's; refused unless they fit. */
function chosenBases(allowed: ServiceBasisId[], requested: readonly ServiceBasisId[] | undefined): ServiceBasisId[] {
  const chosen = [...(requested ?? allowed)];
  const problems = basisProblems(allowed, chosen);
  if (problems.length) throw new HelhetError('UNPROCESSABLE', problems.map((p) => p.detail).join(' '), problems);
  return chosen;
}
import type * as s from './schemas.js';

export async function listServices(db: Db | Tx, tenantId: string) {
  const rows = await db.select().from(serviceCatalogue).where(eq(serviceCatalogue.tenantId, tenantId)).orderBy(asc(serviceCatalogue.name));
  return rows.map((r) => ({ ...r, legalBasis: basesCitation(knownBases(r.legalBasisIds)) }));
}

/** The register's service bases, for the catalogue editor and the vedtak form. */
export function legalBasisOptions() {
  return serviceBasisIds.map((id) => {
    const route = appealRoutes[serviceBases[id].appeal];
    return { id, label: serviceBases[id].label, citation: serviceBases[id].citation('nb'), appealBody: route.body.nb, appealWeeks: route.deadlineWeeks };
  });
}

export async function createService(scope: AccessScope, input: z.infer<typeof s.createServiceBody>): Promise<string> {
  scope.requireRole('org.admin');
  const [taken] = await scope.tx.select({ id: serviceCatalogue.id }).from(serviceCatalogue).where(and(eq(serviceCatalogue.tenantId, scope.actor.tenantId), eq(serviceCatalogue.code, input.code)));
  if (taken) throw new HelhetError('CONFLICT', `Tjenestekoden «${input.code}» er i bruk.`, [{ path: 'body/code', detail: 'Koden er i bruk' }]);
  const [row] = await scope.tx.insert(serviceCatalogue).values({ tenantId: scope.actor.tenantId, ...input }).returning({ id: serviceCatalogue.id });
  return row!.id;
}

async function load(scope: AccessScope, vedtakId: string) {
  const [row] = await scope.tx.select().from(vedtak).where(and(eq(vedtak.id, vedtakId), eq(vedtak.tenantId, scope.actor.tenantId)));
  if (!row) throw new HelhetError('NOT_FOUND', 'Fant ikke vedtaket.');
  return row;
}

async function checkReferences(scope: AccessScope, personId: string, input: { serviceId?: string; kartleggingId?: string | null; evaluationResponsibleId?: string }) {
  const { tenantId } = scope.actor;
  if (input.serviceId) {
    const [svc] = await scope.tx.select({ id: serviceCatalogue.id, active: serviceCatalogue.active }).from(serviceCatalogue).where(and(eq(serviceCatalogue.id, input.serviceId), eq(serviceCatalogue.tenantId, tenantId)));
    if (!svc?.active) throw new HelhetError('UNPROCESSABLE', 'Tjenesten finnes ikke i tjenestekatalogen.', [{ path: 'body/serviceId', detail: 'Ukjent tjeneste' }]);
  }
  if (input.kartleggingId) {
    const [k] = await scope.tx.select({ personId: kartlegginger.personId }).from(kartlegginger).where(and(eq(kartlegginger.id, input.kartleggingId), eq(kartlegginger.tenantId, tenantId)));
    if (!k || k.personId !== personId) throw new HelhetError('UNPROCESSABLE', 'Kartleggingen finnes ikke for denne personen.', [{ path: 'body/kartleggingId', detail: 'Ukjent kartlegging' }]);
  }
  if (input.evaluationResponsibleId) {
    const [u] = await scope.tx.select({ id: users.id }).from(users).where(and(eq(users.id, input.evaluationResponsibleId), eq(users.tenantId, tenantId), eq(users.kind, 'staff'), eq(users.active, true)));
    if (!u) throw new HelhetError('UNPROCESSABLE', 'Den evalueringsansvarlige finnes ikke eller er ikke aktiv.', [{ path: 'body/evaluationResponsibleId', detail: 'Ukjent ansatt' }]);
    // The evaluation task goes to this person's worklist, which shows only persons they serve.
    if (!(await staffHasRelation(scope.tx, { userId: u.id, tenantId }, personId, scope.now))) {
      throw new HelhetError('UNPROCESSABLE', 'Den evalueringsansvarlige har ikke tjenstlig behov for personen. Velg noen i teamet eller i en enhet som gir personen tjenester.', [{ path: 'body/evaluationResponsibleId', detail: 'Har ikke tjenstlig behov for personen' }]);
    }
  }
}

export async function createVedtak(scope: AccessScope, personId: string, input: z.infer<typeof s.createVedtakBody>): Promise<string> {
  scope.requireRole('vedtak.write', personId);
  await scope.requirePerson(personId, 'vedtak.create');
  if (!scope.actor.unitIds.includes(input.unitId)) throw new HelhetError('UNPROCESSABLE', 'Vedtaket må fattes av en enhet du er medlem av.', [{ path: 'body/unitId', detail: 'Velg en av dine enheter' }]);
  const problems = dateProblems(input);
  if (problems.length) throw new HelhetError('UNPROCESSABLE', problems.map((p) => p.detail).join('. '), problems);
  await checkReferences(scope, personId, input);
  const [svc] = await scope.tx.select({ legalBasisIds: serviceCatalogue.legalBasisIds }).from(serviceCatalogue).where(eq(serviceCatalogue.id, input.serviceId));
  const bases = chosenBases(knownBases(svc!.legalBasisIds), input.legalBasisIds);
  const [row] = await scope.tx
    .insert(vedtak)
    .values({ ...input, ...basisTexts(bases), tenantId: scope.actor.tenantId, personId, missingDomainsReason: input.missingDomainsReason ?? null, createdBy: scope.actor.userId, createdAt: scope.now })
    .returning({ id: vedtak.id });
  await scope.personChanged(personId);
  return row!.id;
}

export async function updateVedtak(scope: AccessScope, vedtakId: string, input: z.infer<typeof s.updateVedtakBody>): Promise<void> {
  const v = await load(scope, vedtakId);
  scope.requireRole('vedtak.write', v.personId);
  await scope.requirePerson(v.personId, 'vedtak.update');
  if (v.status !== 'draft') throw new HelhetError('CONFLICT', 'Et fattet vedtak kan ikke endres. Fatt et nytt vedtak.');
  const merged = { startDate: input.startDate ?? v.startDate, endDate: input.endDate === undefined ? v.endDate : input.endDate, evaluationDate: input.evaluationDate ?? v.evaluationDate };
  const problems = dateProblems(merged);
  if (problems.length) throw new HelhetError('UNPROCESSABLE', problems.map((p) => p.detail).join('. '), problems);
  await checkReferences(scope, v.personId, input);
  const serviceId = input.serviceId ?? v.serviceId;
  const basesChange = input.serviceId !== undefined || input.legalBasisIds !== undefined;
  const [svc] = basesChange ? await scope.tx.select({ legalBasisIds: serviceCatalogue.legalBasisIds }).from(serviceCatalogue).where(eq(serviceCatalogue.id, serviceId)) : [];
  const texts = svc ? basisTexts(chosenBases(knownBases(svc.legalBasisIds), input.legalBasisIds ?? (input.serviceId ? undefined : knownBases(v.legalBasisIds)))) : {};
  await scope.tx.update(vedtak).set({ ...input, ...texts }).where(eq(vedtak.id, vedtakId));
}

async function finalizeFacts(scope: AccessScope, v: typeof vedtak.$inferSelect, serviceBasisIdsNow: string[]) {
  let assessment = null;
  if (v.kartleggingId) {
    const [k] = await scope.tx.select().from(kartlegginger).where(eq(kartlegginger.id, v.kartleggingId));
    const domains = await scope.tx.select({ domain: kartleggingDomains.domain, status: kartleggingDomains.status }).from(kartleggingDomains).where(eq(kartleggingDomains.kartleggingId, v.kartleggingId));
    if (k) assessment = { status: k.status, meetingDate: k.meetingDate, missingDomainsReason: k.missingDomainsReason, uncovered: uncoveredDomains(domains).map((d) => assessmentDomains[d].label) };
  }
  const bases = knownBases(v.legalBasisIds);
  const basisFindings = basisProblems(knownBases(serviceBasisIdsNow), bases).map((p) => ({ ...p, path: p.path.replace('body/', '') }));
  if (!bases.length) basisFindings.unshift({ path: 'legalBasisIds', detail: 'Vedtaket mangler hjemmel fra registeret.' });
  return [...basisFindings, ...finalizeProblems({ texts: { scope: v.scope, reasoning: v.reasoning, participation: v.participation, legalBasis: v.legalBasis, appealInfo: v.appealInfo }, assessment, vedtakMissingDomainsReason: v.missingDomainsReason })];
}

export async function finalizeVedtak(scope: AccessScope, vedtakId: string): Promise<void> {
  const v = await load(scope, vedtakId);
  scope.requireRole('vedtak.write', v.personId);
  await scope.requirePerson(v.personId, 'vedtak.finalize');
  if (v.status !== 'draft') throw new HelhetError('CONFLICT', 'Vedtaket er allerede fattet.');
  const [svc] = await scope.tx.select({ legalBasisIds: serviceCatalogue.legalBasisIds }).from(serviceCatalogue).where(eq(serviceCatalogue.id, v.serviceId));
  const problems = await finalizeFacts(scope, v, svc?.legalBasisIds ?? []);
  if (problems.length) throw new HelhetError('UNPROCESSABLE', `Vedtaket kan ikke fattes: ${problems.map((p) => p.detail).join(' ')}`, problems);
  await scope.tx.update(vedtak).set({ status: 'final', finalizedAt: scope.now, finalizedBy: scope.actor.userId }).where(eq(vedtak.id, vedtakId));
  await scope.personChanged(v.personId);
}

export async function recordEvaluation(scope: AccessScope, vedtakId: string, input: z.infer<typeof s.evaluationBody>): Promise<void> {
  const v = await load(scope, vedtakId);
  scope.requireRole('evaluation.write', v.personId);
  await scope.requirePerson(v.personId, 'vedtak.evaluate');
  if (v.status !== 'final') throw new HelhetError('CONFLICT', v.status === 'draft' ? 'Et utkast kan ikke evalueres. Fatt vedtaket først.' : 'Vedtaket er avsluttet.');
  if (input.evaluatedOn > localDateAt(scope.now)) throw new HelhetError('UNPROCESSABLE', 'Evalueringen kan ikke dateres frem i tid.', [{ path: 'body/evaluatedOn', detail: 'Datoen er i fremtiden' }]);
  const [existing] = await scope.tx.select({ id: evaluations.id }).from(evaluations).where(eq(evaluations.vedtakId, vedtakId));
  if (existing) throw new HelhetError('CONFLICT', 'Vedtaket er allerede evaluert.');
  await scope.tx.insert(evaluations).values({ ...input, relativesView: input.relativesView ?? null, tenantId: scope.actor.tenantId, vedtakId, recordedBy: scope.actor.userId, recordedAt: scope.now });
  if (input.nextStep === 'closure' || input.outcome === 'end') await scope.tx.update(vedtak).set({ status: 'ended' }).where(eq(vedtak.id, vedtakId));
  await scope.personChanged(v.personId);
}

async function views(scope: AccessScope, where: ReturnType<typeof eq>) {
  const rows = await scope.tx
    .select({ v: vedtak, unitName: units.name, service: serviceCatalogue, responsibleName: users.displayName })
    .from(vedtak)
    .innerJoin(units, eq(units.id, vedtak.unitId))
    .innerJoin(serviceCatalogue, eq(serviceCatalogue.id, vedtak.serviceId))
    .leftJoin(users, eq(users.id, vedtak.evaluationResponsibleId))
    .where(and(eq(vedtak.tenantId, scope.actor.tenantId), where))
    .orderBy(desc(vedtak.startDate));
  const result = [];
  for (const { v, unitName, service, responsibleName } of rows) {
    const [ev] = await scope.tx.select({ e: evaluations, recordedByName: users.displayName }).from(evaluations).innerJoin(users, eq(users.id, evaluations.recordedBy)).where(eq(evaluations.vedtakId, v.id));
    result.push({
      id: v.id,
      personId: v.personId,
      unitId: v.unitId,
      unitName,
      kartleggingId: v.kartleggingId,
      service: { id: service.id, code: service.code, name: service.name },
      legalBasis: v.legalBasis,
      legalBasisIds: v.legalBasisIds,
      scope: v.scope,
      startDate: v.startDate,
      endDate: v.endDate,
      evaluationDate: v.evaluationDate,
      evaluationTaskDate: evaluationTaskDate(v),
      evaluationResponsible: v.evaluationResponsibleId && responsibleName ? { id: v.evaluationResponsibleId, displayName: responsibleName } : null,
      participation: v.participation,
      reasoning: v.reasoning,
      appealInfo: v.appealInfo,
      missingDomainsReason: v.missingDomainsReason,
      status: v.status,
      finalizedAt: v.finalizedAt,
      finalizeProblems: v.status === 'draft' ? await finalizeFacts(scope, v, service.legalBasisIds) : [],
      evaluation: ev ? { id: ev.e.id, evaluatedOn: ev.e.evaluatedOn, personParticipated: ev.e.personParticipated, personView: ev.e.personView, relativesView: ev.e.relativesView, outcome: ev.e.outcome, revisionNote: ev.e.revisionNote, nextStep: ev.e.nextStep, recordedByName: ev.recordedByName, recordedAt: ev.e.recordedAt } : null,
    });
  }
  return result;
}

export async function listVedtak(scope: AccessScope, personId: string) {
  scope.requireRole('person.read', personId);
  await scope.requirePerson(personId, 'vedtak.read');
  return views(scope, eq(vedtak.personId, personId));
}

export async function getVedtak(scope: AccessScope, vedtakId: string) {
  const v = await load(scope, vedtakId);
  scope.requireRole('person.read', v.personId);
  await scope.requirePerson(v.personId, 'vedtak.read');
  const [view] = await views(scope, eq(vedtak.id, vedtakId));
  return view!;
}
