import { describe, expect, it } from 'vitest';
import { cage } from './cage.js';
import { scoreInstrument } from './scoring.js';

describe('CAGE', () => {
  it('has four yes/no items in the ROP guideline wording, yes = 1 point', () => {
    expect(cage.language).toBe('nb');
    expect(cage.items.map((i) => i.text)).toEqual([
      'Har du noen gang tenkt at du burde drikke mindre?',
      'Har du noen gang ergret deg over at andre kritiserer alkoholbruken din?',
      'Har du noen gang hatt skyldfølelse på grunn av alkoholbruk?',
      'Drikker du av og til neste morgen (etter å ha drukket alkohol om kvelden)?',
    ]);
    for (const item of cage.items) expect(item.options).toEqual([{ value: 0, label: 'Nei', points: 0 }, { value: 1, label: 'Ja', points: 1 }]);
    expect(cage.source.url).toContain('helsebiblioteket.no/retningslinjer/rop');
  });

  it.each([
    [{ '1': 0, '2': 0, '3': 0, '4': 0 }, 0, 'ingen-positive'],
    [{ '1': 1, '2': 0, '3': 0, '4': 0 }, 1, 'risikogruppe'],
    [{ '1': 1, '2': 0, '3': 1, '4': 0 }, 2, 'klinisk-signifikant'],
    [{ '1': 1, '2': 1, '3': 1, '4': 1 }, 4, 'klinisk-signifikant'],
  ])('%o → total %i, %s', (answers, total, band) => {
    expect(scoreInstrument('CAGE', answers)).toMatchObject({ status: 'scored', total, band: { id: band } });
  });

  it('rejects 2 as an answer', () => {
    expect(scoreInstrument('CAGE', { '1': 2, '2': 0, '3': 0, '4': 0 })).toMatchObject({
      status: 'invalid',
      issues: [{ itemId: '1', message: 'Ugyldig svar 2 på spørsmål 1. Tillatte verdier er 0 eller 1.' }],
    });
  });
});
