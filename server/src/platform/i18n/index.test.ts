import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentLanguage, letterLanguage, letterTexts, longDate } from './index.js';

const repository = fileURLToPath(new URL('../../../../', import.meta.url));

/** Every bokmål/nynorsk resource pair in the server and the web app (`x.nb.json` beside `x.nn.json`). */
function resourcePairs(): { name: string; nb: unknown; nn: unknown }[] {
  const pairs: { name: string; nb: unknown; nn: unknown }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'dist') walk(path);
      else if (entry.name.endsWith('.nb.json')) {
        const nn = path.replace(/\.nb\.json$/, '.nn.json');
        pairs.push({ name: relative(repository, path), nb: JSON.parse(readFileSync(path, 'utf8')), nn: JSON.parse(readFileSync(nn, 'utf8')) });
      }
    }
  };
  walk(join(repository, 'server/src'));
  walk(join(repository, 'web/src'));
  return pairs;
}

const keys = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`)) : [prefix.slice(0, -1)];
const texts = (value: unknown): string[] => (typeof value === 'object' && value !== null ? Object.values(value).flatMap(texts) : [String(value)]);

describe('written language forms', () => {
  it('uses the person\'s choice, else the municipality\'s', () => {
    expect(letterLanguage('nn', 'nb')).toBe('nn');
    expect(letterLanguage(null, 'nn')).toBe('nn');
    expect(letterLanguage(undefined, 'nb')).toBe('nb');
    expect(documentLanguage('nn')).toBe('nn-NO');
    expect(documentLanguage('nb')).toBe('nb-NO');
  });

  it('formats dates with the nynorsk locale', () => {
    expect(longDate('2026-03-02', 'nn')).toBe('2. mars 2026');
    expect(new Intl.DateTimeFormat(documentLanguage('nn'), { weekday: 'long', timeZone: 'UTC' }).format(new Date('2026-03-02T00:00:00Z'))).toBe('måndag');
  });

  it('translates with interpolation and falls back to the shared texts', () => {
    const t = letterTexts('test', { nb: { hello: 'Hei, {{name}}' }, nn: { hello: 'Hei, {{name}}' } });
    expect(t('nn')('hello', { name: 'Áile' })).toBe('Hei, Áile');
    expect(t('nn')('notSet')).toBe('ikkje sett');
    expect(t('nb')('notSet')).toBe('ikke satt');
  });

  const pairs = resourcePairs();
  it('finds the resource files', () => {
    expect(pairs.map((p) => p.name)).toEqual(expect.arrayContaining(['server/src/capabilities/vedtak/letter.nb.json', 'server/src/capabilities/plans/print.nb.json', 'server/src/capabilities/crisis-plans/print.nb.json', 'web/src/capabilities/citizen/texts.nb.json']));
  });

  for (const pair of pairs) {
    it(`${pair.name}: nynorsk has the same keys and no common bokmål-only words`, () => {
      expect(keys(pair.nn).sort()).toEqual(keys(pair.nb).sort());
      const bokmal = /(?<!\p{L})(ikke|fra|jeg|hvem|hva|hvor|hvis|noen|noe|senest|ennå|nå|dere|bare|gjøre|ble|hele|lagret|skrevet|mine ønsker|hjem)(?!\p{L})/iu;
      for (const text of texts(pair.nn)) expect(text).not.toMatch(bokmal);
    });
  }
});
