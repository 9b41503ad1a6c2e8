// Shapes of the user-involvement API (server/src/capabilities/involvement/schemas.ts).
export type ScaleId = 'agree-5' | 'satisfied-5' | 'smiley-3' | 'yes-no';
export const scaleLabels: Record<ScaleId, string> = { 'agree-5': 'Enig–uenig (5 trinn)', 'satisfied-5': 'Fornøyd–misfornøyd (5 trinn)', 'smiley-3': 'Dårlig–middels–bra (3 trinn)', 'yes-no': 'Ja/nei' };
export interface UnitRef {
  id: string;
  name: string;
}
export interface Question {
  id: string;
  text: string;
  scale: ScaleId;
  options: { value: number; label: string }[];
}
export interface SurveySummary {
  id: string;
  title: string;
  status: 'draft' | 'open' | 'closed';
  responseCount: number;
  openedAt: string | null;
  closedAt: string | null;
  linkActive: boolean;
}
export interface SurveyView extends SurveySummary {
  intro: string | null;
  units: UnitRef[];
  groups: string[];
  questions: Question[];
  channels: string[];
}
export interface PublicSurvey {
  title: string;
  intro: string | null;
  units: UnitRef[];
  groups: string[];
  questions: Question[];
  anonymity: string;
}
export interface Cell {
  unit: UnitRef | null;
  group: string | null;
  suppressed: boolean;
  n: number | null;
  mean: number | null;
  distribution: { value: number; label: string; count: number }[] | null;
  detail?: string;
}
export interface Results {
  surveyId: string;
  title: string;
  by: 'none' | 'unit' | 'group' | 'unit-group';
  minCellSize: number;
  responseCount: number | null;
  questions: (Question & { cells: Cell[] })[];
  sources: Record<string, string>;
}
export interface CouncilInput {
  id: string;
  topic: string;
  text: string;
  unit: UnitRef | null;
  status: 'received' | 'in-progress' | 'done' | 'rejected';
  followUp: string | null;
  followedUpBy: string | null;
  followedUpAt: string | null;
  overdue: boolean;
}
export interface Council {
  year: number;
  meetingsHeld: number;
  meetingsRequired: number;
  meetingsMet: boolean;
  openInputs: number;
  overdueInputs: number;
  meetings: { id: string; heldOn: string; agenda: string; minutes: string; recordedBy: string; inputs: CouncilInput[] }[];
  sources: Record<string, string>;
}
export interface PeerWorkers {
  items: { id: string; name: string; unit: UnitRef; role: string; startedOn: string; endedOn: string | null; active: boolean }[];
  perUnit: (UnitRef & { active: number })[];
  source: string;
}
export const statusLabels = { draft: 'Utkast', open: 'Åpen', closed: 'Avsluttet' } as const;
export const inputStatusLabels = { received: 'Mottatt', 'in-progress': 'Under arbeid', done: 'Gjennomført', rejected: 'Ikke fulgt opp' } as const;
