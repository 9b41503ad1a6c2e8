// docs/legal-sources.md, generated from the register and the uses found in the code
// (`npm run docs:legal`; a test fails when the committed file is stale).
import type { LegalSource } from './types.js';
import type { CitationUse } from './usage.js';

const kindLabels: Record<LegalSource['kind'], string> = {
  lov: 'Lov',
  forskrift: 'Forskrift',
  retningslinje: 'Nasjonal faglig retningslinje',
  veileder: 'Veileder og faglige råd',
  rundskriv: 'Rundskriv',
  norm: 'Bransjenorm',
  rapport: 'Revisjons- og tilsynsrapport',
  'kommunal-rutine': 'Kommunens egen rutine',
  'eu-forordning': 'EU-forordning',
};

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

export function renderLegalSourcesDoc(register: Readonly<Record<string, LegalSource>>, uses: readonly CitationUse[]): string {
  const lines = [
    '# Legal sources (rettskilder)',
    '',
    '<!-- Generated from server/src/platform/law/register.ts by `npm run docs:legal`. Do not edit by hand. -->',
    '',
    'Every law, regulation, guideline, circular, audit report and municipal routine Helhet cites, once. Checks, rules, letters and',
    "UI texts cite through `cite()` in `server/src/platform/law/`; a test fails on any citation written as text, on a replaced source",
    'still in use, and on two names for one source. «Lest» is when and where the official text was read against the product\'s use.',
    '',
  ];
  for (const [id, s] of Object.entries(register)) {
    const sourceUses = uses.filter((u) => u.source === id);
    const files = [...new Set(sourceUses.map((u) => u.file))].sort();
    lines.push(`## ${s.title}`, '');
    lines.push(`- Id: \`${id}\` · ${kindLabels[s.kind]}${s.identifier ? ` · ${s.identifier}` : ''}`);
    lines.push(`- Kortnavn: ${s.shortName}${s.shortNameNn ? ` (nynorsk: ${s.shortNameNn})` : ''}`);
    lines.push(`- Offisiell tekst: ${s.url}`);
    lines.push(`- Gjelder fra ${s.validFrom}${s.validTo ? `, erstattet ${s.validTo}${s.replacedBy ? ` av ${s.replacedBy}` : ''}` : ''}`);
    lines.push(`- Lest ${s.checked.on}: ${s.checked.url}${s.checked.note ? ` — ${s.checked.note}` : ''}`);
    lines.push(`- Brukes til: ${s.usedFor}`);
    lines.push('');
    const sections = Object.entries(s.sections);
    if (sections.length) {
      lines.push('| Del | Overskrift | Brukes til | Brukt i |', '|---|---|---|---|');
      for (const [section, entry] of sections) {
        const where = [...new Set(sourceUses.filter((u) => u.sections.includes(section)).map((u) => u.file))].sort();
        lines.push(`| ${cell(section)} | ${cell(entry.heading)} | ${cell(entry.usedFor)} | ${where.map((f) => `\`${f}\``).join(', ')} |`);
      }
      lines.push('');
    }
    lines.push(`Brukt i ${files.length} filer: ${files.map((f) => `\`${f}\``).join(', ')}`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
