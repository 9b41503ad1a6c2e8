import { z } from 'zod';
import { text, localDate } from '../../platform/http/fields.js';
import { idResponse, personIdParams } from '../persons/index.js';
import { riskLevels } from './schema.js';

export { idResponse, personIdParams };

export const assessmentBody = z.strictObject({
  kind: z.enum(['violence', 'suicide'], { error: 'Velg voldsrisiko eller selvmordsrisiko' }),
  assessedOn: localDate('Dato for vurderingen'),
  level: z.enum(riskLevels, { error: 'Velg nivå: grønn, gul eller rød' }),
  method: text(200).min(2, 'Oppgi metode (f.eks. V-RISK-10, klinisk vurdering)'),
  basis: text(5000).min(3, 'Beskriv hva vurderingen bygger på'),
  safetyMeasure: text(1000).min(3, 'Beskriv sikkerhetstiltaket (f.eks. «to ansatte på møter»)'),
  ownerId: z.uuid('Velg hvem som eier flagget'),
  reviewDate: localDate('Dato for ny vurdering'),
  unitId: z.uuid().optional(),
});

const check = z.object({ id: z.string(), text: z.string(), source: z.object({ law: z.string(), section: z.string() }), status: z.enum(['met', 'partly', 'not-met', 'not-applicable']), detail: z.string() });
export const riskOverview = z.object({
  flags: z.array(
    z.object({
      id: z.uuid().nullable(),
      kind: z.enum(['violence', 'suicide', 'suicide-screening']),
      label: z.string(),
      level: z.enum(riskLevels).nullable(),
      safetyMeasure: z.string().nullable(),
      ownerName: z.string().nullable(),
      reviewDate: z.string().nullable(),
      since: z.date(),
    }),
  ),
  assessments: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(['violence', 'suicide']),
      assessedOn: z.string(),
      level: z.enum(riskLevels),
      method: z.string(),
      safetyMeasure: z.string(),
      ownerName: z.string(),
      reviewDate: z.string(),
      authorUnitName: z.string(),
      /** Null when the viewer's units may not read it (restricted to the authoring unit). */
      basis: z.string().nullable(),
    }),
  ),
  hiddenBasisCount: z.number().int(),
  checks: z.array(check),
});
