import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from './index.js';
import { checkEntry, withCheckEntries } from './docs.js';

describe('docs/compliance-checks.md', () => {
  const doc = readFileSync(new URL('../../../../docs/compliance-checks.md', import.meta.url), 'utf8');
  it('lists every check with its id, text, rule and source from the register (run `npm run docs:legal` after a change)', () => {
    for (const c of catalogue) expect(doc, c.id).toContain(checkEntry(c));
    expect(withCheckEntries(doc, catalogue)).toBe(doc);
  });
});
