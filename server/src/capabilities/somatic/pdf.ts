// The summary of a low-threshold health contact, as the letter sent to the GP (bokmål: a letter
// between professionals, not to the person).
import { plainDocument } from '../../platform/pdf/index.js';
import { longDateTime } from '../../platform/i18n/index.js';

const when = (d: Date): string => longDateTime(d, 'nb');

export function renderHealthContactPdf(c: { personName: string; nationalId: string; unitName: string; author: string; contactAt: Date; reason: string; summary: string; gpName: string; sentAt: Date; acknowledgedAt: Date | null }, municipality: string): Promise<Buffer> {
  const pdf = plainDocument({ title: `Oppsummering til fastlege – ${c.personName}`, author: municipality, language: 'nb', large: false });
  const { write } = pdf;
  write.small(`${municipality}, ${c.unitName}`);
  write.title('Oppsummering etter lavterskel helsekontakt');
  write.body(`Til: ${c.gpName}`);
  write.body(`Gjelder: ${c.personName} (fødselsnummer ${c.nationalId})`);
  write.small(`Kontakt ${when(c.contactAt)}. Sendt ${when(c.sentAt)} av ${c.author}.`);
  write.heading('Årsak til kontakten');
  write.body(c.reason);
  write.heading('Oppsummering');
  write.body(c.summary);
  write.heading('Kvittering');
  write.body(c.acknowledgedAt ? `Fastlegen kvitterte ${when(c.acknowledgedAt)}.` : 'Fastlegen har ikke kvittert ennå.');
  return pdf.finish();
}
