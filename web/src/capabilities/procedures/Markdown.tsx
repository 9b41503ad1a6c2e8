// A small, safe Markdown renderer for procedure text (already sanitised by the server): headings,
// paragraphs, bullet and numbered lists, bold, italics, code and links (http, https, mailto only).
// It builds React elements, never HTML strings.
import type { ReactNode } from 'react';

const inlinePattern = /(\*\*[^*]+\*\*|__[^_]+__|\*[^*\s][^*]*\*|_[^_\s][^_]*_|`[^`]+`|\[[^\]]+\]\([^)\s]+\)|<https?:\/\/[^>\s]+>)/g;

function inline(text: string): ReactNode[] {
  const parts = text.replace(/&lt;/g, '<').split(inlinePattern);
  return parts.map((part, i) => {
    if (/^(\*\*|__).+\1$/.test(part)) return <strong key={i}>{part.slice(2, -2)}</strong>;
    if (/^`.+`$/.test(part)) return <code key={i}>{part.slice(1, -1)}</code>;
    if (/^[*_].+[*_]$/.test(part) && part.length > 2) return <em key={i}>{part.slice(1, -1)}</em>;
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part);
    if (link) return /^(https?:|mailto:)/i.test(link[2]!) ? <a key={i} href={link[2]} rel="noopener noreferrer">{link[1]}</a> : <span key={i}>{link[1]}</span>;
    const auto = /^<(https?:\/\/[^>\s]+)>$/.exec(part);
    if (auto) return <a key={i} href={auto[1]} rel="noopener noreferrer">{auto[1]}</a>;
    return part;
  });
}

/** `headingOffset`: a «#» heading becomes h(1 + offset), so the text fits under the page's own headings. */
export function Markdown({ text, headingOffset = 2 }: { text: string; headingOffset?: number }) {
  const blocks: ReactNode[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (!line.trim()) {
      i++;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const level = Math.min(6, heading[1]!.length + headingOffset);
      const Tag = `h${level}` as 'h3';
      blocks.push(<Tag key={i}>{inline(heading[2]!)}</Tag>);
      i++;
      continue;
    }
    const bullet = /^\s*[-*+]\s+/;
    const numbered = /^\s*\d+[.)]\s+/;
    if (bullet.test(line) || numbered.test(line)) {
      const ordered = numbered.test(line);
      const pattern = ordered ? numbered : bullet;
      const items: ReactNode[] = [];
      while (i < lines.length && pattern.test(lines[i]!)) {
        items.push(<li key={i}>{inline(lines[i]!.replace(pattern, ''))}</li>);
        i++;
      }
      blocks.push(ordered ? <ol key={`l${i}`}>{items}</ol> : <ul key={`l${i}`}>{items}</ul>);
      continue;
    }
    const paragraph: string[] = [];
    while (i < lines.length && lines[i]!.trim() && !/^#{1,6}\s/.test(lines[i]!) && !bullet.test(lines[i]!) && !numbered.test(lines[i]!)) {
      paragraph.push(lines[i]!.trim());
      i++;
    }
    blocks.push(<p key={`p${i}`}>{inline(paragraph.join(' '))}</p>);
  }
  return <div className="procedure-text">{blocks}</div>;
}
