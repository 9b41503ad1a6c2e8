// Intake: first contact within 3 working days of a henvendelse.
import { firstContactStatus } from '../../intake/index.js';
import type { CheckDefinition } from '../types.js';
import { combine, norwegianDate, type Outcome, type Item } from './util.js';
import { checkSource } from '../../../platform/law/index.js';

export const firstContactWithin3WorkingDays: CheckDefinition = {
  id: 'first-contact-3-working-days',
  theme: 'intake',
  text: 'Første kontakt skal skje innen fristen i kommunens rutine (vanligvis 3 virkedager) etter at henvendelsen er mottatt.',
  source: checkSource('kommunens-rutine', 'første kontakt', ': antall virkedager settes per kommune; ingen lov eller nasjonal retningslinje setter en slik frist for kommunale tjenester'),
  appliesTo: 'Hver henvendelse om personen',
  rule: 'Oppfylt: alle henvendelser fikk første kontakt innen fristen. Delvis: første kontakt kom etter fristen. Ikke oppfylt: fristen er passert uten første kontakt. Ikke aktuelt: ingen henvendelser, eller fristen er ikke passert.',
  evaluate(s, today) {
    const items = s.henvendelser.flatMap((h): Item[] => {
      const evidence = [{ record: 'henvendelser', id: h.id, field: h.firstContactOn ? 'first_contact_at' : 'first_contact_due' }];
      const responsible = { unitId: h.unitId };
      if (h.firstContactOn) {
        const outcome: Outcome = h.firstContactOn <= h.firstContactDue ? 'ok' : 'partly';
        return [{ outcome, evidence, responsible, detail: outcome === 'ok' ? `Første kontakt ${norwegianDate(h.firstContactOn)}, innen fristen.` : `Første kontakt ${norwegianDate(h.firstContactOn)}, etter fristen ${norwegianDate(h.firstContactDue)}.` }];
      }
      if (h.closed || firstContactStatus({ firstContactAt: null, firstContactDue: h.firstContactDue }, today) !== 'overdue') return [];
      return [{ outcome: 'missing' as const, evidence, responsible, detail: `Henvendelse mottatt ${norwegianDate(h.receivedOn)} har ikke fått første kontakt (frist ${norwegianDate(h.firstContactDue)}).` }];
    });
    return combine(items, 'Ingen henvendelse med passert frist for første kontakt.');
  },
};
