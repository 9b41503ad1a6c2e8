import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from './index.js';

describe('docs/compliance-checks.md', () => {
  it('lists every check with its id, text and rule', () => {
    const doc = readFileSync(new URL('../../../../docs/compliance-checks.md', import.meta.url), 'utf8');
    for (const c of catalogue) {
      expect(doc, c.id).toContain(`#### \`${c.id}\``);
      expect(doc, c.id).toContain(c.text);
      expect(doc, c.id).toContain(c.rule);
    }
  });
});
