// Imports a records file in the request's one transaction: every record is validated first; with any
// problem nothing is written and the answer lists them all. Every person written is in the access log.
import { and, eq, inArray } from 'drizzle-orm';
import type { AccessScope } from '../../platform/access/scope.js';
import { persons, serviceRelations, teamMembers, units, users, notes } from '../../platform/db/schema.js';
import { HelhetError } from '../../platform/errors.js';
import { parseNationalId, searchName } from '../persons/index.js';
import { henvendelser } from '../intake/index.js';
import { instrumentResults, kartleggingDomains, kartlegginger, scoreInstrument, isInstrumentId } from '../assessment/index.js';
import { serviceCatalogue, vedtak } from '../vedtak/index.js';
import { individualPlans, ipInformation, planGoals, planMeasures, planParticipants, planVersions, type PlanSnapshot } from '../plans/index.js';
import { coordinatorRequests } from '../coordination/index.js';
import { meetingMinutes, meetingParticipants, teamMeetings } from '../meetings/index.js';
import { crisisPlans } from '../crisis-plans/index.js';
import { recordClaims } from '../notes/index.js';
import type { ImportError, PersonRecord, RecordsFile } from './schemas.js';
import { parseRecordsFile, referenceErrors, type Lookups } from './validate.js';

function rejected(file: string, errors: ImportError[]): HelhetError {
  return new HelhetError(
    'VALIDATION_FAILED',
    `Filen «${file}» har ${errors.length} ${errors.length === 1 ? 'feil' : 'feil'}. Ingenting er importert.`,
    errors.slice(0, 200).map((e) => ({ path: e.field, detail: e.reason })),
    { importErrors: errors.slice(0, 500) },
  );
}

async function loadLookups(scope: AccessScope, records: RecordsFile): Promise<Lookups> {
  const tenantId = scope.actor.tenantId;
  const unitRows = await scope.tx.select({ id: units.id, name: units.name, serviceArea: units.serviceArea }).from(units).where(and(eq(units.tenantId, tenantId), eq(units.active, true)));
  const userRows = await scope.tx.select({ id: users.id, username: users.username }).from(users).where(and(eq(users.tenantId, tenantId), eq(users.kind, 'staff'), eq(users.active, true)));
  const serviceRows = await scope.tx.select({ id: serviceCatalogue.id, code: serviceCatalogue.code }).from(serviceCatalogue).where(eq(serviceCatalogue.tenantId, tenantId));
  const ids = records.persons.map((p) => p.nationalId.replace(/\s/g, ''));
  const existing = await scope.tx.select({ id: persons.id, nationalId: persons.nationalId }).from(persons).where(and(eq(persons.tenantId, tenantId), inArray(persons.nationalId, ids)));
  // The import's answer says these persons exist: each is a look-up by national id, logged.
  for (const e of existing) await scope.grant({ kind: 'exists-check', personId: e.id, via: 'import' });
  return {
    units: new Map(unitRows.map((u) => [u.name, u.id])),
    users: new Map(userRows.map((u) => [u.username, u.id])),
    services: new Map(serviceRows.map((s) => [s.code, s.id])),
    existingNationalIds: new Set(existing.map((e) => e.nationalId)),
    keUnitId: unitRows.find((u) => u.serviceArea === 'koordinerende-enhet')?.id ?? null,
  };
}

export async function importRecords(scope: AccessScope, file: string, data: unknown): Promise<{ fileName: string; version: number; persons: { ref: string; id: string }[]; counts: Record<string, number> }> {
  scope.requireRole('records.import');
  const parsed = parseRecordsFile(file, data);
  if (!parsed.ok) throw rejected(file, parsed.errors);
  const lookups = await loadLookups(scope, parsed.value);
  const problems = referenceErrors(file, parsed.value, lookups);
  if (problems.length) throw rejected(file, problems);
  const counts: Record<string, number> = {};
  const count = (key: string, n = 1) => (counts[key] = (counts[key] ?? 0) + n);
  const written: { ref: string; id: string }[] = [];
  for (const record of parsed.value.persons) {
    const id = await writePerson(scope, lookups, record, file, count);
    written.push({ ref: record.ref, id });
  }
  return { fileName: file, version: parsed.value.version, persons: written, counts };
}

async function writePerson(scope: AccessScope, l: Lookups, p: PersonRecord, file: string, count: (key: string, n?: number) => void): Promise<string> {
  const tx = scope.tx;
  const tenantId = scope.actor.tenantId;
  const unit = (name: string) => l.units.get(name)!;
  const user = (name: string) => l.users.get(name)!;
  const maybeUser = (name: string | null | undefined) => (name ? user(name) : null);
  const nationalId = p.nationalId.replace(/\s/g, '');
  const parsedId = parseNationalId(nationalId);
  if (!parsedId.valid) throw new Error('validated before');
  const [person] = await tx
    .insert(persons)
    .values({ tenantId, nationalId, nationalIdKind: parsedId.kind, syntheticId: parsedId.synthetic, birthDate: parsedId.birthDate, givenName: p.givenName, familyName: p.familyName, searchName: searchName(p.givenName, p.familyName), phone: p.phone ?? null, address: p.address ?? null, hasBankId: p.hasBankId ?? true })
    .returning({ id: persons.id });
  const personId = person!.id;
  count('persons');
  const by = scope.actor.userId;
  const now = scope.now;
  for (const name of new Set(p.units)) await tx.insert(serviceRelations).values({ tenantId, personId, unitId: unit(name), reason: `Importert fra ${file}`, validFrom: now, createdBy: by });
  for (const m of p.team) await tx.insert(teamMembers).values({ tenantId, personId, userId: user(m.username), teamRole: m.teamRole, validFrom: new Date(m.from), createdBy: by });
  for (const h of p.henvendelser) {
    await tx.insert(henvendelser).values({ tenantId, personId, unitId: unit(h.unit), source: h.source, channel: h.channel, receivedAt: new Date(h.receivedAt), content: h.content, firstContactDue: h.firstContactDue, firstContactAt: h.firstContactAt ? new Date(h.firstContactAt) : null, triage: h.triage, createdBy: user(h.createdBy) });
    count('henvendelser');
  }
  const kartleggingIds = new Map<string, string>();
  for (const k of p.kartlegginger) {
    const [row] = await tx
      .insert(kartlegginger)
      .values({ tenantId, personId, unitId: unit(k.unit), occasion: k.occasion, status: k.status, meetingDate: k.meetingDate ?? null, meetingParticipants: k.meetingParticipants ?? [], whatMatters: k.whatMatters ?? null, relatives: k.relatives ?? null, missingDomainsReason: k.missingDomainsReason ?? null, reofferDate: k.reofferDate ?? null, completedAt: k.completedAt ? new Date(k.completedAt) : null, completedBy: maybeUser(k.completedBy), createdBy: user(k.createdBy), createdAt: new Date(`${k.occasion}T08:00:00Z`) })
      .returning({ id: kartlegginger.id });
    kartleggingIds.set(k.ref, row!.id);
    count('kartlegginger');
    for (const d of k.domains) await tx.insert(kartleggingDomains).values({ tenantId, kartleggingId: row!.id, domain: d.domain, status: d.status, evidenceKind: d.evidenceKind, evidence: d.evidence, aspects: d.aspects ?? null, recordedBy: user(k.createdBy), recordedAt: new Date(`${k.occasion}T08:00:00Z`) });
    for (const r of k.instruments) {
      if (!isInstrumentId(r.instrumentId)) continue;
      const result = scoreInstrument(r.instrumentId, r.answers, { sex: r.sex });
      const scored = result.status === 'scored';
      const score = scored ? (result.method === 'mean' ? (result.mean ?? null) : result.total) : null;
      await tx.insert(instrumentResults).values({
        tenantId, personId, kartleggingId: row!.id, instrumentId: r.instrumentId, version: r.version, answers: r.answers,
        status: scored ? 'scored' : 'cannot-score', score, band: scored ? (result.band?.id ?? null) : null, bandLabel: scored ? (result.band?.label ?? result.bandNote ?? null) : null,
        suicideRiskPrompt: Boolean(result.flags.suicideRiskPrompt), administeredAt: new Date(r.administeredAt), administeredBy: user(r.administeredBy),
      });
      count('instrumentResults');
    }
  }
  for (const v of p.vedtak) {
    const decidedAt = new Date(v.decidedAt);
    const [row] = await tx
      .insert(vedtak)
      .values({ tenantId, personId, unitId: unit(v.unit), kartleggingId: v.kartleggingRef ? kartleggingIds.get(v.kartleggingRef)! : null, serviceId: l.services.get(v.serviceCode)!, legalBasis: v.legalBasis, scope: v.scope, startDate: v.startDate, endDate: v.endDate ?? null, evaluationDate: v.evaluationDate ?? null, evaluationResponsibleId: maybeUser(v.evaluationResponsible), participation: v.participation, appealInfo: v.appealInfo, reasoning: v.reasoning, status: v.status, finalizedAt: v.status === 'draft' ? null : decidedAt, finalizedBy: v.status === 'draft' ? null : user(v.decidedBy), createdBy: user(v.decidedBy), createdAt: decidedAt })
      .returning({ id: vedtak.id });
    count('vedtak');
    for (const c of v.claims) await tx.insert(recordClaims).values({ tenantId, personId, source: 'vedtak', vedtakId: row!.id, kind: c.kind, statedOn: c.statedOn ?? decidedAt.toISOString().slice(0, 10), text: c.text, recordedBy: by, recordedAt: now });
    count('claims', v.claims.length);
  }
  for (const ip of p.ipInformation) {
    await tx.insert(ipInformation).values({ tenantId, personId, unitId: unit(ip.unit), informedOn: ip.informedOn, informedBy: user(ip.informedBy), context: ip.context ?? null, methods: ip.methods, needsBasis: ip.needsBasis, answer: ip.answer, declineReason: ip.declineReason ?? null, reaskDate: ip.reaskDate ?? null, recordedAt: new Date(`${ip.informedOn}T12:00:00Z`) });
    count('ipInformation');
  }
  for (const plan of p.individualPlans) {
    const createdAt = new Date(plan.createdAt);
    const creator = user(plan.createdBy);
    const [row] = await tx.insert(individualPlans).values({ tenantId, personId, status: plan.status, reviewIntervalDays: plan.reviewIntervalDays, nextReviewDate: plan.nextReviewDate, createdBy: creator, createdAt, updatedBy: creator, updatedAt: createdAt }).returning({ id: individualPlans.id });
    const planId = row!.id;
    const snapshot: PlanSnapshot = { status: plan.status, statusNote: null, reviewIntervalDays: plan.reviewIntervalDays, nextReviewDate: plan.nextReviewDate, goals: [], measures: [], participants: [] };
    for (const g of plan.goals) {
      const [goal] = await tx.insert(planGoals).values({ tenantId, planId, personId, text: g.text, status: g.status, createdBy: creator, createdAt }).returning({ id: planGoals.id });
      snapshot.goals.push({ id: goal!.id, text: g.text, status: g.status });
    }
    for (const m of plan.measures) {
      const responsibleUnitId = m.responsibleUnit ? unit(m.responsibleUnit) : null;
      const [measure] = await tx.insert(planMeasures).values({ tenantId, planId, personId, description: m.description, responsibleUnitId, responsiblePersonName: m.responsiblePersonName ?? null, startDate: m.startDate, deadline: m.deadline, status: m.status, createdBy: creator, createdAt }).returning({ id: planMeasures.id });
      snapshot.measures.push({ id: measure!.id, goalId: null, description: m.description, responsibleUnitId, responsiblePartnerId: null, responsibleUserId: null, responsiblePersonName: m.responsiblePersonName ?? null, startDate: m.startDate, deadline: m.deadline, status: m.status });
    }
    for (const pp of plan.participants) {
      const userId = maybeUser(pp.username);
      const [participant] = await tx.insert(planParticipants).values({ tenantId, planId, personId, kind: pp.kind, userId, name: pp.name, role: pp.role, consentGivenAt: new Date(pp.consentGivenAt), consentWithdrawnAt: pp.consentWithdrawnAt ? new Date(pp.consentWithdrawnAt) : null, addedBy: creator, addedAt: createdAt }).returning({ id: planParticipants.id });
      snapshot.participants.push({ id: participant!.id, kind: pp.kind, name: pp.name, role: pp.role, userId, consentWithdrawnAt: pp.consentWithdrawnAt ?? null });
    }
    await tx.insert(planVersions).values({ tenantId, planId, personId, version: 1, snapshot, changed: ['opprettet'], summary: `Importert fra ${file}`, changedBy: creator, changedAt: createdAt });
    count('individualPlans');
  }
  for (const r of p.coordinatorRequests) {
    await tx.insert(coordinatorRequests).values({ tenantId, personId, keUnitId: l.keUnitId!, reason: r.reason, receivedVia: r.receivedVia, requestedAt: new Date(r.requestedAt), recordedBy: by });
    count('coordinatorRequests');
  }
  for (const m of p.teamMeetings) {
    const scheduledAt = new Date(m.scheduledAt);
    const [meeting] = await tx.insert(teamMeetings).values({ tenantId, personId, purpose: m.purpose, scheduledAt, location: m.location, organiserId: user(m.organiser), status: m.status, minutesDueDate: new Date(scheduledAt.getTime() + 7 * 86_400_000).toISOString().slice(0, 10), createdAt: scheduledAt }).returning({ id: teamMeetings.id });
    for (const pp of m.participants) await tx.insert(meetingParticipants).values({ tenantId, meetingId: meeting!.id, userId: maybeUser(pp.username), name: pp.name, role: pp.role, attended: pp.attended ?? null });
    if (m.minutes) await tx.insert(meetingMinutes).values({ tenantId, meetingId: meeting!.id, personId, agenda: m.minutes.agenda, personView: m.minutes.personView, decisions: m.minutes.decisions, recordedBy: user(m.minutes.recordedBy), recordedAt: new Date(m.minutes.recordedAt) });
    count('teamMeetings');
  }
  let version = 0;
  for (const c of [...p.crisisPlans].sort((a, b) => a.preparedOn.localeCompare(b.preparedOn))) {
    version += 1;
    const last = version === p.crisisPlans.length;
    await tx.insert(crisisPlans).values({ tenantId, personId, version, status: last ? 'active' : 'superseded', preparedOn: c.preparedOn, preparedWithPerson: c.preparedWithPerson, stablePhase: c.stablePhase, warningSigns: c.warningSigns, triggers: c.triggers ?? null, whatHelps: c.whatHelps, whatToAvoid: c.whatToAvoid ?? null, medication: c.medication ?? null, contacts: c.contacts, personsWishes: c.personsWishes ?? null, reviewDate: c.reviewDate, createdBy: user(c.createdBy), createdAt: new Date(`${c.preparedOn}T12:00:00Z`) });
    count('crisisPlans');
  }
  for (const n of p.notes) {
    const writtenAt = new Date(n.writtenAt);
    const [row] = await tx.insert(notes).values({ tenantId, personId, authorId: user(n.author), authorUnitId: unit(n.unit), classification: n.classification, title: n.title, body: n.body, createdAt: writtenAt }).returning({ id: notes.id });
    for (const c of n.claims) await tx.insert(recordClaims).values({ tenantId, personId, source: 'journal-note', noteId: row!.id, kind: c.kind, statedOn: c.statedOn ?? n.writtenAt.slice(0, 10), text: c.text, recordedBy: by, recordedAt: now });
    count('notes');
    count('claims', n.claims.length);
  }
  for (const c of p.userCard) await tx.insert(recordClaims).values({ tenantId, personId, source: 'user-card', kind: c.kind, statedOn: c.statedOn!, text: c.text, recordedBy: by, recordedAt: now });
  count('claims', p.userCard.length);
  scope.recordWrite(personId, 'records.import', 'import', { file });
  await scope.personChanged(personId);
  return personId;
}
