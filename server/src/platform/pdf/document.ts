// The one way to make a PDF: A4, Noto Sans embedded (regular, bold, italic), PDF/A-2b for the archive
// (Noark/arkivverket accept PDF/A), tagged (headings and paragraphs are structure elements), and the
// document language set to the letter's language form. The standard-14 fonts (Helvetica) have no Č,
// Ŋ, Đ, Ŧ, Ž, Š or Á, so Northern, Lule and Southern Sami names printed as garbage; PDF/A forbids
// fonts that are not embedded anyway.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { documentLanguage, type WrittenLanguage } from '../i18n/index.js';

const require = createRequire(import.meta.url);
const notoSans = (style: string): Buffer => readFileSync(require.resolve(`@expo-google-fonts/noto-sans/${style}/NotoSans_${style}.ttf`));
let fontData: Record<PdfFont, Buffer> | undefined;
/** Read once per process; fontkit parses the buffer per document. */
function fonts(): Record<PdfFont, Buffer> {
  fontData ??= { regular: notoSans('400Regular'), bold: notoSans('700Bold'), italic: notoSans('400Regular_Italic') };
  return fontData;
}

export type PdfFont = 'regular' | 'bold' | 'italic';
export const pdfConformance = 'PDF/A-2b';

export interface PdfOptions {
  title: string;
  author?: string;
  language: WrittenLanguage;
  layout?: 'portrait' | 'landscape';
  margin?: number;
  /** Uncompressed content keeps short letters inspectable (font sizes, operators) in tests. */
  compress?: boolean;
}

export interface PdfHandle {
  doc: PDFKit.PDFDocument;
  /** The document's root structure element; tagged text goes under it. */
  root: PDFKit.PDFStructureElement;
  /** Switches font (one of the embedded ones) and size. */
  use(font: PdfFont, size?: number): PDFKit.PDFDocument;
  /** Writes one tagged block of text (H1, H2, P …) in the given font and size. */
  block(type: 'H1' | 'H2' | 'P', text: string, font: PdfFont, size: number, options?: PDFKit.Mixins.TextOptions): PDFKit.PDFDocument;
  /** Ends the document and resolves to its bytes. */
  finish(): Promise<Buffer>;
}

export function createPdf(options: PdfOptions): PdfHandle {
  const data = fonts();
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.layout ?? 'portrait',
    margin: options.margin ?? 56,
    compress: options.compress ?? true,
    // Embedded from the start, so pdfkit never opens Helvetica.
    font: data.regular as unknown as string,
    pdfVersion: '1.7',
    subset: pdfConformance,
    tagged: true,
    lang: documentLanguage(options.language),
    displayTitle: true,
    info: { Title: options.title, ...(options.author ? { Author: options.author } : {}) },
  });
  doc.registerFont('regular', data.regular);
  doc.registerFont('bold', data.bold);
  doc.registerFont('italic', data.italic);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const use = (font: PdfFont, size?: number) => (size === undefined ? doc.font(font) : doc.font(font).fontSize(size));
  return {
    doc,
    root,
    use,
    block: (type, text, font, size, textOptions) => use(font, size).text(text, { ...textOptions, structParent: root, structType: type } as PDFKit.Mixins.TextOptions),
    finish: () => {
      root.end();
      doc.end();
      return done;
    },
  };
}
