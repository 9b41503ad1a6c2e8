// Prints a vedtak as a PDF letter in Norwegian (bokmål).
import PDFDocument from 'pdfkit';
import type { z } from 'zod';
import type { vedtakView } from './schemas.js';

export interface VedtakLetter {
  municipality: string;
  person: { name: string; nationalId: string; address: string | null };
  vedtak: z.infer<typeof vedtakView>;
}

const formatDate = (date: string | null): string => (date ? new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`)) : 'ikke satt');

export function renderVedtakPdf(letter: VedtakLetter): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `Vedtak – ${letter.vedtak.service.name}`, Author: letter.municipality } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const { vedtak: v, person } = letter;
  const heading = (text: string) => doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).text(text).font('Helvetica').fontSize(11);
  doc.font('Helvetica').fontSize(10).text(letter.municipality, { align: 'right' }).text(v.unitName, { align: 'right' });
  doc.moveDown(2).fontSize(11).text(person.name).text(person.address ?? '');
  doc.moveDown(2).font('Helvetica-Bold').fontSize(16).text(`Vedtak om ${v.service.name.toLowerCase()}`);
  if (v.status === 'draft') doc.fillColor('#b00020').fontSize(11).text('UTKAST – ikke fattet').fillColor('black');
  doc.font('Helvetica').fontSize(11).moveDown(0.5).text(`Fødselsnummer: ${person.nationalId}`);
  heading('Vedtak');
  doc.text(`Du får ${v.service.name.toLowerCase()} fra ${formatDate(v.startDate)}${v.endDate ? ` til ${formatDate(v.endDate)}` : ''}.`);
  doc.text(`Omfang: ${v.scope}`);
  heading('Hjemmel');
  doc.text(v.legalBasis);
  heading('Begrunnelse');
  doc.text(v.reasoning);
  heading('Din medvirkning');
  doc.text(v.participation);
  heading('Evaluering');
  doc.text(`Vedtaket skal evalueres sammen med deg senest ${formatDate(v.evaluationDate)}. Ansvarlig for evalueringen: ${v.evaluationResponsible?.displayName ?? 'ikke satt'}.`);
  heading('Klagerett');
  doc.text(v.appealInfo);
  doc.moveDown(2).text(v.finalizedAt ? `Fattet ${new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(v.finalizedAt)}` : 'Ikke fattet');
  doc.end();
  return done;
}
