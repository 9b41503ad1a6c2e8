// Reads one case's records into the facts the sample report's rules take. The caller has already
// decided and logged the access (requirePerson with purpose 'audit', or internal control's read).
import { asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.js';
import { notes } from '../../platform/db/schema.js';
import { instrumentResults, kartleggingDomains, kartlegginger } from '../assessment/index.js';
import { serviceCatalogue, vedtak, findPlaceholders } from '../vedtak/index.js';
import { individualPlans, ipInformation, planGoals, planParticipants } from '../plans/index.js';
import { recordClaims } from '../notes/index.js';
import type { CaseFacts } from './rules.js';

const day = (d: Date) => d.toISOString().slice(0, 10);

export async function loadCaseFacts(tx: Tx, personId: string): Promise<CaseFacts> {
  const ks = await tx.select().from(kartlegginger).where(eq(kartlegginger.personId, personId)).orderBy(asc(kartlegginger.occasion));
  const ds = ks.length ? await tx.select().from(kartleggingDomains).where(inArray(kartleggingDomains.kartleggingId, ks.map((k) => k.id))) : [];
  const rs = await tx.select().from(instrumentResults).where(eq(instrumentResults.personId, personId));
  const claims = await tx.select({ c: recordClaims, noteTitle: notes.title }).from(recordClaims).leftJoin(notes, eq(notes.id, recordClaims.noteId)).where(eq(recordClaims.personId, personId)).orderBy(asc(recordClaims.statedOn));
  const vs = await tx.select({ v: vedtak, serviceName: serviceCatalogue.name }).from(vedtak).innerJoin(serviceCatalogue, eq(serviceCatalogue.id, vedtak.serviceId)).where(eq(vedtak.personId, personId)).orderBy(asc(vedtak.startDate));
  const serviceOf = new Map(vs.map(({ v, serviceName }) => [v.id, serviceName]));
  const ips = await tx.select().from(ipInformation).where(eq(ipInformation.personId, personId));
  const plans = await tx.select().from(individualPlans).where(eq(individualPlans.personId, personId));
  const planFacts = [];
  for (const plan of plans) {
    const goals = await tx.select({ id: planGoals.id }).from(planGoals).where(eq(planGoals.planId, plan.id));
    const participants = await tx.select({ withdrawn: planParticipants.consentWithdrawnAt }).from(planParticipants).where(eq(planParticipants.planId, plan.id));
    planFacts.push({ id: plan.id, status: plan.status, createdOn: day(plan.createdAt), goals: goals.length, activeParticipants: participants.filter((p) => !p.withdrawn).length, nextReviewDate: plan.nextReviewDate });
  }
  return {
    personId,
    kartlegginger: ks.map((k) => ({
      id: k.id, occasion: k.occasion, status: k.status, meetingDate: k.meetingDate, whatMatters: k.whatMatters,
      relatives: k.relatives ? { hasRelatives: k.relatives.hasRelatives, ownNeedsMapped: k.relatives.ownNeedsMapped, childrenOrMinorSiblingsAffected: k.relatives.childrenOrMinorSiblingsAffected } : null,
      domains: ds.filter((d) => d.kartleggingId === k.id).map((d) => ({ domain: d.domain, status: d.status, evidence: d.evidence })),
    })),
    instruments: rs.map((r) => ({ id: r.id, kartleggingId: r.kartleggingId, instrumentId: r.instrumentId, status: r.status, administeredOn: day(r.administeredAt) })),
    claims: claims.map(({ c, noteTitle }) => ({
      kind: c.kind, source: c.source, sourceId: c.noteId ?? c.vedtakId, sourceTitle: c.source === 'journal-note' ? noteTitle : c.vedtakId ? (serviceOf.get(c.vedtakId) ?? null) : null, statedOn: c.statedOn, text: c.text,
    })),
    ipInformation: ips.map((ip) => ({ id: ip.id, informedOn: ip.informedOn, context: ip.context, answer: ip.answer })),
    plans: planFacts,
    vedtak: vs.map(({ v, serviceName }) => ({
      id: v.id, serviceName, startDate: v.startDate, status: v.status, participation: v.participation,
      hasPlaceholders: [v.scope, v.reasoning, v.participation, v.legalBasis, v.appealInfo].some((t) => findPlaceholders(t).length > 0),
    })),
  };
}
