// Records the access matrix (platform/access/matrix.test.ts) needs for the internal-control routes:
// avvik handled by the matrix unit (one shared, and one per role for the steps that can happen only
// once), procedures that apply to the matrix unit, and a draft responsibility matrix.
import type { Db } from '../platform/db/database.js';
import { deviationFeedback, deviationForwardings, deviationMeasures, deviations } from '../capabilities/deviations/index.js';
import { procedureApprovals, procedureProposals, procedures, procedureVersions } from '../capabilities/procedures/index.js';
import { responsibilityMatrices, responsibilityTasks } from '../capabilities/responsibility/index.js';

export interface InternalControlCells {
  /** Shared avvik concerning the matrix unit, under handling, with a forwarding letter. */
  deviation: string;
  letter: string;
  /** Per role: a measure on the shared avvik, and avvik ready to re-route, close, forward and record an answer on. */
  measure: Record<string, string>;
  reroute: Record<string, string>;
  close: Record<string, string>;
  forward: Record<string, string>;
  answer: Record<string, string>;
  /** An approved procedure (Markdown) and an approved PDF version, applying to the matrix unit. */
  procedure: string;
  version: string;
  pdfVersion: string;
  /** Per role: a procedure with one draft version to approve, and a proposal to triage. */
  draftVersion: Record<string, string>;
  proposal: Record<string, string>;
  matrix: string;
}

export async function seedInternalControlCells(db: Db, o: { tenantId: string; unitId: string; reporterId: string; ownerId: string; measureOwnerId: string; partnerId: string; roles: string[] }): Promise<InternalControlCells> {
  const { tenantId, unitId, reporterId } = o;
  const now = new Date(Date.now() - 3600_000);
  const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
  const avvik = async (values: Partial<typeof deviations.$inferInsert> = {}) => {
    const [row] = await db
      .insert(deviations)
      .values({ tenantId, description: 'Matrisetest av avvik', occurredAt: now, location: 'Matriseenheten', category: 'other', severity: 'minor', reportedBy: reporterId, reportedAt: now, concernedUnitId: unitId, handlingUnitId: unitId, routedAt: now, status: 'in-handling', assessment: 'Vurdert', ...values })
      .returning({ id: deviations.id });
    return row!.id;
  };
  const forwarding = async (deviationId: string) => {
    const [row] = await db.insert(deviationForwardings).values({ tenantId, deviationId, partnerId: o.partnerId, sentAt: new Date(Date.now() - 2 * 86400_000), sentBy: o.ownerId, answerDueDate: '2099-01-01', letterPdf: pdf }).returning({ id: deviationForwardings.id });
    return row!.id;
  };
  const deviation = await avvik();
  const letter = await forwarding(deviation);
  const perRole = async (make: () => Promise<string>) => {
    const result: Record<string, string> = {};
    for (const role of o.roles) result[role] = await make();
    return result;
  };
  const measure = await perRole(async () => {
    const [row] = await db.insert(deviationMeasures).values({ tenantId, deviationId: deviation, description: 'Matrisetiltak', ownerId: o.measureOwnerId, deadline: '2099-01-01', createdBy: o.ownerId, createdAt: now }).returning({ id: deviationMeasures.id });
    return row!.id;
  });
  const reroute = await perRole(() => avvik({ status: 'registered', assessment: null }));
  const close = await perRole(async () => {
    const id = await avvik({ status: 'feedback-given' });
    await db.insert(deviationFeedback).values({ tenantId, deviationId: id, message: 'Tilbakemelding', toReporter: true, toReportingUnit: true, givenBy: o.ownerId, givenAt: now });
    return id;
  });
  const forward = await perRole(() => avvik({ concernedUnitId: null, concernedPartnerId: o.partnerId }));
  const answer = await perRole(async () => {
    const id = await avvik({ concernedUnitId: null, concernedPartnerId: o.partnerId });
    await forwarding(id);
    return id;
  });

  const version = async (procedureId: string, approved: boolean, content: { contentKind: 'markdown' | 'pdf'; markdown?: string; pdf?: Buffer; pdfFileName?: string }) => {
    const [v] = await db
      .insert(procedureVersions)
      .values({ tenantId, procedureId, version: 1, title: 'Matriserutine', processStep: 'general', ...content, unitIds: [unitId], roles: [], validFrom: '2026-01-01', revisionDue: '2099-01-01', changeSummary: 'Første versjon', createdBy: o.ownerId, createdAt: now })
      .returning({ id: procedureVersions.id });
    if (approved) await db.insert(procedureApprovals).values({ tenantId, versionId: v!.id, approvedBy: o.ownerId, approvedAt: now });
    return v!.id;
  };
  const procedure = async () => {
    const [p] = await db.insert(procedures).values({ tenantId, ownerId: o.ownerId, createdBy: o.ownerId, createdAt: now }).returning({ id: procedures.id });
    return p!.id;
  };
  const shared = await procedure();
  const sharedVersion = await version(shared, true, { contentKind: 'markdown', markdown: '# Matriserutine\n\nTekst.' });
  const pdfVersion = await version(await procedure(), true, { contentKind: 'pdf', pdf, pdfFileName: 'matrise.pdf' });
  const draftVersion = await perRole(async () => version(await procedure(), false, { contentKind: 'markdown', markdown: '# Utkast\n\nTekst.' }));
  const proposal = await perRole(async () => {
    const [row] = await db.insert(procedureProposals).values({ tenantId, procedureId: shared, versionId: sharedVersion, text: 'Matriseforslag', proposedBy: reporterId, proposedAt: now }).returning({ id: procedureProposals.id });
    return row!.id;
  });

  const [matrix] = await db.insert(responsibilityMatrices).values({ tenantId, version: 1, title: 'Matrisematrise', createdBy: o.ownerId, createdAt: now, updatedAt: now }).returning({ id: responsibilityMatrices.id });
  await db.insert(responsibilityTasks).values({ tenantId, matrixId: matrix!.id, position: 0, name: 'Matriseoppgave' });
  return { deviation, letter, measure, reroute, close, forward, answer, procedure: shared, version: sharedVersion, pdfVersion, draftVersion, proposal, matrix: matrix!.id };
}
