// The per-check entries of docs/compliance-checks.md, written from the catalogue (and so from the
// legal-source register): `npm run docs:legal` rewrites them; a test fails when the file is stale.
import type { CheckDefinition } from './types.js';

export function checkEntry(c: CheckDefinition): string {
  return [
    `#### \`${c.id}\``,
    '',
    `- **Krav:** ${c.text}`,
    `- **Kilde:** ${c.source.law} — ${c.source.section}${c.source.url ? ` (<${c.source.url}>)` : ''}`,
    `- **Gjelder:** ${c.appliesTo}`,
    `- **Regel:** ${c.rule}`,
  ].join('\n');
}

/** Replaces each check's entry in the document with the one written from the catalogue. */
export function withCheckEntries(doc: string, catalogue: readonly CheckDefinition[]): string {
  return catalogue.reduce((text, c) => {
    const entry = new RegExp(`#### \`${c.id}\`\\n\\n(?:- \\*\\*[^\\n]*\\n?)+`);
    if (!entry.test(text)) throw new Error(`docs/compliance-checks.md mangler kontrollen ${c.id}`);
    return text.replace(entry, `${checkEntry(c)}\n`);
  }, doc);
}
