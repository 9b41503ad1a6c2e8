// Plain-language documents for the person (individual plan, crisis plan, GP summary): one idea per
// line, and a large-type option (16 pt body) for people who read poorly.
import { createPdf, type PdfHandle, type PdfOptions } from './document.js';

export interface PlainWriter {
  title(text: string): void;
  heading(text: string): void;
  body(text: string): void;
  bullet(text: string): void;
  small(text: string): void;
}

export function plainDocument(options: Omit<PdfOptions, 'margin' | 'compress'> & { large: boolean }): PdfHandle & { write: PlainWriter } {
  const { large } = options;
  // Uncompressed: these are short, and the text operators stay inspectable for tests.
  const pdf = createPdf({ ...options, margin: large ? 48 : 56, compress: false });
  const { doc, block } = pdf;
  const size = large ? { title: 28, heading: 21, body: 16, small: 13 } : { title: 20, heading: 15, body: 12, small: 10 };
  const lineGap = large ? 4 : 2;
  const write: PlainWriter = {
    title: (text) => void block('H1', text, 'bold', size.title).moveDown(0.3),
    heading: (text) => {
      doc.moveDown(0.8);
      block('H2', text, 'bold', size.heading).moveDown(0.2);
    },
    body: (text) => void block('P', text, 'regular', size.body, { lineGap }),
    bullet: (text) => void block('P', `•  ${text}`, 'regular', size.body, { lineGap }),
    small: (text) => {
      doc.fillColor('#444444');
      block('P', text, 'regular', size.small);
      doc.fillColor('black');
    },
  };
  return { ...pdf, write };
}
