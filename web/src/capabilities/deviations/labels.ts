// Norwegian labels for avvik categories, severities, statuses, trends and events.
import type { Category, Deviation, Severity, Status, Statistics } from './types.js';

export const categoryLabels: Record<Category, string> = {
  medication: 'Legemiddelhåndtering',
  'threats-violence': 'Trusler og vold (HMS)',
  'cooperation-units': 'Samarbeid mellom enheter',
  'cooperation-specialist': 'Samarbeid med spesialisthelsetjenesten',
  documentation: 'Dokumentasjon',
  'information-security': 'Informasjonssikkerhet',
  other: 'Annet',
};

export const severityOptions: { value: Severity; label: string; description: string }[] = [
  { value: 'minor', label: 'Liten', description: 'Ingen eller liten skade, lett å rette opp.' },
  { value: 'moderate', label: 'Middels', description: 'Kunne gitt skade, eller rammet samarbeidet.' },
  { value: 'serious', label: 'Alvorlig', description: 'Skade eller fare for skade. Går også til kommunedirektøren.' },
  { value: 'critical', label: 'Svært alvorlig', description: 'Død eller svært alvorlig skade. Går også til kommunedirektøren.' },
];

export const statusColor: Record<Status, 'neutral' | 'info' | 'warning' | 'success'> = {
  registered: 'warning',
  'in-handling': 'info',
  measures: 'info',
  'feedback-given': 'info',
  closed: 'success',
};

export const severityColor: Record<Severity, 'neutral' | 'warning' | 'danger'> = { minor: 'neutral', moderate: 'neutral', serious: 'danger', critical: 'danger' };

export const trendLabels: Record<Statistics['perCategory'][number]['trend'], string> = {
  rising: 'Økende',
  falling: 'Synkende',
  stable: 'Stabil',
  'too-few': 'For få avvik til å si noe',
};

export const eventLabels: Record<Deviation['events'][number]['kind'], string> = {
  reported: 'Meldt',
  routed: 'Sendt til behandling',
  rerouted: 'Sendt til en annen enhet',
  escalated: 'Sendt til kommunedirektøren',
  assessed: 'Vurdert',
  'measure-added': 'Tiltak lagt inn',
  'measure-done': 'Tiltak utført',
  feedback: 'Tilbakemelding gitt',
  forwarded: 'Sendt til samarbeidspartner',
  'partner-reminder': 'Påminnelse: svar fra samarbeidspartner mangler',
  'partner-answer': 'Svar fra samarbeidspartner registrert',
  closed: 'Lukket',
};

export const relationLabels: Record<Deviation['myRelations'][number], string> = {
  reporter: 'Du meldte avviket',
  'reporting-unit-leader': 'Du leder den meldende enheten',
  handler: 'Du behandler avviket',
  'concerned-unit-leader': 'Du leder enheten avviket gjelder',
  'measure-owner': 'Du eier et tiltak',
  oversight: 'Du har oversikt over alle avvik',
};
