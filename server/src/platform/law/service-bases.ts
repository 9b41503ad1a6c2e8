// The legal bases a service in the catalogue can rest on, and the appeal route each one gives. A vedtak
// names its bases from this list (never as text), and its letter's appeal section follows from them.
import { cite, type Language } from './cite.js';

export type AppealRouteId = 'helse-og-omsorg' | 'sosialtjenester' | 'kommunal-klagenemnd' | 'boligsosial';

export interface AppealRoute {
  /** Who decides the appeal, in bokmål and nynorsk. */
  body: Record<Language, string>;
  deadlineWeeks: 3 | 4;
  /** The provisions behind the right to appeal, the appeal body and the deadline; and the form. */
  provisions: (language: Language) => { right: string; deadline: string; form: string };
}

export const appealRoutes: Record<AppealRouteId, AppealRoute> = {
  'helse-og-omsorg': {
    body: { nb: 'Statsforvalteren', nn: 'Statsforvaltaren' },
    deadlineWeeks: 4,
    provisions: (l) => ({ right: cite('pbrl', '§ 7-2', undefined, l), deadline: cite('pbrl', '§ 7-5', undefined, l), form: cite('pbrl', '§ 7-3', undefined, l) }),
  },
  sosialtjenester: {
    body: { nb: 'Statsforvalteren', nn: 'Statsforvaltaren' },
    deadlineWeeks: 3,
    provisions: (l) => ({ right: cite('sotjl', '§ 48', undefined, l), deadline: cite('fvl', '§ 29', undefined, l), form: cite('fvl', '§ 32', undefined, l) }),
  },
  'kommunal-klagenemnd': {
    body: { nb: 'kommunens klagenemnd', nn: 'klagenemnda i kommunen' },
    deadlineWeeks: 3,
    provisions: (l) => ({ right: cite('fvl', '§ 28', 'andre ledd', l), deadline: cite('fvl', '§ 29', undefined, l), form: cite('fvl', '§ 32', undefined, l) }),
  },
  boligsosial: {
    body: { nb: 'Statsforvalteren', nn: 'Statsforvaltaren' },
    deadlineWeeks: 3,
    provisions: (l) => ({ right: cite('boligsosialloven', '§ 6', undefined, l), deadline: cite('fvl', '§ 29', undefined, l), form: cite('fvl', '§ 32', undefined, l) }),
  },
};

export interface ServiceBasis {
  /** What the provision grants, in Norwegian. */
  label: string;
  citation: (language: Language) => string;
  appeal: AppealRouteId;
}

const hol6 = (letter: string) => (l: Language) => cite('hol', '§ 3-2', `første ledd nr. 6 bokstav ${letter}`, l);

export const serviceBases = {
  'hol-3-2-6a': { label: 'Helsetjenester i hjemmet', citation: hol6('a'), appeal: 'helse-og-omsorg' },
  'hol-3-2-6b': { label: 'Personlig assistanse, herunder praktisk bistand og opplæring og støttekontakt', citation: hol6('b'), appeal: 'helse-og-omsorg' },
  'hol-3-2-6c': { label: 'Plass i institusjon, herunder sykehjem', citation: hol6('c'), appeal: 'helse-og-omsorg' },
  'hol-3-2-6d': { label: 'Avlastningstiltak', citation: hol6('d'), appeal: 'helse-og-omsorg' },
  'hol-3-6': { label: 'Pårørendestøtte: opplæring og veiledning, avlastning og omsorgsstønad', citation: (l) => cite('hol', '§ 3-6', undefined, l), appeal: 'helse-og-omsorg' },
  'hol-3-8': { label: 'Brukerstyrt personlig assistanse (BPA)', citation: (l) => cite('hol', '§ 3-8', undefined, l), appeal: 'helse-og-omsorg' },
  'sotjl-17': { label: 'Opplysning, råd og veiledning', citation: (l) => cite('sotjl', '§ 17', undefined, l), appeal: 'sosialtjenester' },
  'sotjl-18': { label: 'Stønad til livsopphold', citation: (l) => cite('sotjl', '§ 18', undefined, l), appeal: 'sosialtjenester' },
  'sotjl-27': { label: 'Midlertidig botilbud', citation: (l) => cite('sotjl', '§ 27', undefined, l), appeal: 'sosialtjenester' },
  'boligsosial-6': { label: 'Individuell bistand til å skaffe og beholde bolig', citation: (l) => cite('boligsosialloven', '§ 6', undefined, l), appeal: 'boligsosial' },
  'kommunal-bolig': { label: 'Tildeling av kommunal utleiebolig etter kommunens tildelingsregler', citation: (l) => `${cite('kommunens-rutine', 'tildeling av kommunal bolig', undefined, l)}, jf. ${cite('fvl', '§ 28', 'andre ledd', l)}`, appeal: 'kommunal-klagenemnd' },
} as const satisfies Record<string, ServiceBasis>;

export type ServiceBasisId = keyof typeof serviceBases;
export const serviceBasisIds = Object.keys(serviceBases) as [ServiceBasisId, ...ServiceBasisId[]];

/** «helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav a og b»-style text for a vedtak's bases. */
export function basesCitation(ids: readonly ServiceBasisId[], language: Language = 'nb'): string {
  // The letters of § 3-2 første ledd nr. 6 are one provision: «… nr. 6 bokstav a og b».
  const letters = ids.filter((id) => id.startsWith('hol-3-2-6')).map((id) => id.slice(-1)).sort();
  const others = ids.filter((id) => !id.startsWith('hol-3-2-6'));
  const joinedLetters = letters.length > 1 ? `${letters.slice(0, -1).join(', ')} og ${letters.at(-1)}` : letters[0];
  const texts = [...(joinedLetters ? [hol6(joinedLetters)(language)] : []), ...others.map((id) => serviceBases[id].citation(language))];
  return texts.length > 1 ? `${texts.slice(0, -1).join(', ')} og ${texts.at(-1)}` : (texts[0] ?? '');
}

/** The one appeal route of a set of bases, or null when they lead to different appeal bodies. */
export function appealRouteOf(ids: readonly ServiceBasisId[]): AppealRouteId | null {
  const routes = new Set(ids.map((id) => serviceBases[id].appeal));
  return routes.size === 1 ? [...routes][0]! : null;
}
