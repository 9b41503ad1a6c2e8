import { describe, expect, it } from 'vitest';
import { audit } from './audit.js';
import { phq9 } from './phq9.js';
import { scoreInstrument } from './scoring.js';
import { testWordingFile } from './test-support.js';
import { checkWording, withWording } from './wording.js';

const details = (input: unknown) => {
  const checked = checkWording(phq9, input);
  if (checked.ok) throw new Error('expected the wording to be refused');
  return checked.problems.map((p) => p.detail);
};

describe('checkWording: a wording file against the instrument', () => {
  it('accepts a file with the same items, option values and points, and keeps only the texts', () => {
    const checked = checkWording(phq9, testWordingFile(phq9));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.wording.items).toHaveLength(10);
    expect(checked.wording.items[0]).toEqual({ id: '1', text: 'Testordlyd: spørsmål 1 i PHQ-9', options: [0, 1, 2, 3].map((value) => ({ value, label: `Testsvar ${value}` })) });
    expect(checked.wording.licence).toEqual({ holder: 'Fjordvik kommune', terms: 'Testlisens TL-1 (ingen ekte lisens).' });
  });

  it('refuses a missing item, naming it', () => {
    const file = testWordingFile(phq9);
    file.items.splice(8, 1);
    expect(details(file)).toEqual(['Spørsmål 9 mangler. PHQ-9 har spørsmålene 1, 2, 3, 4, 5, 6, 7, 8, 9, 10.']);
  });

  it('refuses an extra item', () => {
    const file = testWordingFile(phq9);
    file.items.push({ ...file.items[0]!, id: '11' });
    expect(details(file)).toEqual(['Spørsmål 11 finnes ikke i PHQ-9. PHQ-9 har spørsmålene 1, 2, 3, 4, 5, 6, 7, 8, 9, 10.']);
  });

  it('refuses reordered items', () => {
    const file = testWordingFile(phq9);
    [file.items[1], file.items[2]] = [file.items[2]!, file.items[1]!];
    expect(details(file)).toEqual([
      'Spørsmål 3 står som nr. 2, men PHQ-9 har spørsmål 2 der. Spørsmålene må stå i samme rekkefølge som i instrumentet (1, 2, 3, 4, 5, 6, 7, 8, 9, 10).',
      'Spørsmål 2 står som nr. 3, men PHQ-9 har spørsmål 3 der. Spørsmålene må stå i samme rekkefølge som i instrumentet (1, 2, 3, 4, 5, 6, 7, 8, 9, 10).',
    ]);
  });

  it('refuses changed points, even where the option value is right', () => {
    const file = testWordingFile(phq9);
    file.items[3]!.options[2]!.points = 3;
    expect(details(file)).toEqual(['Spørsmål 4, svaralternativ 3 (verdi 2): poengene er 3 i filen, men 2 i PHQ-9. Poengene kan ikke endres.']);
    const item10 = testWordingFile(phq9);
    item10.items[9]!.options[1]!.points = 1; // item 10 is never scored
    expect(details(item10)).toEqual(['Spørsmål 10, svaralternativ 2 (verdi 1): poengene er 1 i filen, men 0 i PHQ-9. Poengene kan ikke endres.']);
  });

  it('refuses a changed option value: the unknown value and the missing one', () => {
    const file = testWordingFile(phq9);
    file.items[0]!.options[3]!.value = 4;
    expect(details(file)).toEqual([
      'Spørsmål 1: svaralternativet med verdi 3 mangler. PHQ-9 har verdiene 0, 1, 2, 3.',
      'Spørsmål 1: svaralternativet med verdi 4 finnes ikke i PHQ-9. Gyldige verdier: 0, 1, 2, 3.',
    ]);
  });

  it('refuses reordered options and a missing option', () => {
    const reordered = testWordingFile(phq9);
    reordered.items[4]!.options.reverse();
    expect(details(reordered)).toEqual(['Spørsmål 5: svaralternativene står i rekkefølgen 3, 2, 1, 0, men må stå som i PHQ-9 (0, 1, 2, 3).']);
    const missing = testWordingFile(phq9);
    missing.items[4]!.options.pop();
    expect(details(missing)).toEqual(['Spørsmål 5: svaralternativet med verdi 3 mangler. PHQ-9 har verdiene 0, 1, 2, 3.']);
  });

  it('refuses empty text in an item, an option label, the licence and the instructions', () => {
    const file = testWordingFile(phq9);
    file.items[6]!.text = '   ';
    file.items[6]!.options[0]!.label = '';
    file.licence.holder = ' ';
    file.instructions = '';
    expect(details(file)).toEqual([
      'Lisensinnehaveren: teksten er tom.',
      'Innledningen: teksten er tom.',
      'Spørsmål 7: teksten er tom.',
      'Spørsmål 7, svaralternativ 1 (verdi 0): teksten er tom.',
    ]);
  });

  it('refuses control characters, naming the code point', () => {
    const file = testWordingFile(phq9);
    file.items[1]!.text = 'Testordlyd\u0007 med bjelle';
    file.items[2]!.options[1]!.label = 'Test\u202Esvar';
    file.source.citation = 'Kilde\nmed linjeskift';
    expect(details(file)).toEqual([
      'Kildehenvisningen: teksten inneholder et kontrolltegn (U+000A).',
      'Spørsmål 2: teksten inneholder et kontrolltegn (U+0007).',
      'Spørsmål 3, svaralternativ 2 (verdi 1): teksten inneholder et kontrolltegn (U+202E).',
    ]);
  });

  it('refuses missing instructions where the instrument has them, and instructions where it has none', () => {
    const { instructions: _, ...file } = testWordingFile(phq9);
    expect(details(file)).toEqual(['Innledningen mangler: PHQ-9 har en innledning over spørsmålene («instructions»).']);
    const auditFile = { ...testWordingFile(audit), instructions: 'Ekstra' };
    const checked = checkWording(audit, auditFile);
    expect(checked.ok ? [] : checked.problems.map((p) => p.detail)).toEqual(['AUDIT har ingen innledning over spørsmålene; fjern «instructions».']);
  });

  it('refuses unknown fields and wrong types with the path', () => {
    expect(details({ ...testWordingFile(phq9), translator: 'x' })).toEqual(['Filen: Ukjente felt: translator.']);
    const file = testWordingFile(phq9) as unknown as { items: { id: unknown }[] };
    file.items[0]!.id = 1;
    expect(details(file)).toEqual(['items.0.id: Spørsmålsnummeret må være en tekst.']);
    expect(details({ ...testWordingFile(phq9), licence: undefined })).toEqual(['licence: licence må være et objekt.']);
    expect(details({ ...testWordingFile(phq9), source: { citation: 'Kilde', url: 'javascript:alert(1)' } })).toEqual(['source.url: Lenken må være en gyldig http- eller https-adresse.']);
  });
});

describe('withWording: the definition as served', () => {
  it('serves the built-in wording with its language and source when none is installed', () => {
    const served = withWording(phq9);
    expect(served.wording).toEqual({ kind: 'built-in', language: 'en', source: phq9.source });
    expect(served.items[0]!.text).toBe('Little interest or pleasure in doing things');
  });

  it('serves installed texts with the definition\'s values and points, and says which wording and licence', () => {
    const checked = checkWording(phq9, testWordingFile(phq9));
    if (!checked.ok) throw new Error('fixture must pass');
    const served = withWording(phq9, { id: '00000000-0000-4000-8000-000000000001', language: 'nb', installedAt: new Date('2026-12-08T09:00:00Z'), content: checked.wording });
    expect(served.language).toBe('nb');
    expect(served.instructions).toBe('Testordlyd: innledning til PHQ-9.');
    expect(served.items[8]).toMatchObject({ id: '9', text: 'Testordlyd: spørsmål 9 i PHQ-9', options: [0, 1, 2, 3].map((v) => ({ value: v, points: v, label: `Testsvar ${v}` })) });
    expect(served.items[9]).toMatchObject({ optional: true, scored: false });
    expect(served.scoring).toBe(phq9.scoring);
    expect(served.wording).toMatchObject({ kind: 'installed', language: 'nb', version: 'test-1', licence: { holder: 'Fjordvik kommune' }, installedAt: '2026-12-08T09:00:00.000Z' });
    // Scoring reads the definition, never the wording.
    expect(scoreInstrument('PHQ-9', Object.fromEntries(phq9.items.slice(0, 9).map((i) => [i.id, 2])))).toMatchObject({ status: 'scored', total: 18 });
  });
});
