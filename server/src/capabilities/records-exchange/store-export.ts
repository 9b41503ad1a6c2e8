// Exports persons' case records in the same format the import reads. Each person needs a relation
// (tjenstlig behov) and is logged; restricted notes the exporter may not see are left out.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AccessScope } from '../../platform/access/scope.js';
import { mayPerform, maySeeNote } from '../../platform/access/policy.js';
import { consents, notes, persons, serviceRelations, teamMembers, units, users } from '../../platform/db/schema.js';
import { activeAt } from '../../platform/db/periods.js';
import { HelhetError } from '../../platform/errors.js';
import { henvendelser } from '../intake/index.js';
import { instrumentResults, kartleggingDomains, kartlegginger } from '../assessment/index.js';
import { serviceCatalogue, vedtak } from '../vedtak/index.js';
import { individualPlans, ipInformation, planGoals, planMeasures, planParticipants } from '../plans/index.js';
import { coordinatorRequests } from '../coordination/index.js';
import { meetingMinutes, meetingParticipants, teamMeetings } from '../meetings/index.js';
import { crisisPlans } from '../crisis-plans/index.js';
import { recordClaims } from '../notes/index.js';
import { recordsFormatVersion, type PersonRecord, type RecordsFile } from './schemas.js';

const iso = (d: Date) => d.toISOString();

export async function exportRecords(scope: AccessScope, personIds: string[] | undefined): Promise<RecordsFile> {
  // A refusal for the role is logged for every person asked for, like any other refused read.
  if (personIds && !mayPerform(scope.actor, 'records.export')) {
    let refusal: unknown;
    for (const id of personIds) {
      try {
        scope.requireRole('records.export', id);
      } catch (error) {
        refusal = error;
      }
    }
    throw refusal;
  }
  scope.requireRole('records.export');
  let ids = personIds;
  if (!ids) {
    const rows = await scope.tx.select({ id: persons.id }).from(persons).where(and(eq(persons.tenantId, scope.actor.tenantId), scope.visiblePersons(persons.id))).orderBy(asc(persons.id)).limit(1000);
    ids = rows.map((r) => r.id);
  }
  if (ids.length === 0) throw new HelhetError('NOT_FOUND', 'Ingen personer å eksportere: du har ikke tjenstlig behov for noen.');
  const unitRows = await scope.tx.select({ id: units.id, name: units.name }).from(units).where(eq(units.tenantId, scope.actor.tenantId));
  const unitName = new Map(unitRows.map((u) => [u.id, u.name]));
  const userRows = await scope.tx.select({ id: users.id, username: users.username }).from(users).where(eq(users.tenantId, scope.actor.tenantId));
  const username = new Map(userRows.map((u) => [u.id, u.username]));
  const un = (id: string) => unitName.get(id) ?? id;
  const us = (id: string) => username.get(id) ?? id;
  const out: PersonRecord[] = [];
  for (const personId of ids) {
    await scope.requirePerson(personId, 'records.export');
    out.push(await exportPerson(scope, personId, un, us));
  }
  return { format: 'helhet-records', version: recordsFormatVersion, exportedAt: iso(scope.now), persons: out };
}

async function exportPerson(scope: AccessScope, personId: string, un: (id: string) => string, us: (id: string) => string): Promise<PersonRecord> {
  const tx = scope.tx;
  const [p] = await tx.select().from(persons).where(eq(persons.id, personId));
  if (!p) throw new HelhetError('NOT_FOUND', 'Personen finnes ikke.');
  const relations = await tx.select({ unitId: serviceRelations.unitId }).from(serviceRelations).where(and(eq(serviceRelations.personId, personId), activeAt(serviceRelations.validFrom, serviceRelations.validTo, scope.now)));
  const team = await tx.select().from(teamMembers).where(and(eq(teamMembers.personId, personId), activeAt(teamMembers.validFrom, teamMembers.validTo, scope.now)));
  const hs = await tx.select().from(henvendelser).where(eq(henvendelser.personId, personId)).orderBy(asc(henvendelser.receivedAt));
  const ks = await tx.select().from(kartlegginger).where(eq(kartlegginger.personId, personId)).orderBy(asc(kartlegginger.occasion));
  const ds = ks.length ? await tx.select().from(kartleggingDomains).where(inArray(kartleggingDomains.kartleggingId, ks.map((k) => k.id))) : [];
  const rs = await tx.select().from(instrumentResults).where(eq(instrumentResults.personId, personId)).orderBy(asc(instrumentResults.administeredAt));
  const vs = await tx.select({ v: vedtak, code: serviceCatalogue.code }).from(vedtak).innerJoin(serviceCatalogue, eq(serviceCatalogue.id, vedtak.serviceId)).where(eq(vedtak.personId, personId)).orderBy(asc(vedtak.createdAt));
  const claims = await tx.select().from(recordClaims).where(eq(recordClaims.personId, personId)).orderBy(asc(recordClaims.statedOn));
  const ips = await tx.select().from(ipInformation).where(eq(ipInformation.personId, personId)).orderBy(asc(ipInformation.informedOn));
  const plans = await tx.select().from(individualPlans).where(eq(individualPlans.personId, personId)).orderBy(asc(individualPlans.createdAt));
  const crs = await tx.select().from(coordinatorRequests).where(eq(coordinatorRequests.personId, personId)).orderBy(asc(coordinatorRequests.requestedAt));
  const ms = await tx.select().from(teamMeetings).where(eq(teamMeetings.personId, personId)).orderBy(asc(teamMeetings.scheduledAt));
  const cps = await tx.select().from(crisisPlans).where(eq(crisisPlans.personId, personId)).orderBy(asc(crisisPlans.version));
  const ns = await tx.select().from(notes).where(eq(notes.personId, personId)).orderBy(asc(notes.createdAt));
  const consented = await tx.select({ unitId: consents.toUnitId }).from(consents).where(and(eq(consents.personId, personId), eq(consents.scope, 'restricted-notes')));
  const consentedUnits = consented.flatMap((c) => (c.unitId ? [c.unitId] : []));
  const claim = (c: typeof recordClaims.$inferSelect) => ({ kind: c.kind, text: c.text, statedOn: c.statedOn });
  const plansOut = [];
  for (const plan of plans) {
    const goals = await tx.select().from(planGoals).where(eq(planGoals.planId, plan.id)).orderBy(asc(planGoals.seq));
    const measures = await tx.select().from(planMeasures).where(eq(planMeasures.planId, plan.id)).orderBy(asc(planMeasures.seq));
    const participants = await tx.select().from(planParticipants).where(eq(planParticipants.planId, plan.id)).orderBy(asc(planParticipants.seq));
    plansOut.push({
      status: plan.status, reviewIntervalDays: plan.reviewIntervalDays, nextReviewDate: plan.nextReviewDate, createdAt: iso(plan.createdAt), createdBy: us(plan.createdBy),
      goals: goals.map((g) => ({ text: g.text, status: g.status })),
      measures: measures.map((m) => ({ description: m.description, responsibleUnit: m.responsibleUnitId ? un(m.responsibleUnitId) : null, responsiblePersonName: m.responsiblePersonName, startDate: m.startDate, deadline: m.deadline, status: m.status })),
      participants: participants.map((pp) => ({ kind: pp.kind, name: pp.name, role: pp.role, username: pp.userId ? us(pp.userId) : null, consentGivenAt: iso(pp.consentGivenAt), consentWithdrawnAt: pp.consentWithdrawnAt ? iso(pp.consentWithdrawnAt) : null })),
    });
  }
  const meetingsOut = [];
  for (const m of ms) {
    const participants = await tx.select().from(meetingParticipants).where(eq(meetingParticipants.meetingId, m.id));
    const [minutes] = await tx.select().from(meetingMinutes).where(eq(meetingMinutes.meetingId, m.id));
    meetingsOut.push({
      purpose: m.purpose, scheduledAt: iso(m.scheduledAt), location: m.location, organiser: us(m.organiserId), status: m.status,
      participants: participants.map((pp) => ({ name: pp.name, role: pp.role, username: pp.userId ? us(pp.userId) : null, attended: pp.attended })),
      minutes: minutes ? { agenda: minutes.agenda, personView: minutes.personView, decisions: minutes.decisions, recordedAt: iso(minutes.recordedAt), recordedBy: us(minutes.recordedBy) } : null,
    });
  }
  return {
    ref: p.id,
    nationalId: p.nationalId,
    givenName: p.givenName,
    familyName: p.familyName,
    phone: p.phone,
    address: p.address,
    hasBankId: p.hasBankId,
    units: [...new Set(relations.map((r) => un(r.unitId)))],
    team: team.map((t) => ({ username: us(t.userId), teamRole: t.teamRole, from: iso(t.validFrom) })),
    henvendelser: hs.map((h) => ({ unit: un(h.unitId), source: h.source, channel: h.channel, receivedAt: iso(h.receivedAt), content: h.content, firstContactDue: h.firstContactDue, firstContactAt: h.firstContactAt ? iso(h.firstContactAt) : null, triage: h.triage, createdBy: us(h.createdBy) })),
    kartlegginger: ks.map((k) => ({
      ref: k.id, unit: un(k.unitId), occasion: k.occasion, status: k.status, meetingDate: k.meetingDate, meetingParticipants: k.meetingParticipants, whatMatters: k.whatMatters, relatives: k.relatives, missingDomainsReason: k.missingDomainsReason, reofferDate: k.reofferDate,
      completedAt: k.completedAt ? iso(k.completedAt) : null, completedBy: k.completedBy ? us(k.completedBy) : null, createdBy: us(k.createdBy),
      domains: ds.filter((d) => d.kartleggingId === k.id).map((d) => ({ domain: d.domain as PersonRecord['kartlegginger'][number]['domains'][number]['domain'], status: d.status, evidenceKind: d.evidenceKind, evidence: d.evidence, ...(d.aspects ? { aspects: d.aspects } : {}) })),
      instruments: rs.filter((r) => r.kartleggingId === k.id).map((r) => ({ instrumentId: r.instrumentId, version: r.version, answers: r.answers, administeredAt: iso(r.administeredAt), administeredBy: us(r.administeredBy) })),
    })),
    vedtak: vs.map(({ v, code }) => ({
      ref: v.id, unit: un(v.unitId), kartleggingRef: v.kartleggingId, serviceCode: code, legalBasis: v.legalBasis, scope: v.scope, startDate: v.startDate, endDate: v.endDate, evaluationDate: v.evaluationDate, evaluationResponsible: v.evaluationResponsibleId ? us(v.evaluationResponsibleId) : null,
      participation: v.participation, appealInfo: v.appealInfo, reasoning: v.reasoning, status: v.status, decidedAt: iso(v.finalizedAt ?? v.createdAt), decidedBy: us(v.finalizedBy ?? v.createdBy),
      claims: claims.filter((c) => c.source === 'vedtak' && c.vedtakId === v.id).map(claim),
    })),
    ipInformation: ips.map((ip) => ({ unit: un(ip.unitId), informedOn: ip.informedOn, informedBy: us(ip.informedBy), context: ip.context, methods: ip.methods as ('conversation' | 'letter' | 'leaflet')[], needsBasis: ip.needsBasis, answer: ip.answer, declineReason: ip.declineReason, reaskDate: ip.reaskDate })),
    individualPlans: plansOut,
    coordinatorRequests: crs.map((r) => ({ reason: r.reason, receivedVia: r.receivedVia, requestedAt: iso(r.requestedAt) })),
    teamMeetings: meetingsOut,
    crisisPlans: cps.map((c) => ({ preparedOn: c.preparedOn, preparedWithPerson: c.preparedWithPerson, stablePhase: c.stablePhase, warningSigns: c.warningSigns, triggers: c.triggers, whatHelps: c.whatHelps, whatToAvoid: c.whatToAvoid, medication: c.medication, contacts: c.contacts, personsWishes: c.personsWishes, reviewDate: c.reviewDate, createdBy: us(c.createdBy) })),
    notes: ns
      .filter((n) => maySeeNote(scope.actor, { classification: n.classification, authorUnitId: n.authorUnitId }, consentedUnits))
      .map((n) => ({ ref: n.id, unit: un(n.authorUnitId), author: us(n.authorId), classification: n.classification, title: n.title, body: n.body, writtenAt: iso(n.createdAt), claims: claims.filter((c) => c.source === 'journal-note' && c.noteId === n.id).map(claim) })),
    userCard: claims.filter((c) => c.source === 'user-card').map(claim),
  };
}
