import { describe, expect, it } from 'vitest';
import { getInstrument, instrumentIds, instruments, isInstrumentId } from './registry.js';

describe('instrument registry', () => {
  it('holds the seven instruments under their own ids', () => {
    expect(instrumentIds).toEqual(['AUDIT', 'AUDIT-C', 'DUDIT', 'CAGE', 'SCL-10', 'PHQ-9', 'GAD-7']);
    for (const id of instrumentIds) expect(instruments[id].id).toBe(id);
    expect(isInstrumentId('PHQ-9')).toBe(true);
    expect(isInstrumentId('phq-9')).toBe(false);
    expect(getInstrument('CAGE').name).toBe('CAGE');
  });

  it.each(instrumentIds)('%s is well-formed data with sources for wording and cut-offs', (id) => {
    const def = instruments[id];
    expect(def.version).toMatch(/^\S+$/);
    expect(['nb', 'en']).toContain(def.language);
    expect(def.source.citation.length).toBeGreaterThan(20);
    expect(def.scoring.source.citation.length).toBeGreaterThan(20);

    const itemIds = def.items.map((i) => i.id);
    expect(new Set(itemIds).size).toBe(itemIds.length);
    expect(itemIds).toEqual(def.items.map((_, index) => String(index + 1)));
    for (const item of def.items) {
      expect(item.text.trim()).not.toBe('');
      const values = item.options.map((o) => o.value);
      expect(new Set(values).size).toBe(values.length);
      for (const option of item.options) expect(option.label.trim()).not.toBe('');
    }

    // The range follows from the options' points.
    const scored = def.items.filter((i) => i.scored !== false);
    const lowest = scored.reduce((sum, i) => sum + Math.min(...i.options.map((o) => o.points)), 0);
    const highest = scored.reduce((sum, i) => sum + Math.max(...i.options.map((o) => o.points)), 0);
    const divisor = def.scoring.method === 'mean' ? scored.length : 1;
    expect(def.scoring.range).toEqual({ min: lowest / divisor, max: highest / divisor });

    // Bands ascend and start at the lowest possible score.
    const bandSets = def.scoring.bands.bySex ? [def.scoring.bands.male, def.scoring.bands.female] : [def.scoring.bands.bands];
    for (const bands of bandSets) {
      expect(bands[0]!.min).toBe(def.scoring.range.min);
      for (let i = 1; i < bands.length; i++) expect(bands[i]!.min).toBeGreaterThan(bands[i - 1]!.min);
      for (const band of bands) expect(band.label.trim()).not.toBe('');
    }
  });

  it('marks which instruments use Norwegian wording and which fall back to English', () => {
    const languages = Object.fromEntries(instrumentIds.map((id) => [id, instruments[id].language]));
    expect(languages).toEqual({ AUDIT: 'nb', 'AUDIT-C': 'nb', CAGE: 'nb', DUDIT: 'en', 'SCL-10': 'en', 'PHQ-9': 'en', 'GAD-7': 'en' });
  });
});
