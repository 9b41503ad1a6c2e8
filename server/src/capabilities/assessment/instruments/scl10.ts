// SCL-10 / HSCL-10: ten items of the Hopkins Symptom Checklist-25 (Derogatis et al. 1974) selected by
// Strand et al. (2003). Norwegian convention: items scored 1–4, mean ≥ 1.85 = significant distress.
// The Norwegian item wording (Folkehelseinstituttet) is printed in the ROP guideline only as an image and
// could not be verified as text, so the published English HSCL-25 wording is used (language 'en').
import type { AnswerOption, InstrumentDefinition } from './types.js';
import { cite } from '../../../platform/law/index.js';

const bothered: AnswerOption[] = [
  { value: 1, label: 'Not at all', points: 1 },
  { value: 2, label: 'A little', points: 2 },
  { value: 3, label: 'Quite a bit', points: 3 },
  { value: 4, label: 'Extremely', points: 4 },
];

export const scl10: InstrumentDefinition<'SCL-10'> = {
  id: 'SCL-10',
  version: '1',
  name: 'SCL-10 – Hopkins Symptom Checklist, 10 spørsmål',
  language: 'en',
  source: {
    citation:
      'Derogatis LR, Lipman RS, Rickels K, Uhlenhuth EH, Covi L. The Hopkins Symptom Checklist (HSCL): a self-report symptom ' +
      'inventory. Behav Sci 1974;19(1):1–15. Ti spørsmål (HSCL-25 nr. 1, 2, 3, 7, 12, 16, 17, 18, 24, 25) som i Strand et al. 2003.',
    note:
      `Engelsk originalordlyd. Den norske ordlyden (Folkehelseinstituttet) er i ${cite('rop-retningslinje')} bare gjengitt som bilde og kunne ` +
      'ikke verifiseres som tekst. Norske svaralternativer der: «ikke plaget», «litt plaget», «ganske mye plaget», ' +
      '«veldig mye plaget» (1–4).',
  },
  items: [
    { id: '1', text: 'Suddenly scared for no reason', options: bothered },
    { id: '2', text: 'Feeling fearful', options: bothered },
    { id: '3', text: 'Faintness, dizziness, or weakness', options: bothered },
    { id: '4', text: 'Feeling tense or keyed up', options: bothered },
    { id: '5', text: 'Blaming yourself for things', options: bothered },
    { id: '6', text: 'Difficulty falling asleep or staying asleep', options: bothered },
    { id: '7', text: 'Feeling hopeless about the future', options: bothered },
    { id: '8', text: 'Feeling blue', options: bothered },
    { id: '9', text: 'Feeling everything is an effort', options: bothered },
    { id: '10', text: 'Feelings of worthlessness', options: bothered },
  ],
  scoring: {
    method: 'mean',
    range: { min: 1, max: 4 },
    bands: {
      bySex: false,
      bands: [
        { id: 'under-grense', label: 'Under grenseverdi (gjennomsnitt under 1,85)', min: 1 },
        { id: 'betydelige-plager', label: 'Betydelige psykiske plager (gjennomsnitt ≥ 1,85)', min: 1.85 },
      ],
    },
    source: {
      citation:
        'Strand BH, Dalgard OS, Tambs K, Rognerud M. Measuring the mental health status of the Norwegian population: a comparison of ' +
        'the instruments SCL-25, SCL-10, SCL-5 and MHI-5 (SF-36). Nord J Psychiatry 2003;57(2):113–8; ' +
        `${cite('rop-retningslinje', 'kap. 6')} SCL-10.`,
      url: 'https://www.helsebiblioteket.no/retningslinjer/rop/6-utredning/scl-10',
      note: 'Hvert spørsmål skåres 1–4; skåren er gjennomsnittet av de ti svarene. Grenseverdi 1,85.',
    },
  },
};
