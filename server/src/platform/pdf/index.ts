export { createPdf, pdfConformance, type PdfFont, type PdfHandle, type PdfOptions } from './document.js';
export { plainDocument, type PlainWriter } from './plain.js';
