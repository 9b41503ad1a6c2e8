// The letter that forwards an avvik to an external partner (bokmål), kept as evidence of what was sent.
import PDFDocument from 'pdfkit';

export interface ForwardingLetter {
  municipality: string;
  fromUnit: string;
  handler: string;
  partner: { name: string; address: string | null };
  reference: string;
  sentOn: string;
  occurredAt: Date;
  location: string;
  category: string;
  severity: string;
  description: string;
  assessment: string | null;
  request: string;
  answerDueDate: string;
  personLinked: boolean;
}

const longDate = (date: string): string => new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
const dateTime = (at: Date): string => new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Oslo' }).format(at);

export function renderForwardingLetter(letter: ForwardingLetter): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `Melding om avvik ${letter.reference}`, Author: letter.municipality } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const heading = (text: string) => doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).text(text).font('Helvetica').fontSize(11);
  doc.font('Helvetica').fontSize(10).text(letter.municipality, { align: 'right' }).text(letter.fromUnit, { align: 'right' }).text(longDate(letter.sentOn), { align: 'right' });
  doc.moveDown(2).fontSize(11).text(letter.partner.name).text(letter.partner.address ?? '');
  doc.moveDown(2).font('Helvetica-Bold').fontSize(15).text(`Melding om avvik i samarbeidet – ${letter.reference}`);
  heading('Hva skjedde');
  doc.text(`Tidspunkt: ${dateTime(letter.occurredAt)}`).text(`Sted: ${letter.location}`).text(`Kategori: ${letter.category}`).text(`Alvorlighetsgrad: ${letter.severity}`);
  doc.moveDown(0.5).text(letter.description);
  if (letter.assessment) {
    heading('Kommunens vurdering');
    doc.text(letter.assessment);
  }
  heading('Hva vi ber om');
  doc.text(letter.request);
  doc.moveDown(0.5).text(`Vi ber om skriftlig tilbakemelding innen ${longDate(letter.answerDueDate)} om hvordan avviket er fulgt opp. Oppgi referanse ${letter.reference} i svaret.`);
  if (letter.personLinked) {
    heading('Personopplysninger');
    doc.text('Avviket gjelder en bruker. Identiteten er ikke tatt med i dette brevet. Ved behov utveksles opplysninger over sikker kanal (Norsk helsenett), med hjemmel eller samtykke.');
  }
  doc.moveDown(2).text('Med vennlig hilsen').text(letter.handler).text(`${letter.fromUnit}, ${letter.municipality}`);
  doc.end();
  return done;
}
