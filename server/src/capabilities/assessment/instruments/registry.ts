// All standardised instruments, by id.
import { audit, auditC } from './audit.js';
import { cage } from './cage.js';
import { dudit } from './dudit.js';
import { gad7 } from './gad7.js';
import { phq9 } from './phq9.js';
import { scl10 } from './scl10.js';
import type { InstrumentDefinition } from './types.js';

export const instrumentIds = ['AUDIT', 'AUDIT-C', 'DUDIT', 'CAGE', 'SCL-10', 'PHQ-9', 'GAD-7'] as const;

export type InstrumentId = (typeof instrumentIds)[number];

export const instruments: { readonly [Id in InstrumentId]: InstrumentDefinition<Id> } = {
  AUDIT: audit,
  'AUDIT-C': auditC,
  DUDIT: dudit,
  CAGE: cage,
  'SCL-10': scl10,
  'PHQ-9': phq9,
  'GAD-7': gad7,
};

export function isInstrumentId(value: string): value is InstrumentId {
  return (instrumentIds as readonly string[]).includes(value);
}

export function getInstrument(id: InstrumentId): InstrumentDefinition<InstrumentId> {
  if (!isInstrumentId(id)) throw new RangeError(`Ukjent instrument «${String(id)}». Gyldige: ${instrumentIds.join(', ')}.`);
  return instruments[id];
}
