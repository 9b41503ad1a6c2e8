// The person's housing as the API returns it (GET /api/persons/:personId/housing).
import type { CheckResultView } from './ChecksList.js';
import type { applicationKindText, applicationStatusText, StayLevel } from './labels.js';

export interface StayView {
  id: string;
  personId: string;
  place: string;
  startDate: string;
  endDate: string | null;
  unitName: string | null;
  permanentPlan: string | null;
  exceptionReason: string | null;
  exceptionByName: string | null;
  days: number;
  level: StayLevel;
  warningOn: string;
  findingOn: string;
}

export type ApplicationKind = keyof typeof applicationKindText;
export type ApplicationStatus = keyof typeof applicationStatusText;

export interface ApplicationView {
  id: string;
  kind: ApplicationKind;
  appliedOn: string;
  status: ApplicationStatus;
  waitingPosition: number | null;
  decidedOn: string | null;
  reason: string | null;
}

export interface EvictionView {
  id: string;
  kind: 'risk' | 'eviction';
  occurredOn: string;
  cause: string;
  resolvedOn: string | null;
}

export interface PlanView {
  id: string;
  unitId: string;
  unitName: string;
  goals: string;
  visitIntervalDays: number;
  startDate: string;
  endDate: string | null;
  nextVisitDue: string;
  visitOverdue: boolean;
  visits: { id: string; visitedOn: string; note: string; visitedByName: string }[];
}

export interface HousingView {
  today: string;
  current: { status: string; label: string; fromDate: string } | null;
  history: { id: string; label: string; fromDate: string; note: string | null; recordedByName: string }[];
  applications: ApplicationView[];
  stays: StayView[];
  evictions: EvictionView[];
  plans: PlanView[];
  checks: CheckResultView[];
}

/** What every housing form gets: a success message for the section, and cancel. */
export interface FormProps {
  onSaved(message: string): void;
  onCancel(): void;
}
