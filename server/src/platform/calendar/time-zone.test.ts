import { describe, expect, it } from 'vitest';
import { endOfLocalDay, localDateAt, startOfLocalDay, zoneOffsetMs } from './time-zone.js';

const hour = 3_600_000;

describe('time zone helpers (Europe/Oslo by default)', () => {
  it('gives the Oslo calendar date of an instant', () => {
    expect(localDateAt(new Date('2025-01-15T22:59:59Z'))).toBe('2025-01-15');
    expect(localDateAt(new Date('2025-01-15T23:00:00Z'))).toBe('2025-01-16');
    expect(localDateAt(new Date('2025-07-15T21:59:59Z'))).toBe('2025-07-15');
    expect(localDateAt(new Date('2025-07-15T22:00:00Z'))).toBe('2025-07-16');
    expect(localDateAt(new Date('2025-01-15T23:00:00Z'), 'UTC')).toBe('2025-01-15');
  });

  it('knows the UTC offset in winter and summer', () => {
    expect(zoneOffsetMs(Date.parse('2025-01-15T12:00:00Z'), 'Europe/Oslo')).toBe(hour);
    expect(zoneOffsetMs(Date.parse('2025-07-15T12:00:00.500Z'), 'Europe/Oslo')).toBe(2 * hour);
  });

  it('finds local midnight and the last millisecond of a day, also on clock-change days', () => {
    expect(startOfLocalDay('2025-01-15').toISOString()).toBe('2025-01-14T23:00:00.000Z');
    expect(endOfLocalDay('2025-01-15').toISOString()).toBe('2025-01-15T22:59:59.999Z');
    // 30 March 2025 has 23 hours in Oslo, 26 October 2025 has 25.
    expect(endOfLocalDay('2025-03-30').getTime() + 1 - startOfLocalDay('2025-03-30').getTime()).toBe(23 * hour);
    expect(endOfLocalDay('2025-10-26').getTime() + 1 - startOfLocalDay('2025-10-26').getTime()).toBe(25 * hour);
  });

  it('saturates at 9999-12-31 for an instant whose Oslo date is past year 9999', () => {
    expect(localDateAt(new Date('9999-12-31T23:59:59Z'))).toBe('9999-12-31');
    expect(localDateAt(new Date('+020000-01-01T00:00:00Z'))).toBe('9999-12-31');
    expect(localDateAt(new Date('-000100-01-01T00:00:00Z'))).toBe('0001-01-01');
  });
});
