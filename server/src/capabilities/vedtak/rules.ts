// Pure rules for vedtak: dates, template placeholders, what must be in place before a decision is
// final, and when the evaluation falls due.
import { addDays, type LocalDate } from '../../platform/calendar/index.js';
import { appealRouteOf, basesCitation, cite, sec, serviceBases, upperFirst, type ServiceBasisId } from '../../platform/law/index.js';
import { appealText } from './appeal.js';

export const vedtakSources = {
  decisionRequired: upperFirst(`${cite('pbrl', '§ 2-7')}: tjenester etter ${cite('hol', '§ 3-2', 'første ledd nr. 6')}, ${sec('hol', '§ 3-6')} og ${sec('hol', '§ 3-8')} som skal vare mer enn to uker, tildeles ved enkeltvedtak`),
  assessmentFirst: upperFirst(`${cite('fvl', '§ 17')} (saken skal være så godt opplyst som mulig); ${cite('rop-retningslinje', 'kap. 4')} (kartlegging før tiltak)`),
  appeal: upperFirst(`${cite('fvl', '§ 27')} (underretning med klagerett, klagefrist, klageinstans og innsynsrett); klageordningen følger hjemmelen: ${cite('pbrl', ['§ 7-2', '§ 7-5'])} for helse- og omsorgstjenester, ${cite('sotjl', '§ 48')} og ${cite('fvl', '§ 29')} for sosiale tjenester`),
  evaluation: upperFirst(`${cite('hol', '§ 4-1')} (forsvarlighet) og ${cite('fvl', '§ 35')} (omgjøring); ${cite('kommunens-rutine', 'evaluering av vedtak')}; ${cite('sarpsborg-2025')}: vedtak evalueres på evalueringsdato`),
} as const;

/** The register ids among `ids`; ids a later release no longer knows are left out, never guessed. */
export function knownBases(ids: readonly string[]): ServiceBasisId[] {
  return ids.filter((id): id is ServiceBasisId => Object.hasOwn(serviceBases, id));
}

/** Problems with the bases chosen for a vedtak of a service whose catalogue entry lists `allowed`. */
export function basisProblems(allowed: readonly ServiceBasisId[], chosen: readonly ServiceBasisId[]): { path: string; detail: string }[] {
  if (!allowed.length) return [{ path: 'body/serviceId', detail: 'Tjenesten har ingen hjemmel i tjenestekatalogen. En administrator må velge hjemmel for tjenesten først.' }];
  const foreign = chosen.filter((id) => !allowed.includes(id));
  if (foreign.length) {
    return [{ path: 'body/legalBasisIds', detail: `${foreign.map((id) => serviceBases[id].citation('nb')).join(' og ')} er ikke hjemmel for denne tjenesten. Velg blant: ${basesCitation(allowed)}.` }];
  }
  if (!appealRouteOf(chosen)) return [{ path: 'body/legalBasisIds', detail: 'Hjemlene har ulik klageordning. Fatt ett vedtak for hver klageordning.' }];
  return [];
}

/** The printed legal basis and appeal section of a vedtak resting on `bases`, in bokmål. */
export function basisTexts(bases: ServiceBasisId[]): { legalBasisIds: ServiceBasisId[]; legalBasis: string; appealInfo: string } {
  const route = appealRouteOf(bases);
  return { legalBasisIds: bases, legalBasis: basesCitation(bases), appealInfo: route ? appealText(route, 'nb') : '' };
}

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
