// DUDIT (Drug Use Disorders Identification Test), Berman et al.
// A Norwegian translation exists (Østnorsk kompetansesenter rus, 2008), but its exact item wording could not
// be verified from an authoritative copy, so the published English original is used (language 'en').
import type { AnswerOption, InstrumentDefinition } from './types.js';

const opts = (...pairs: [number, string][]): AnswerOption[] => pairs.map(([points, label]) => ({ value: points, label, points }));

const useFrequency = opts([0, 'Never'], [1, 'Once a month or less often'], [2, '2-4 times a month'], [3, '2-3 times a week'], [4, '4 times a week or more often']);
const eventFrequency = opts([0, 'Never'], [1, 'Less often than once a month'], [2, 'Every month'], [3, 'Every week'], [4, 'Daily or almost every day']);
const yesNoYear = opts([0, 'No'], [2, 'Yes, but not over the past year'], [4, 'Yes, over the past year']);

export const dudit: InstrumentDefinition<'DUDIT'> = {
  id: 'DUDIT',
  version: '1',
  name: 'DUDIT – Drug Use Disorders Identification Test',
  language: 'en',
  source: {
    citation:
      'Berman AH, Bergman H, Palmstierna T, Schlyter F. DUDIT – The Drug Use Disorders Identification Test, English version ' +
      '(manual version 1.0, Karolinska Institutet, 2003). Oversikt og språkversjoner: EMCDDA.',
    url: 'https://www.emcdda.europa.eu/html.cfm/index10451EN.html',
    note:
      'Engelsk originalordlyd. Norsk oversettelse (Østnorsk kompetansesenter / C. Brisendal, 2008) finnes, men ordlyden kunne ' +
      'ikke verifiseres fra en autoritativ kilde, og er derfor ikke brukt.',
  },
  instructions: 'Here are a few questions about drugs. Please answer as correctly and honestly as possible by indicating which answer is right for you.',
  items: [
    { id: '1', text: 'How often do you use drugs other than alcohol?', options: useFrequency },
    { id: '2', text: 'Do you use more than one type of drug on the same occasion?', options: useFrequency },
    { id: '3', text: 'How many times do you take drugs on a typical day when you use drugs?', options: opts([0, '0'], [1, '1-2'], [2, '3-4'], [3, '5-6'], [4, '7 or more']) },
    { id: '4', text: 'How often are you influenced heavily by drugs?', options: eventFrequency },
    { id: '5', text: 'Over the past year, have you felt that your longing for drugs was so strong that you could not resist it?', options: eventFrequency },
    { id: '6', text: 'Has it happened, over the past year, that you have not been able to stop taking drugs once you started?', options: eventFrequency },
    { id: '7', text: 'How often over the past year have you taken drugs and then neglected to do something you should have done?', options: eventFrequency },
    { id: '8', text: 'How often over the past year have you needed to take a drug the morning after heavy drug use the day before?', options: eventFrequency },
    { id: '9', text: 'How often over the past year have you had guilt feelings or a bad conscience because you used drugs?', options: eventFrequency },
    { id: '10', text: 'Have you or anyone else been hurt (mentally or physically) because you used drugs?', options: yesNoYear },
    {
      id: '11',
      text: 'Has a relative or a friend, a doctor or a nurse, or anyone else, been worried about your drug use or said to you that you should stop using drugs?',
      options: yesNoYear,
    },
  ],
  scoring: {
    method: 'sum',
    range: { min: 0, max: 44 },
    bands: {
      bySex: true,
      male: [
        { id: 'under-grense', label: 'Under grenseverdi for menn (0–5)', min: 0 },
        { id: 'rusrelaterte-problemer', label: 'Sannsynlige rusrelaterte problemer (menn ≥ 6)', min: 6 },
        { id: 'sannsynlig-avhengighet', label: 'Sannsynlig avhengighet (≥ 25)', min: 25 },
      ],
      female: [
        { id: 'under-grense', label: 'Under grenseverdi for kvinner (0–1)', min: 0 },
        { id: 'rusrelaterte-problemer', label: 'Sannsynlige rusrelaterte problemer (kvinner ≥ 2)', min: 2 },
        { id: 'sannsynlig-avhengighet', label: 'Sannsynlig avhengighet (≥ 25)', min: 25 },
      ],
    },
    source: {
      citation:
        'Berman AH, Bergman H, Palmstierna T, Schlyter F. Evaluation of the Drug Use Disorders Identification Test (DUDIT) in criminal ' +
        'justice and detoxification settings and in a Swedish population sample. Eur Addict Res 2005;11(1):22–31.',
      url: 'https://doi.org/10.1159/000081413',
      note: 'Rusrelaterte problemer: menn ≥ 6, kvinner ≥ 2. Sannsynlig avhengighet: ≥ 25 for begge kjønn.',
    },
    note: 'Grenseverdien for rusrelaterte problemer avhenger av kjønn. Uten oppgitt kjønn vises tolkningen for begge kjønn.',
  },
};
