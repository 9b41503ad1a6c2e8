// The whole-person rules (issue #7 item 9) in the catalogue: each capability exports pure `FactCheck`s
// over its own facts (housing, somatic, nav, relatives, risk, specialist, activities); this thin
// adapter gives each one its theme, scope and rule text and hands it its part of the case snapshot.
// The rule itself (and its legal source) stays in the capability's rules.ts: one definition of a check.
import type { CaseSnapshot, CheckDefinition, CheckTheme, FactCheck, WholePersonFacts } from '../types.js';
import { na } from './util.js';
import { housingChecks } from '../../housing/rules.js';
import { somaticChecks } from '../../somatic/rules.js';
import { navChecks } from '../../nav/rules.js';
import { checks as relativesChecks } from '../../relatives/rules.js';
import { checks as riskChecks } from '../../risk/rules.js';
import { checks as specialistChecks } from '../../specialist/rules.js';
import { checks as activityChecks } from '../../activities/rules.js';
import { cite } from '../../../platform/law/index.js';

type FactsKey = Exclude<keyof WholePersonFacts, 'somaticFollowedUp'>;

interface Wiring {
  appliesTo: string;
  rule: string;
  /** When the check does not concern the person at all (the capability's own check would say not met). */
  skip?: (s: CaseSnapshot) => string | null;
}

function adapt<K extends FactsKey>(theme: CheckTheme, key: K, check: FactCheck<WholePersonFacts[K]>, wiring: Wiring): CheckDefinition {
  return {
    id: check.id,
    theme,
    text: check.text,
    source: check.source,
    appliesTo: wiring.appliesTo,
    rule: wiring.rule,
    evaluate(s, today) {
      const skipped = wiring.skip?.(s);
      return skipped ? na(skipped) : check.evaluate(s.wholePerson[key], today);
    },
  };
}

function byId<F>(list: readonly FactCheck<F>[], id: string): FactCheck<F> {
  const found = list.find((c) => c.id === id);
  if (!found) throw new Error(`Unknown whole-person check ${id}`);
  return found;
}

const notInSomaticFollowUp = (s: CaseSnapshot) => (s.wholePerson.somaticFollowedUp ? null : 'Personen er ikke i somatisk oppfølging.');
const noActiveServices = (s: CaseSnapshot) => (s.activeUnits.length ? null : 'Personen har ingen aktive tjenester.');

export const wholePersonChecks: readonly CheckDefinition[] = [
  adapt('housing', 'housing', byId(housingChecks, 'housing.temporary-stay-limit'), {
    appliesTo: 'Personer med opphold i midlertidig botilbud',
    rule: 'Oppfylt: ingen opphold over 2 måneder, eller dokumentert unntaksgrunn. Delvis: et opphold har vart over 2 måneder. Ikke oppfylt: et opphold har vart over 3 måneder uten dokumentert unntaksgrunn. Ikke aktuelt: ingen opphold.',
  }),
  adapt('housing', 'housing', byId(housingChecks, 'housing.eviction-risk-follow-up'), {
    appliesTo: 'Personer med åpen risiko for utkastelse',
    rule: 'Oppfylt: det finnes en aktiv plan for booppfølging. Ikke oppfylt: ingen aktiv plan. Ikke aktuelt: ingen åpen risiko for utkastelse.',
  }),
  adapt('housing', 'housing', byId(housingChecks, 'housing.home-follow-up-visits'), {
    appliesTo: 'Personer med aktiv plan for booppfølging',
    rule: 'Oppfylt: hjemmebesøkene er i rute. Delvis: noen planer har forfalt besøk. Ikke oppfylt: alle aktive planer har forfalt besøk. Ikke aktuelt: ingen aktiv plan.',
  }),
  adapt('somatic', 'somatic', byId(somaticChecks, 'somatic.checks-up-to-date'), {
    appliesTo: 'Personer i somatisk oppfølging (innstillinger eller registrerte kontroller)',
    rule: 'Oppfylt: alle indiserte kontroller er i rute. Delvis: noen er forfalt eller aldri gjort. Ikke oppfylt: alle indiserte kontroller er forfalt eller aldri gjort. Ikke aktuelt: ikke i somatisk oppfølging, eller ingen kontroller indisert.',
    skip: notInSomaticFollowUp,
  }),
  adapt('somatic', 'somatic', byId(somaticChecks, 'somatic.county-dental-offer'), {
    appliesTo: 'Personer i somatisk oppfølging (innstillinger eller registrerte kontroller)',
    rule: 'Oppfylt: fylkeskommunens gratis tannhelsetilbud er vurdert siste 12 måneder. Delvis: tannhelse er vurdert, men ikke tilbudet. Ikke oppfylt: tannhelse er ikke vurdert. Ikke aktuelt: ikke i somatisk oppfølging.',
    skip: notInSomaticFollowUp,
  }),
  adapt('somatic', 'somatic', byId(somaticChecks, 'somatic.missed-gp-followed-up'), {
    appliesTo: 'Personer med uteblitte timer hos fastlegen',
    rule: 'Oppfylt: alle uteblitte timer er fulgt opp. Delvis: noen er ikke fulgt opp. Ikke oppfylt: ingen er fulgt opp. Ikke aktuelt: ingen uteblitte timer.',
  }),
  adapt('somatic', 'somatic', byId(somaticChecks, 'somatic.gp-summary-acknowledged'), {
    appliesTo: 'Personer med lavterskel helsekontakter',
    rule: 'Oppfylt: oppsummeringene er kvittert eller innenfor fristen på 14 dager. Delvis: noen er ikke kvittert etter fristen. Ikke oppfylt: ingen er kvittert etter fristen. Ikke aktuelt: ingen helsekontakter.',
  }),
  adapt('nav', 'nav', byId(navChecks, 'nav.guidance-decided-individually'), {
    appliesTo: `Personer med forespørsler om opplysning, råd og veiledning (${cite('sotjl', '§ 17')})`,
    rule: 'Oppfylt: forespørslene er avgjort med individuell vurdering (og begrunnelse ved avslag), eller innenfor fristen på 30 dager. Delvis: noen er ikke. Ikke oppfylt: ingen er. Ikke aktuelt: ingen forespørsler.',
  }),
  adapt('nav', 'nav', byId(navChecks, 'nav.fixed-contact-person'), {
    appliesTo: 'Personer som får tjenester fra NAV',
    rule: 'Oppfylt: NAV har en fast kontaktperson for personen. Ikke oppfylt: ingen fast kontaktperson. Ikke aktuelt: personen får ikke tjenester fra NAV.',
  }),
  adapt('relatives', 'relatives', byId(relativesChecks, 'relatives-consent-recorded'), {
    appliesTo: 'Personer med registrerte pårørende',
    rule: 'Oppfylt: samtykke er avklart for alle pårørende. Delvis: for noen. Ikke oppfylt: for ingen. Ikke aktuelt: ingen pårørende registrert.',
  }),
  adapt('relatives', 'relatives', byId(relativesChecks, 'relatives-own-needs-assessed'), {
    appliesTo: 'Personer med registrerte voksne pårørende',
    rule: 'Oppfylt: alle voksne pårørende har en gjeldende kartlegging av egne behov (siste 12 måneder, eller før datoen for ny kartlegging). Delvis: noen har. Ikke oppfylt: ingen har. Ikke aktuelt: ingen voksne pårørende.',
  }),
  adapt('relatives', 'relatives', byId(relativesChecks, 'children-situation-clarified'), {
    appliesTo: 'Personer med mindreårige barn registrert som pårørende, eller der kartleggingen sier at barn er berørt',
    rule: 'Oppfylt: situasjonen er avklart for alle barn. Delvis: for noen. Ikke oppfylt: for ingen, eller kartleggingen sier at barn er berørt, men ingen barn er registrert. Ikke aktuelt: ingen barn.',
  }),
  adapt('relatives', 'relatives', byId(relativesChecks, 'children-information-given'), {
    appliesTo: 'Personer med mindreårige barn registrert som pårørende',
    rule: 'Oppfylt: alle barn har fått informasjon. Delvis: noen. Ikke oppfylt: ingen. Ikke aktuelt: ingen barn registrert.',
  }),
  adapt('relatives', 'relatives', byId(relativesChecks, 'children-followed-up-by-barneansvarlig'), {
    appliesTo: 'Personer med mindreårige barn registrert som pårørende',
    rule: 'Oppfylt: alle barn er fulgt opp av barneansvarlig. Delvis: noen. Ikke oppfylt: ingen. Ikke aktuelt: ingen barn registrert.',
  }),
  adapt('relatives', 'relatives', byId(relativesChecks, 'child-responsible-staff-in-place'), {
    appliesTo: 'Helseenheter som gir personen tjenester',
    rule: 'Oppfylt: alle enhetene har barneansvarlig. Delvis: noen mangler. Ikke oppfylt: alle mangler. Ikke aktuelt: ingen helseenheter gir personen tjenester.',
  }),
  adapt('risk', 'risk', byId(riskChecks, 'risk-flag-owner-and-review'), {
    appliesTo: 'Personer med aktive risikoflagg',
    rule: 'Oppfylt: alle risikoflagg har eier og en dato for ny vurdering som ikke er passert. Delvis: noen har ikke. Ikke oppfylt: ingen har. Ikke aktuelt: ingen aktive risikoflagg.',
  }),
  adapt('risk', 'risk', byId(riskChecks, 'risk-flag-safety-measure'), {
    appliesTo: 'Personer med aktive risikoflagg',
    rule: 'Oppfylt: alle risikoflagg har et delt sikkerhetstiltak. Delvis: noen mangler. Ikke oppfylt: alle mangler. Ikke aktuelt: ingen aktive risikoflagg.',
  }),
  adapt('risk', 'risk', byId(riskChecks, 'suicide-screening-followed-by-assessment'), {
    appliesTo: 'Personer med selvmordstanker i en kartlegging siste 12 måneder (PHQ-9 spørsmål 9)',
    rule: 'Oppfylt: en strukturert selvmordsrisikovurdering er gjort etter kartleggingen. Ikke oppfylt: ingen vurdering etterpå. Ikke aktuelt: ingen selvmordstanker registrert.',
  }),
  adapt('specialist', 'specialist', byId(specialistChecks, 'referral-assessed-in-time'), {
    appliesTo: 'Personer henvist til DPS, TSB eller FACT',
    rule: 'Oppfylt: alle henvisninger har utfall i tide (avslag med begrunnelse) eller er innenfor fristen på 10 virkedager. Delvis: noen har ikke. Ikke oppfylt: ingen har. Ikke aktuelt: ingen henvisninger.',
  }),
  adapt('specialist', 'specialist', byId(specialistChecks, 'admission-notice-with-planned-discharge'), {
    appliesTo: 'Personer med innleggelser',
    rule: 'Oppfylt: alle innleggelser har varsel innen 24 timer og antatt utskrivningsdato. Delvis: noen mangler. Ikke oppfylt: alle mangler. Ikke aktuelt: ingen innleggelser.',
  }),
  adapt('specialist', 'specialist', byId(specialistChecks, 'discharge-prepared'), {
    appliesTo: 'Personer meldt utskrivningsklare',
    rule: 'Oppfylt: utskrivningsmøte er holdt, tjenester er på plass og det er ingen døgn med kommunal betaling. Delvis: noe mangler for en utskrevet pasient med møte. Ikke oppfylt: utskrevet uten møte, eller fortsatt døgn med kommunal betaling uten møte. Ikke aktuelt: ingen melding om utskrivningsklar pasient.',
  }),
  adapt('activities', 'activities', byId(activityChecks, 'meaningful-activity'), {
    appliesTo: 'Personer med aktive tjenester',
    rule: 'Oppfylt: personen deltar i et pågående aktivitets- eller arbeidstilbud. Ikke oppfylt: ingen pågående deltakelse. Ikke aktuelt: ingen aktive tjenester.',
    skip: noActiveServices,
  }),
];

/** Every whole-person check exported by a capability is wired (a new one without wiring fails the tests). */
export const wholePersonSourceChecks: readonly FactCheck<never>[] = [...housingChecks, ...somaticChecks, ...navChecks, ...relativesChecks, ...riskChecks, ...specialistChecks, ...activityChecks] as readonly FactCheck<never>[];
