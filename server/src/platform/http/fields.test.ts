import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { instant, integer, integerParam, line, localDate, text } from './fields.js';

const message = (schema: z.ZodType, value: unknown): string | undefined => schema.safeParse(value).error?.issues[0]?.message;

describe('shared input fields', () => {
  it('text refuses NUL and other control characters but keeps tab and line breaks', () => {
    expect(message(text(100), 'a\u0000b')).toBe('Teksten kan ikke inneholde kontrolltegn');
    expect(message(text(100), 'a\u001bb')).toBe('Teksten kan ikke inneholde kontrolltegn');
    expect(text(100).parse(' første linje\n\tandre\r\n ')).toBe('første linje\n\tandre');
  });

  it('line refuses line breaks too', () => {
    expect(message(line(100), 'a\nb')).toBe('Teksten kan ikke inneholde kontrolltegn');
    expect(line(100).parse(' Per ')).toBe('Per');
  });

  it('localDate takes only real calendar dates between 1900 and 2100', () => {
    expect(localDate('Startdato').parse('2024-02-29')).toBe('2024-02-29');
    expect(message(localDate('Startdato'), '2026-02-30')).toBe('Startdato må være en gyldig dato (ÅÅÅÅ-MM-DD)');
    expect(message(localDate('Startdato'), '9999-12-31')).toBe('Startdato må være mellom 01.01.1900 og 31.12.2100');
    expect(message(localDate('Startdato'), '0001-01-01')).toBe('Startdato må være mellom 01.01.1900 og 31.12.2100');
    expect(message(localDate('Startdato'), 20260301)).toBe('Startdato må være en gyldig dato (ÅÅÅÅ-MM-DD)');
  });

  it('instant takes ISO 8601 with an offset, a real date, within range, and gives a Date', () => {
    expect(instant('Tidspunkt').parse('2026-03-01T10:00:00+01:00')).toEqual(new Date('2026-03-01T09:00:00Z'));
    expect(message(instant('Tidspunkt'), '2026-02-30T10:00:00Z')).toBe('Tidspunkt må være dato og klokkeslett med tidssone (ISO 8601), f.eks. 2026-03-01T10:00:00+01:00');
    expect(message(instant('Tidspunkt'), '2026-03-01T10:00:00')).toBe('Tidspunkt må være dato og klokkeslett med tidssone (ISO 8601), f.eks. 2026-03-01T10:00:00+01:00');
    expect(message(instant('Tidspunkt'), 12345)).toBe('Tidspunkt må være dato og klokkeslett med tidssone (ISO 8601), f.eks. 2026-03-01T10:00:00+01:00');
    expect(message(instant('Tidspunkt'), '9999-12-31T23:59:59Z')).toBe('Tidspunkt må være mellom 01.01.1900 og 31.12.2100');
  });

  it('integer fits a PostgreSQL integer column', () => {
    expect(message(integer('Versjon'), 2 ** 31)).toBe('Versjon kan ikke være større enn 2147483647');
    expect(message(integer('Versjon', { min: 1 }), 0)).toBe('Versjon må være minst 1');
    expect(message(integer('Versjon'), 1.5)).toBe('Versjon må være et heltall');
    expect(integerParam('Versjon', { min: 1 }).parse('7')).toBe(7);
    expect(message(integerParam('Versjon', { min: 1 }), '99999999999')).toBe('Versjon kan ikke være større enn 2147483647');
  });
});
