// Norwegian labels for kartlegging: statuses, evidence kinds, and the core domains with their aspects
// (shared with the server, which validates the same ids).
import { aspectLabels, assessmentDomains, domainIds, type AssessmentDomain } from '../../../../server/src/capabilities/assessment/domains.js';
import type { Kartlegging } from '../../platform/api-types.js';

export { aspectLabels, assessmentDomains, domainIds, type AssessmentDomain };

export type DomainStatus = 'covered' | 'partly' | 'not-covered';
export type EvidenceKind = 'form' | 'instrument' | 'journal-note';

export const domainStatusLabels: Record<DomainStatus, string> = { covered: 'Dekket', partly: 'Delvis dekket', 'not-covered': 'Ikke dekket' };
export const coverageLabels: Record<DomainStatus | 'missing', string> = { ...domainStatusLabels, missing: 'Ikke registrert' };
export const coverageColors = { covered: 'success', partly: 'warning', 'not-covered': 'danger', missing: 'neutral' } as const;

export const statusOptions = (Object.keys(domainStatusLabels) as DomainStatus[]).map((value) => ({ value, label: domainStatusLabels[value] }));

export const evidenceKindLabels: Record<EvidenceKind, string> = { form: 'Skjema', instrument: 'Standardisert instrument', 'journal-note': 'Journalnotat' };
export const evidenceOptions = (Object.keys(evidenceKindLabels) as EvidenceKind[]).map((value) => ({ value, label: evidenceKindLabels[value] }));

export const kartleggingStatus: Record<Kartlegging['status'], { text: string; color: 'info' | 'success' | 'warning' }> = {
  'in-progress': { text: 'Pågår', color: 'info' },
  completed: { text: 'Fullført', color: 'success' },
  declined: { text: 'Personen takket nei', color: 'warning' },
};

export const domainLabel = (id: string): string => assessmentDomains[id as AssessmentDomain]?.label ?? id;
export const aspectsOf = (id: string): readonly string[] => assessmentDomains[id as AssessmentDomain]?.aspects ?? [];

/** Where a completion problem is fixed in the editor (its field id), by the problem's path. */
export const completionTargets: Record<string, string> = {
  meetingDate: 'meeting-meetingDate',
  whatMatters: 'meeting-whatMatters',
  relatives: 'relatives-hasRelatives',
  missingDomainsReason: 'complete-missingDomainsReason',
};
