// Prints a vedtak as a PDF letter in the person's written language form (bokmål or nynorsk). The legal
// basis and the appeal section come from the legal-source register in the letter's language; an
// imported decision made without register bases prints the text the old system held.
import type { z } from 'zod';
import type { TFunction } from 'i18next';
import { createPdf, type PdfHandle } from '../../platform/pdf/index.js';
import { letterTexts, longDate, longDay, type WrittenLanguage } from '../../platform/i18n/index.js';
import type { vedtakView } from './schemas.js';
import nb from './letter.nb.json' with { type: 'json' };
import nn from './letter.nn.json' with { type: 'json' };
import { appealRouteOf, basesCitation, upperFirst } from '../../platform/law/index.js';
import { appealText } from './appeal.js';
import { knownBases } from './rules.js';

export interface VedtakLetter {
  municipality: string;
  language: WrittenLanguage;
  person: { name: string; nationalId: string; address: string | null };
  vedtak: z.infer<typeof vedtakView>;
}

const texts = letterTexts('vedtak', { nb, nn });

function section(pdf: PdfHandle, heading: string, text: string): void {
  pdf.doc.moveDown(0.8);
  pdf.block('H2', heading, 'bold', 12);
  pdf.block('P', text, 'regular', 11);
}

export function renderLegalBasisSection(pdf: PdfHandle, t: TFunction, v: VedtakLetter['vedtak'], language: WrittenLanguage): void {
  const bases = knownBases(v.legalBasisIds);
  section(pdf, t('legalBasis.heading'), bases.length ? upperFirst(basesCitation(bases, language)) : v.legalBasis);
}

export function renderAppealSection(pdf: PdfHandle, t: TFunction, v: VedtakLetter['vedtak'], language: WrittenLanguage): void {
  const route = appealRouteOf(knownBases(v.legalBasisIds));
  section(pdf, t('appeal.heading'), route ? appealText(route, language) : v.appealInfo);
}

export function renderVedtakPdf(letter: VedtakLetter): Promise<Buffer> {
  const { vedtak: v, person, language } = letter;
  const t = texts(language);
  const date = (value: string | null) => (value ? longDate(value, language) : t('notSet'));
  const service = v.service.name.toLowerCase();
  const pdf = createPdf({ title: t('documentTitle', { service: v.service.name }), author: letter.municipality, language });
  const { doc, block } = pdf;
  block('P', letter.municipality, 'regular', 10, { align: 'right' });
  block('P', v.unitName, 'regular', 10, { align: 'right' });
  doc.moveDown(2);
  block('P', person.name, 'regular', 11);
  if (person.address) block('P', person.address, 'regular', 11);
  doc.moveDown(2);
  block('H1', t('heading', { service }), 'bold', 16);
  if (v.status === 'draft') {
    doc.fillColor('#b00020');
    block('P', t('draft'), 'regular', 11);
    doc.fillColor('black');
  }
  doc.moveDown(0.5);
  block('P', t('nationalId', { nationalId: person.nationalId }), 'regular', 11);
  section(pdf, t('decision.heading'), [v.endDate ? t('decision.grantUntil', { service, start: date(v.startDate), end: date(v.endDate) }) : t('decision.grant', { service, start: date(v.startDate) }), t('decision.scope', { scope: v.scope })].join('\n'));
  renderLegalBasisSection(pdf, t, v, language);
  section(pdf, t('reasoning.heading'), v.reasoning);
  section(pdf, t('participation.heading'), v.participation);
  section(pdf, t('evaluation.heading'), t('evaluation.text', { date: date(v.evaluationDate), responsible: v.evaluationResponsible?.displayName ?? t('notSet') }));
  renderAppealSection(pdf, t, v, language);
  doc.moveDown(2);
  block('P', v.finalizedAt ? t('finalizedOn', { date: longDay(v.finalizedAt, language) }) : t('notFinalized'), 'regular', 11);
  return pdf.finish();
}
