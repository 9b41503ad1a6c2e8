// The compliance API's shapes, as the web app reads them.
export type ComplianceStatus = 'met' | 'partly' | 'not-met' | 'not-applicable';
export interface CheckSource {
  law: string;
  section: string;
  url?: string;
}
export interface CheckDefinition {
  id: string;
  theme: string;
  text: string;
  source: CheckSource;
  appliesTo: string;
}
export interface PersonCompliance {
  today: string;
  items: { check: CheckDefinition; status: ComplianceStatus; detail: string; evidence: { record: string; id: string; field: string }[] }[];
}
export interface Finding {
  personId: string;
  personName: string;
  checkId: string;
  text: string;
  source: CheckSource;
  status: Exclude<ComplianceStatus, 'not-applicable'>;
  detail: string;
  unitName: string | null;
  evaluatedAt: string;
}
interface Counts {
  met: number;
  partly: number;
  notMet: number;
  percentMet: number | null;
}
export interface Dashboard {
  unit: { id: string; name: string } | null;
  evaluatedAt: string | null;
  totals: Counts & { applicable: number };
  items: (Counts & { checkId: string; theme: string; text: string; source: CheckSource; applicable: number })[];
  trend: (Counts & { month: string })[];
}
export interface Cases {
  check: CheckDefinition;
  status: Exclude<ComplianceStatus, 'not-applicable'>;
  unit: { id: string; name: string } | null;
  total: number;
  hiddenCount: number;
  items: { personId: string; personName: string; detail: string; unitName: string | null; evaluatedAt: string }[];
}

export const statusLabels: Record<ComplianceStatus, string> = { met: 'Oppfylt', partly: 'Delvis oppfylt', 'not-met': 'Ikke oppfylt', 'not-applicable': 'Ikke aktuelt' };
export const statusColors: Record<ComplianceStatus, 'success' | 'warning' | 'danger' | 'neutral'> = { met: 'success', partly: 'warning', 'not-met': 'danger', 'not-applicable': 'neutral' };

export function sourceText(source: CheckSource): string {
  return `${source.law}, ${source.section}`;
}

export function percentText(value: number | null): string {
  return value === null ? '–' : `${value.toLocaleString('nb-NO', { maximumFractionDigits: 1 })} %`;
}
