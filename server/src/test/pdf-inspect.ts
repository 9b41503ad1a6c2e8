// Reads back what a produced PDF says and what it is made of: the text through pdf.js (as a reader
// would extract it), and the PDF/A-2 facts veraPDF starts from, checked on the file's objects
// (pdfkit writes dictionaries uncompressed and no object streams, so they can be read as text).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** All text of the document, one line per text line, pages joined. */
export async function pdfText(bytes: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const lines: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    let line = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      line += item.str;
      if (item.hasEOL) {
        lines.push(line);
        line = '';
      }
    }
    if (line) lines.push(line);
  }
  await doc.destroy();
  return lines.join('\n');
}

export interface PdfFacts {
  pdfaPart: string | null;
  pdfaConformance: string | null;
  outputIntentWithIcc: boolean;
  language: string | null;
  marked: boolean;
  structTreeRoot: boolean;
  structureTypes: string[];
  fonts: { baseFont: string; embedded: boolean }[];
}

const standard14 = /^\/(Helvetica|Times|Courier|Symbol|ZapfDingbats)/;

export function pdfFacts(bytes: Buffer): PdfFacts {
  const raw = bytes.toString('latin1');
  const objects = new Map<string, string>();
  for (const m of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objects.set(m[1]!, m[2]!);
  const deref = (ref: string | undefined) => (ref ? (objects.get(ref) ?? '') : '');
  const catalog = [...objects.values()].find((o) => /\/Type \/Catalog/.test(o)) ?? '';
  const intentRefs = /\/OutputIntents \[([^\]]*)\]/.exec(catalog)?.[1]?.match(/(\d+) 0 R/g) ?? [];
  const outputIntentWithIcc = intentRefs.some((r) => {
    const intent = deref(r.split(' ')[0]);
    const profile = deref(/\/DestOutputProfile (\d+) 0 R/.exec(intent)?.[1]);
    return /\/S \/GTS_PDFA1/.test(intent) && /\/N 3/.test(profile) && /stream/.test(profile);
  });
  const markInfo = /\/MarkInfo (\d+) 0 R/.exec(catalog)?.[1];
  const fonts = [...objects.values()]
    .filter((o) => /\/Type \/Font\b/.test(o) && /\/BaseFont/.test(o))
    .map((o) => {
      const baseFont = /\/BaseFont (\/[^\s/>]+)/.exec(o)![1]!;
      // A composite font's glyphs live in its descendant CIDFont, whose descriptor holds the file.
      const descendant = deref(/\/DescendantFonts \[(\d+) 0 R\]/.exec(o)?.[1]);
      const descriptor = deref(/\/FontDescriptor (\d+) 0 R/.exec(descendant || o)?.[1]);
      return { baseFont, embedded: !standard14.test(baseFont) && /\/FontFile[23]? \d+ 0 R/.test(descriptor) };
    });
  return {
    pdfaPart: /<pdfaid:part>(\d)<\/pdfaid:part>/.exec(raw)?.[1] ?? null,
    pdfaConformance: /<pdfaid:conformance>([ABU])<\/pdfaid:conformance>/.exec(raw)?.[1] ?? null,
    outputIntentWithIcc,
    language: /\/Lang \(([^)]*)\)/.exec(catalog)?.[1] ?? null,
    marked: /\/Marked true/.test(deref(markInfo)),
    structTreeRoot: /\/StructTreeRoot \d+ 0 R/.test(catalog),
    structureTypes: [...new Set([...objects.values()].map((o) => /^<<\s*\/S \/(\w+)/.exec(o.trim())?.[1]).filter((s): s is string => !!s))],
    fonts,
  };
}
