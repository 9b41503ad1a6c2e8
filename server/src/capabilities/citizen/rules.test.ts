import { describe, expect, it } from 'vitest';
import { codeAlphabet, codeFromIndices, codeUsable, formatCode, normaliseCode, rateLimited } from './rules.js';

describe('one-time codes', () => {
  it('has an alphabet without look-alike characters', () => {
    for (const c of ['0', 'O', '1', 'I', 'L']) expect(codeAlphabet).not.toContain(c);
  });
  it('builds an 8-character code and formats it for handing over', () => {
    const code = codeFromIndices([0, 1, 2, 3, 4, 5, 6, 30]);
    expect(code).toBe('ABCDEFG9');
    expect(formatCode(code)).toBe('ABCD-EFG9');
    expect(() => codeFromIndices([0, 1])).toThrow(RangeError);
  });
  it('accepts what the person types with spaces, hyphen or small letters', () => {
    expect(normaliseCode(' abcd-efg9 ')).toBe('ABCDEFG9');
    expect(normaliseCode('ABCD EFG9')).toBe('ABCDEFG9');
  });
  it('is usable once, before it expires', () => {
    const now = new Date('2026-03-10T10:00:00Z');
    expect(codeUsable({ expiresAt: new Date('2026-03-10T10:30:00Z'), usedAt: null }, now)).toBe(true);
    expect(codeUsable({ expiresAt: new Date('2026-03-10T10:30:00Z'), usedAt: new Date('2026-03-10T09:59:00Z') }, now)).toBe(false);
    expect(codeUsable({ expiresAt: now, usedAt: null }, now)).toBe(false);
    expect(codeUsable(null, now)).toBe(false);
  });
  it('rate-limits after 5 failures per client or per code', () => {
    expect(rateLimited({ byClient: 4, byCode: 4 })).toBe(false);
    expect(rateLimited({ byClient: 5, byCode: 0 })).toBe(true);
    expect(rateLimited({ byClient: 0, byCode: 5 })).toBe(true);
  });
});
