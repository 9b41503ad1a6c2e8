// PHQ-9 (Patient Health Questionnaire-9), Kroenke, Spitzer & Williams 2001.
// Norwegian translations exist (Pfizer), but no authoritative copy of the exact Norwegian wording could be
// verified, so the published English original is used (language 'en').
import type { AnswerOption, InstrumentDefinition } from './types.js';

const frequency: AnswerOption[] = [
  { value: 0, label: 'Not at all', points: 0 },
  { value: 1, label: 'Several days', points: 1 },
  { value: 2, label: 'More than half the days', points: 2 },
  { value: 3, label: 'Nearly every day', points: 3 },
];

// Item 10 is recorded but never scored, so its options carry 0 points.
const difficulty: AnswerOption[] = [
  { value: 0, label: 'Not difficult at all', points: 0 },
  { value: 1, label: 'Somewhat difficult', points: 0 },
  { value: 2, label: 'Very difficult', points: 0 },
  { value: 3, label: 'Extremely difficult', points: 0 },
];

export const phq9: InstrumentDefinition<'PHQ-9'> = {
  id: 'PHQ-9',
  version: '1',
  name: 'PHQ-9 – Patient Health Questionnaire-9',
  language: 'en',
  source: {
    citation:
      'PHQ-9, developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from ' +
      'Pfizer Inc. English original as distributed at phqscreeners.com.',
    url: 'https://www.phqscreeners.com/',
    note: 'Engelsk originalordlyd. Norsk oversettelse (Pfizer) finnes, men ordlyden kunne ikke verifiseres fra en autoritativ kilde.',
  },
  instructions: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  items: [
    { id: '1', text: 'Little interest or pleasure in doing things', options: frequency },
    { id: '2', text: 'Feeling down, depressed, or hopeless', options: frequency },
    { id: '3', text: 'Trouble falling or staying asleep, or sleeping too much', options: frequency },
    { id: '4', text: 'Feeling tired or having little energy', options: frequency },
    { id: '5', text: 'Poor appetite or overeating', options: frequency },
    { id: '6', text: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down', options: frequency },
    { id: '7', text: 'Trouble concentrating on things, such as reading the newspaper or watching television', options: frequency },
    {
      id: '8',
      text:
        'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you ' +
        'have been moving around a lot more than usual',
      options: frequency,
    },
    { id: '9', text: 'Thoughts that you would be better off dead or of hurting yourself in some way', options: frequency },
    {
      id: '10',
      text:
        'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at ' +
        'home, or get along with other people?',
      options: difficulty,
      optional: true,
      scored: false,
    },
  ],
  scoring: {
    method: 'sum',
    range: { min: 0, max: 27 },
    bands: {
      bySex: false,
      bands: [
        { id: 'minimal', label: 'Minimale depresjonssymptomer (0–4)', min: 0 },
        { id: 'mild', label: 'Milde depresjonssymptomer (5–9)', min: 5 },
        { id: 'moderat', label: 'Moderate depresjonssymptomer (10–14)', min: 10 },
        { id: 'moderat-alvorlig', label: 'Moderat alvorlige depresjonssymptomer (15–19)', min: 15 },
        { id: 'alvorlig', label: 'Alvorlige depresjonssymptomer (20–27)', min: 20 },
      ],
    },
    suicideRiskItem: { itemId: '9', abovePoints: 0 },
    source: {
      citation: 'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med 2001;16(9):606–13.',
      url: 'https://doi.org/10.1046/j.1525-1497.2001.016009606.x',
      note:
        'Sum av spørsmål 1–9 (0–27). Spørsmål 10 (funksjon) registreres, men skåres ikke. Svar over 0 på spørsmål 9 skal alltid ' +
        'følges opp med spørsmål om selvmordstanker, uansett totalskår.',
    },
  },
};
