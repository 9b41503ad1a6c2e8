// Hands the emergency view returned when opening access to the emergency page, so the page does
// not have to read (and log) it a second time. Memory only; cleared when the page is left.
import type { EmergencyView } from '../../platform/api-types.js';

let handed: EmergencyView | null = null;

export function handOver(view: EmergencyView): void {
  handed = view;
}

export function peek(personId: string): EmergencyView | null {
  return handed?.person.id === personId ? handed : null;
}

export function clear(): void {
  handed = null;
}
