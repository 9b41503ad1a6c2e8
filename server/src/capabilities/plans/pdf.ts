// Prints the individual plan as a clear Norwegian document for people without BankID: plain
// language, one idea per line, and a large-type option (16 pt body).
import PDFDocument from 'pdfkit';
import type { z } from 'zod';
import type { planView } from './schemas.js';

export interface PrintOptions {
  large: boolean;
  municipality: string;
}

const formatDate = (date: string): string => new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
const measureStatus: Record<string, string> = { planned: 'Planlagt', ongoing: 'Pågår', done: 'Ferdig', cancelled: 'Avlyst' };
const goalStatus: Record<string, string> = { active: '', achieved: ' (nådd)', dropped: ' (ikke lenger aktuelt)' };

/** A pdfkit document with sizes for normal or large type, and a promise of its bytes. */
export function plainDocument(title: string, options: PrintOptions) {
  // Uncompressed: these are short letters, and the text stays searchable for tests and screen readers' tools.
  const doc = new PDFDocument({ size: 'A4', margin: options.large ? 48 : 56, compress: false, info: { Title: title, Author: options.municipality } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const size = options.large ? { title: 28, heading: 21, body: 16, small: 13 } : { title: 20, heading: 15, body: 12, small: 10 };
  const write = {
    title: (text: string) => doc.font('Helvetica-Bold').fontSize(size.title).text(text).moveDown(0.3),
    heading: (text: string) => doc.moveDown(0.8).font('Helvetica-Bold').fontSize(size.heading).text(text).moveDown(0.2),
    body: (text: string) => doc.font('Helvetica').fontSize(size.body).text(text, { lineGap: options.large ? 4 : 2 }),
    bullet: (text: string) => doc.font('Helvetica').fontSize(size.body).text(`•  ${text}`, { indent: 0, lineGap: options.large ? 4 : 2 }),
    small: (text: string) => doc.font('Helvetica').fontSize(size.small).fillColor('#444444').text(text).fillColor('black'),
  };
  return { doc, done, write };
}

export function renderPlanPdf(plan: z.infer<typeof planView>, options: PrintOptions): Promise<Buffer> {
  const { doc, done, write } = plainDocument(`Individuell plan – ${plan.personName}`, options);
  write.small(options.municipality);
  write.title('Min individuelle plan');
  write.body(plan.personName);
  write.small(`Sist endret ${formatDate(plan.updatedAt.toISOString().slice(0, 10))} av ${plan.updatedByName} (versjon ${plan.version}).`);
  if (plan.status !== 'active') write.body(plan.status === 'paused' ? 'Planen er satt på pause.' : 'Planen er avsluttet.');

  write.heading('Dette er viktig for meg');
  const goals = plan.goals.filter((g) => g.status !== 'dropped');
  if (!goals.length) write.body('Ingen mål er skrevet ned ennå.');
  for (const goal of goals) {
    write.bullet(`${goal.text}${goalStatus[goal.status] ?? ''}`);
    for (const comment of goal.comments) write.small(`   Kommentar fra ${comment.authorName}: ${comment.text}`);
  }

  write.heading('Dette skal skje');
  const measures = plan.measures.filter((m) => m.status !== 'cancelled');
  if (!measures.length) write.body('Ingen tiltak er avtalt ennå.');
  for (const m of measures) {
    write.bullet(m.description);
    write.body(`   Hvem: ${m.responsiblePerson}, ${m.responsible}.`);
    write.body(`   Når: fra ${formatDate(m.startDate)}, senest ${formatDate(m.deadline)}. ${measureStatus[m.status] ?? m.status}.`);
  }

  write.heading('Min koordinator');
  write.body(plan.coordinator ? `${plan.coordinator.displayName}, ${plan.coordinator.unitName}${plan.coordinator.phone ? `. Telefon ${plan.coordinator.phone}` : ''}.` : 'Du har ikke fått koordinator ennå.');

  write.heading('Disse er med i planen');
  for (const p of plan.participants.filter((x) => x.active)) write.bullet(`${p.name} – ${p.role}`);

  write.heading('Når vi ser på planen igjen');
  write.body(`Neste gang: ${formatDate(plan.nextReviewDate)}. Vi ser på planen minst hver ${plan.reviewIntervalDays}. dag.`);
  if (plan.problems.length) {
    write.heading('Dette mangler i planen');
    for (const problem of plan.problems) write.bullet(problem.detail);
  }
  doc.moveDown(1.5);
  write.small('Du bestemmer over planen din. Du kan når som helst si at noen ikke lenger skal være med. Spør koordinatoren din hvis noe er uklart.');
  doc.end();
  return done;
}
