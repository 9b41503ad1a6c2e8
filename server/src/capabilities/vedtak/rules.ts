// Pure rules for vedtak: dates, template placeholders, what must be in place before a decision is
// final, and when the evaluation falls due.
import { addDays, type LocalDate } from '../../platform/calendar/index.js';

export const vedtakSources = {
  decisionRequired: 'Helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 og § 2-1 (forvaltningsloven gjelder); enkeltvedtak for tjenester som varer mer enn to uker',
  assessmentFirst: 'Forvaltningsloven § 17 (saken skal være så godt opplyst som mulig); ROP-retningslinjen kap. 4 (kartlegging før tiltak)',
  appeal: 'Forvaltningsloven §§ 27 og 28; pasient- og brukerrettighetsloven § 7-2',
  evaluation: 'Forskrift om ledelse og kvalitetsforbedring i helse- og omsorgstjenesten § 8 (evaluere); Sarpsborg-revisjonen 2025: vedtak evalueres på evalueringsdato',
} as const;

export const defaultAppealInfo =
  'Du kan klage på vedtaket. Klagen sendes til kommunen innen tre uker fra du mottok vedtaket (forvaltningsloven § 29, pasient- og brukerrettighetsloven § 7-2). ' +
  'Hvis kommunen ikke gir deg medhold, sendes klagen til Statsforvalteren. Du har rett til å se dokumentene i saken (forvaltningsloven § 18).';

/** Template leftovers that must never stand in a final decision: «(sett dato)», «(sett inn navn)», «(navn på tjenestested)», «(om tildeling IP)», «[…]», «XX». */
const placeholderPatterns = [/\((?:sett|skriv|fyll|velg|navn på|om tildeling|dato)[^)]*\)/i, /\[[^\]]*\]/, /<<[^>]*>>/, /\bX{2,}\b/];

const globalPatterns = placeholderPatterns.map((pattern) => new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`));

export function findPlaceholders(text: string): string[] {
  const found: string[] = [];
  for (const pattern of globalPatterns) for (const match of text.matchAll(pattern)) found.push(match[0]);
  return found;
}

export interface VedtakDates {
  startDate: string;
  endDate: string | null;
  /** Null only on imported historical decisions. */
  evaluationDate: string | null;
}

export function dateProblems(d: VedtakDates): { path: string; detail: string }[] {
  const problems: { path: string; detail: string }[] = [];
  if (d.endDate && d.endDate <= d.startDate) problems.push({ path: 'body/endDate', detail: 'Sluttdato må være etter startdato' });
  if (d.evaluationDate && d.evaluationDate < d.startDate) problems.push({ path: 'body/evaluationDate', detail: 'Evalueringsdato kan ikke være før startdato' });
  if (d.endDate && d.evaluationDate && d.evaluationDate > d.endDate) problems.push({ path: 'body/evaluationDate', detail: 'Evalueringsdato må være før eller på sluttdato' });
  return problems;
}

/** The evaluation task appears 4 weeks before the evaluation date or the end date, whichever is first. */
export function evaluationTaskDate(d: VedtakDates): LocalDate | null {
  const anchor = d.endDate && (!d.evaluationDate || d.endDate < d.evaluationDate) ? d.endDate : d.evaluationDate;
  if (!anchor) return null;
  return addDays(anchor as LocalDate, -28);
}

export interface FinalizeFacts {
  texts: Record<string, string | null>;
  assessment: { status: 'in-progress' | 'completed' | 'declined'; meetingDate: string | null; uncovered: string[]; missingDomainsReason: string | null } | null;
  vedtakMissingDomainsReason: string | null;
}

export function finalizeProblems(f: FinalizeFacts): { path: string; detail: string }[] {
  const problems: { path: string; detail: string }[] = [];
  for (const [field, value] of Object.entries(f.texts)) {
    const placeholders = value ? findPlaceholders(value) : [];
    if (placeholders.length) problems.push({ path: field, detail: `Fjern plassholdertekst før vedtaket fattes: ${placeholders.join(', ')}` });
  }
  if (!f.assessment) {
    problems.push({ path: 'kartleggingId', detail: 'Vedtaket mangler kartlegging. Ingen vedtak uten dokumentert kartlegging og samtale med personen.' });
  } else {
    if (f.assessment.status !== 'completed') problems.push({ path: 'kartleggingId', detail: 'Kartleggingen er ikke fullført.' });
    if (!f.assessment.meetingDate) problems.push({ path: 'kartleggingId', detail: 'Kartleggingen mangler dokumentert samtale med personen.' });
    const reason = f.vedtakMissingDomainsReason?.trim() || f.assessment.missingDomainsReason?.trim();
    if (f.assessment.uncovered.length && !reason) {
      problems.push({ path: 'missingDomainsReason', detail: `Kartleggingen dekker ikke: ${f.assessment.uncovered.join(', ')}. Oppgi hvorfor vedtaket likevel kan fattes.` });
    }
  }
  return problems;
}
