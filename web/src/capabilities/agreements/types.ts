// Shapes of the agreements API (server/src/capabilities/agreements/schemas.ts).
export interface Arena {
  year: number;
  required: number;
  held: number;
  ratio: number | null;
  dueSoFar: number;
  lastMeeting: string | null;
  lapsed: boolean;
  lapsedDetail: string | null;
}
export interface AgreementSummary {
  id: string;
  title: string;
  purpose: string;
  meetingsPerYear: number;
  validFrom: string;
  validTo: string | null;
  inForce: boolean;
  owner: { id: string; displayName: string };
  parties: { party: 'unit' | 'partner'; id: string; name: string; active: boolean }[];
  arena: Arena;
  closedParties: string[];
}
export interface AgreementList {
  year: number;
  items: AgreementSummary[];
  lapsedCount: number;
  sources: Record<string, string>;
}
export interface AgreementView extends AgreementSummary {
  meetings: { id: string; heldOn: string; minutes: string; recordedBy: string; recordedAt: string }[];
  sources: Record<string, string>;
}
export interface NoticeList {
  items: { id: string; unit: { id: string; name: string }; change: string; agreement: { id: string; title: string } | null; detail: string; createdAt: string; readAt: string | null }[];
  source: string;
}
