// The letter that forwards an avvik to an external partner (bokmål), kept as evidence of what was sent.
import { createPdf } from '../../platform/pdf/index.js';
import { longDate, longDateTime } from '../../platform/i18n/index.js';

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

export function renderForwardingLetter(letter: ForwardingLetter): Promise<Buffer> {
  const pdf = createPdf({ title: `Melding om avvik ${letter.reference}`, author: letter.municipality, language: 'nb' });
  const { doc, block } = pdf;
  const heading = (text: string) => {
    doc.moveDown(0.8);
    block('H2', text, 'bold', 12);
  };
  const paragraph = (text: string) => block('P', text, 'regular', 11);
  for (const line of [letter.municipality, letter.fromUnit, longDate(letter.sentOn, 'nb')]) block('P', line, 'regular', 10, { align: 'right' });
  doc.moveDown(2);
  paragraph(letter.partner.name);
  if (letter.partner.address) paragraph(letter.partner.address);
  doc.moveDown(2);
  block('H1', `Melding om avvik i samarbeidet – ${letter.reference}`, 'bold', 15);
  heading('Hva skjedde');
  paragraph([`Tidspunkt: ${longDateTime(letter.occurredAt, 'nb')}`, `Sted: ${letter.location}`, `Kategori: ${letter.category}`, `Alvorlighetsgrad: ${letter.severity}`].join('\n'));
  doc.moveDown(0.5);
  paragraph(letter.description);
  if (letter.assessment) {
    heading('Kommunens vurdering');
    paragraph(letter.assessment);
  }
  heading('Hva vi ber om');
  paragraph(letter.request);
  doc.moveDown(0.5);
  paragraph(`Vi ber om skriftlig tilbakemelding innen ${longDate(letter.answerDueDate, 'nb')} om hvordan avviket er fulgt opp. Oppgi referanse ${letter.reference} i svaret.`);
  if (letter.personLinked) {
    heading('Personopplysninger');
    paragraph('Avviket gjelder en bruker. Identiteten er ikke tatt med i dette brevet. Ved behov utveksles opplysninger over sikker kanal (Norsk helsenett), med hjemmel eller samtykke.');
  }
  doc.moveDown(2);
  paragraph(['Med vennlig hilsen', letter.handler, `${letter.fromUnit}, ${letter.municipality}`].join('\n'));
  return pdf.finish();
}
