// AUDIT (Alcohol Use Disorders Identification Test) and AUDIT-C (its items 1–3).
// Norwegian wording: Aasland et al. (1990), as published by Norsk Helseinformatikk (NHI).
import type { AnswerOption, InstrumentDefinition, InstrumentItem, SourceRef } from './types.js';
import { cite } from '../../../platform/law/index.js';

const opts = (...pairs: [number, string][]): AnswerOption[] => pairs.map(([points, label]) => ({ value: points, label, points }));

const frequency = opts([0, 'Aldri'], [1, 'Sjelden'], [2, 'Noen ganger i måneden'], [3, 'Noen ganger i uken'], [4, 'Nesten daglig']);
const yesNoYear = opts([0, 'Nei'], [2, 'Ja, men ikke i løpet av siste år'], [4, 'Ja, i løpet av siste år']);

const unitHint =
  '1 alkoholenhet = 1 vinglass rød- eller hvitvin (120 ml) / 1 hetvinsglass sherry/hetvin (80 ml) / 1 glass (330 ml) øl / ' +
  '1 drammeglass brennevin/likør (40 ml) / 1 flaske rusbrus (med alkoholstyrke 4,7 %: 330 ml)';

export const auditItems: readonly InstrumentItem[] = [
  {
    id: '1',
    text: 'Hvor ofte drikker du alkohol?',
    options: opts([0, 'Aldri'], [1, 'Månedlig eller sjeldnere'], [2, 'To til fire ganger i måneden'], [3, 'To til tre ganger i uken'], [4, 'Fire ganger i uken eller mer']),
  },
  {
    id: '2',
    text: 'Hvor mange alkoholenheter (en drink, et glass vin eller 1 liten flaske pilsnerøl) tar du på en «typisk» drikkedag?',
    hint: unitHint,
    options: opts([0, '1-2'], [1, '3-4'], [2, '5-6'], [3, '7-9'], [4, '10 eller flere']),
  },
  { id: '3', text: 'Hvor ofte drikker du seks alkoholenheter eller mer?', hint: unitHint, options: frequency },
  { id: '4', text: 'Hvor ofte i løpet av siste året var du ikke i stand til å stoppe å drikke etter at du hadde begynt?', options: frequency },
  { id: '5', text: 'Hvor ofte i løpet av siste året unnlot du å gjøre ting du skulle ha gjort pga. drikking?', options: frequency },
  { id: '6', text: 'Hvor ofte starter du dagen din med alkohol?', options: frequency },
  { id: '7', text: 'Hvor ofte i løpet av det siste året har du hatt skyldfølelse pga. drikking?', options: frequency },
  { id: '8', text: 'Hvor ofte i løpet av det siste året har det vært umulig å huske hva som hendte kvelden før pga. drikking?', options: frequency },
  { id: '9', text: 'Har du eller andre blitt skadet som følge av at du har drukket?', options: yesNoYear },
  {
    id: '10',
    text: 'Har en slektning, venn eller lege bekymret seg over drikkingen din, eller antydet at du bør redusere?',
    options: yesNoYear,
  },
];

const wording: SourceRef = {
  citation:
    'Norsk versjon av AUDIT: Aasland OG, Amundsen A, Bovim G, Fauske S, Mørland J. Identifisering av pasienter med risiko for ' +
    'alkoholskader. Tidsskr Nor Lægeforen 1990; 110: 1523–7. Ordlyd som publisert av Norsk Helseinformatikk (NHI), «Alkohol-audit».',
  url: 'https://nhi.no/skjema-og-kalkulatorer/skjema/diverse/alkohol-audit/',
  note:
    `Ordlyden er kontrollert mot NHI-skjemaet 2026-12-08. Anbefalt i ${cite('rop-retningslinje')} (Helsedirektoratet), se ` +
    'https://rop.no/kartleggingsverktoey/audit-c',
};

export const audit: InstrumentDefinition<'AUDIT'> = {
  id: 'AUDIT',
  version: '1',
  name: 'AUDIT – Alcohol Use Disorders Identification Test',
  language: 'nb',
  source: wording,
  items: auditItems,
  scoring: {
    method: 'sum',
    range: { min: 0, max: 40 },
    bands: {
      bySex: false,
      bands: [
        { id: 'sone-1', label: 'Sone I (0–7): lav risiko', min: 0 },
        { id: 'sone-2', label: 'Sone II (8–15): risikofylt alkoholbruk', min: 8 },
        { id: 'sone-3', label: 'Sone III (16–19): skadelig alkoholbruk', min: 16 },
        { id: 'sone-4', label: 'Sone IV (20–40): mulig alkoholavhengighet', min: 20 },
      ],
    },
    source: {
      citation:
        'Babor TF, Higgins-Biddle JC, Saunders JB, Monteiro MG. AUDIT. The Alcohol Use Disorders Identification Test: Guidelines for Use ' +
        'in Primary Care. 2nd ed. Geneva: World Health Organization; 2001 (WHO/MSD/MSB/01.6a), risikosoner I–IV.',
      url: 'https://www.who.int/publications/i/item/WHO-MSD-MSB-01.6a',
      note:
        'WHOs soner: I 0–7, II 8–15, III 16–19, IV 20–40. Kjønnsuavhengige. NHI oppgir i tillegg lavere grense for økt risiko hos ' +
        'kvinner (≥ 6); den brukes ikke her.',
    },
  },
};

export const auditC: InstrumentDefinition<'AUDIT-C'> = {
  id: 'AUDIT-C',
  version: '1',
  name: 'AUDIT-C – de tre forbruksspørsmålene i AUDIT',
  language: 'nb',
  source: { ...wording, note: 'Spørsmål 1–3 i AUDIT, samme ordlyd og poeng.' },
  items: auditItems.slice(0, 3),
  scoring: {
    method: 'sum',
    range: { min: 0, max: 12 },
    bands: {
      bySex: true,
      male: [
        { id: 'under-grense', label: 'Under grenseverdi for menn (0–3)', min: 0 },
        { id: 'positiv', label: 'Positiv screening (menn ≥ 4): mulig risikofylt alkoholbruk – bruk hele AUDIT', min: 4 },
      ],
      female: [
        { id: 'under-grense', label: 'Under grenseverdi for kvinner (0–2)', min: 0 },
        { id: 'positiv', label: 'Positiv screening (kvinner ≥ 3): mulig risikofylt alkoholbruk – bruk hele AUDIT', min: 3 },
      ],
    },
    source: {
      citation:
        'Bush K, Kivlahan DR, McDonell MB, Fihn SD, Bradley KA. The AUDIT alcohol consumption questions (AUDIT-C). Arch Intern Med ' +
        '1998;158:1789–95; Bradley KA et al. Two brief alcohol-screening tests from the AUDIT: validation in a female Veterans Affairs ' +
        'patient population. Arch Intern Med 2003;163:821–9 (PMID 12695273).',
      url: 'https://pubmed.ncbi.nlm.nih.gov/12695273/',
      note:
        'Validerte grenseverdier: menn ≥ 4, kvinner ≥ 3. Svensk praksis bruker ≥ 5 (menn) og ≥ 4 (kvinner); den er ikke valgt her. ' +
        'Grensene er data og kan endres i en ny versjon.',
    },
    note: 'Grenseverdien avhenger av kjønn. Uten oppgitt kjønn vises tolkningen for begge kjønn.',
  },
};
