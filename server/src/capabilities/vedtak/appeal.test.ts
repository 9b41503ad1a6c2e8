import { describe, expect, it } from 'vitest';
import { appealRouteOf, serviceBases, serviceBasisIds } from '../../platform/law/index.js';
import { appealText } from './appeal.js';

/** What the letter must say for each legal basis in the catalogue, from the official texts (docs/legal-sources.md). */
const expected = {
  'helse-og-omsorg': { nb: ['fire uker', 'til Statsforvalteren (pasient- og brukerrettighetsloven § 7-2)', '(pasient- og brukerrettighetsloven § 7-5)', '(forvaltningsloven § 18)', 'journalen din (pasient- og brukerrettighetsloven § 5-1)'], nn: ['fire veker', 'til Statsforvaltaren (pasient- og brukarrettslova § 7-2)', '(pasient- og brukarrettslova § 7-5)', '(forvaltningslova § 18)'] },
  sosialtjenester: { nb: ['tre uker', 'til Statsforvalteren (sosialtjenesteloven § 48)', '(forvaltningsloven § 29)', '(forvaltningsloven § 18)'], nn: ['tre veker', 'til Statsforvaltaren (sosialtenestelova § 48)', '(forvaltningslova § 29)'] },
  'kommunal-klagenemnd': { nb: ['tre uker', 'til kommunens klagenemnd (forvaltningsloven § 28 andre ledd)', '(forvaltningsloven § 29)'], nn: ['tre veker', 'til klagenemnda i kommunen (forvaltningslova § 28 andre ledd)'] },
  boligsosial: { nb: ['tre uker', 'til Statsforvalteren (boligsosialloven § 6)', '(forvaltningsloven § 29)'], nn: ['tre veker', 'til Statsforvaltaren (bustadsosiallova § 6)'] },
} as const;

describe('the appeal section of a vedtak letter follows its legal basis', () => {
  for (const id of serviceBasisIds) {
    const route = serviceBases[id].appeal;
    it(`${id} → ${route}`, () => {
      expect(appealRouteOf([id])).toBe(route);
      for (const language of ['nb', 'nn'] as const) {
        const text = appealText(route, language);
        for (const part of expected[route][language]) expect(text).toContain(part);
        expect(text).toMatch(language === 'nb' ? /skriftlig/ : /skriftleg/);
      }
    });
  }

  it('never gives health and care services the three-week deadline, and never a journal right outside health services', () => {
    expect(appealText('helse-og-omsorg')).not.toMatch(/tre uker|§ 29/);
    expect(appealText('sosialtjenester')).not.toMatch(/journal/);
  });

  it('finds no single route for bases with different appeal bodies', () => {
    expect(appealRouteOf(['hol-3-2-6a', 'sotjl-27'])).toBeNull();
    expect(appealRouteOf(['hol-3-2-6a', 'hol-3-2-6b'])).toBe('helse-og-omsorg');
  });
});
