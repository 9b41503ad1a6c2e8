// CAGE (Cut down, Annoyed, Guilty, Eye-opener), Ewing 1984.
// Norwegian wording: Helsedirektoratet, ROP-retningslinjen (IS-1948), section 6 «Utredning – CAGE».
import type { AnswerOption, InstrumentDefinition } from './types.js';
import { cite, sec, source } from '../../../platform/law/index.js';

const yesNo: AnswerOption[] = [
  { value: 0, label: 'Nei', points: 0 },
  { value: 1, label: 'Ja', points: 1 },
];

export const cage: InstrumentDefinition<'CAGE'> = {
  id: 'CAGE',
  version: '1',
  name: 'CAGE',
  language: 'nb',
  source: {
    citation:
      `Helsedirektoratet. ${source('rop-retningslinje').title} (${source('rop-retningslinje').identifier}, 2011), ${sec('rop-retningslinje', 'kap. 6')} Utredning: CAGE.`,
    url: 'https://www.helsebiblioteket.no/retningslinjer/rop/6-utredning/cage',
  },
  items: [
    { id: '1', text: 'Har du noen gang tenkt at du burde drikke mindre?', options: yesNo },
    { id: '2', text: 'Har du noen gang ergret deg over at andre kritiserer alkoholbruken din?', options: yesNo },
    { id: '3', text: 'Har du noen gang hatt skyldfølelse på grunn av alkoholbruk?', options: yesNo },
    { id: '4', text: 'Drikker du av og til neste morgen (etter å ha drukket alkohol om kvelden)?', options: yesNo },
  ],
  scoring: {
    method: 'sum',
    range: { min: 0, max: 4 },
    bands: {
      bySex: false,
      bands: [
        { id: 'ingen-positive', label: 'Ingen positive svar', min: 0 },
        { id: 'risikogruppe', label: 'Ett positivt svar: i risikogruppe for problematisk alkoholbruk', min: 1 },
        { id: 'klinisk-signifikant', label: 'To eller flere positive svar: klinisk signifikant (høy sannsynlighet for alkoholproblem)', min: 2 },
      ],
    },
    source: {
      citation:
        'Ewing JA. Detecting alcoholism. The CAGE questionnaire. JAMA 1984;252(14):1905–7 (PMID 6471323); tolkning som i ' +
        `${cite('rop-retningslinje')} (ett positivt svar: risikogruppe; to eller flere: høy sannsynlighet).`,
      url: 'https://www.helsebiblioteket.no/retningslinjer/rop/6-utredning/cage',
      note: 'Ja = 1 poeng. Skår ≥ 2 regnes som klinisk signifikant.',
    },
  },
};
