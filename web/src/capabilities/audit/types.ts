// The audit API's shapes, as the web app reads them (server/src/capabilities/audit/schemas.ts).
export type CellValue = 'Ja' | 'Delvis' | 'Nei';

export interface SampleSummary {
  id: string;
  title: string;
  criteria: { from: string; to: string; serviceCodes: string[] };
  seed: string;
  size: number;
  candidateCount: number;
  caseCount: number;
  drawnAt: string;
  drawnByName: string;
}

export interface SampleDetail extends SampleSummary {
  cases: { nr: string; personId: string; name: string }[];
  grants: { id: string; auditorName: string; validFrom: string; validTo: string; revokedAt: string | null; cases: number }[];
}

export interface Report {
  sample: SampleSummary;
  generatedAt: string;
  cases: { nr: string; personId: string; name: string }[];
  tables: { id: string; title: string; source: string; columns: string[]; rows: { nr: string; personId: string; cells: { value: CellValue; footnote: number | null }[] }[]; totals: Record<CellValue, number>[] }[];
  footnotes: { n: number; table: string; nr: string; column: string; value: CellValue; text: string; evidence: { kind: string; text: string }[] }[];
}

export interface AuditCase {
  nr: string;
  person: { id: string; name: string; birthDate: string };
  validTo: string;
  kartlegginger: { id: string; occasion: string; status: string; meetingDate: string | null; whatMatters: string | null; domains: { domain: string; status: string; evidence: string }[] }[];
  instruments: { id: string; instrumentId: string; status: string; administeredOn: string }[];
  vedtak: { id: string; serviceName: string; startDate: string; status: string; participation: string; hasPlaceholders: boolean }[];
  ipInformation: { id: string; informedOn: string; context: string | null; answer: string }[];
  plans: { id: string; status: string; createdOn: string; goals: number; activeParticipants: number; nextReviewDate: string }[];
  claims: { kind: string; source: string; sourceTitle: string | null; statedOn: string; text: string }[];
  notes: { id: string; title: string; body: string; createdAt: string }[];
  hiddenRestrictedCount: number;
}

export interface SelfAssessment {
  from: string;
  to: string;
  personsInScope: number;
  themes: { id: string; question: string; source: string; figures: { label: string; numerator: number; denominator: number; percent: number | null }[]; comment: string }[];
  updatedAt: string | null;
  updatedByName: string | null;
}
