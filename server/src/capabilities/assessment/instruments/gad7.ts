// GAD-7 (Generalized Anxiety Disorder 7-item scale), Spitzer, Kroenke, Williams & Löwe 2006.
// Norwegian translations exist (Pfizer), but no authoritative copy of the exact Norwegian wording could be
// verified, so the published English original is used (language 'en').
import type { AnswerOption, InstrumentDefinition } from './types.js';

const frequency: AnswerOption[] = [
  { value: 0, label: 'Not at all', points: 0 },
  { value: 1, label: 'Several days', points: 1 },
  { value: 2, label: 'More than half the days', points: 2 },
  { value: 3, label: 'Nearly every day', points: 3 },
];

export const gad7: InstrumentDefinition<'GAD-7'> = {
  id: 'GAD-7',
  version: '1',
  name: 'GAD-7 – Generalized Anxiety Disorder 7',
  language: 'en',
  source: {
    citation:
      'GAD-7, developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from ' +
      'Pfizer Inc. English original as distributed at phqscreeners.com.',
    url: 'https://www.phqscreeners.com/',
    note: 'Engelsk originalordlyd. Norsk oversettelse (Pfizer) finnes, men ordlyden kunne ikke verifiseres fra en autoritativ kilde.',
  },
  instructions: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  items: [
    { id: '1', text: 'Feeling nervous, anxious or on edge', options: frequency },
    { id: '2', text: 'Not being able to stop or control worrying', options: frequency },
    { id: '3', text: 'Worrying too much about different things', options: frequency },
    { id: '4', text: 'Trouble relaxing', options: frequency },
    { id: '5', text: 'Being so restless that it is hard to sit still', options: frequency },
    { id: '6', text: 'Becoming easily annoyed or irritable', options: frequency },
    { id: '7', text: 'Feeling afraid as if something awful might happen', options: frequency },
  ],
  scoring: {
    method: 'sum',
    range: { min: 0, max: 21 },
    bands: {
      bySex: false,
      bands: [
        { id: 'minimal', label: 'Minimale angstsymptomer (0–4)', min: 0 },
        { id: 'mild', label: 'Milde angstsymptomer (5–9)', min: 5 },
        { id: 'moderat', label: 'Moderate angstsymptomer (10–14)', min: 10 },
        { id: 'alvorlig', label: 'Alvorlige angstsymptomer (15–21)', min: 15 },
      ],
    },
    source: {
      citation:
        'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. ' +
        'Arch Intern Med 2006;166(10):1092–7.',
      url: 'https://doi.org/10.1001/archinte.166.10.1092',
    },
  },
};
