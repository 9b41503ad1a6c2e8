// Prints the individual plan as a clear document for people without BankID, in their written
// language form: plain language, one idea per line, and a large-type option (16 pt body).
import type { z } from 'zod';
import { plainDocument } from '../../platform/pdf/index.js';
import { letterTexts, longDate, type WrittenLanguage } from '../../platform/i18n/index.js';
import type { planView } from './schemas.js';
import nb from './print.nb.json' with { type: 'json' };
import nn from './print.nn.json' with { type: 'json' };

export interface PrintOptions {
  large: boolean;
  municipality: string;
  language: WrittenLanguage;
}

const texts = letterTexts('plan', { nb, nn });

export function renderPlanPdf(plan: z.infer<typeof planView>, options: PrintOptions): Promise<Buffer> {
  const { language } = options;
  const t = texts(language);
  const date = (value: string) => longDate(value, language);
  const pdf = plainDocument({ title: t('documentTitle', { name: plan.personName }), author: options.municipality, language, large: options.large });
  const { doc, write } = pdf;
  write.small(options.municipality);
  write.title(t('title'));
  write.body(plan.personName);
  write.small(t('lastChanged', { date: date(plan.updatedAt.toISOString().slice(0, 10)), name: plan.updatedByName, version: plan.version }));
  if (plan.status !== 'active') write.body(plan.status === 'paused' ? t('paused') : t('closed'));

  write.heading(t('goals.heading'));
  const goals = plan.goals.filter((g) => g.status !== 'dropped');
  if (!goals.length) write.body(t('goals.none'));
  for (const goal of goals) {
    write.bullet(`${goal.text}${goal.status === 'active' ? '' : t(`goals.${goal.status}`)}`);
    for (const comment of goal.comments) write.small(`   ${t('goals.comment', { name: comment.authorName, text: comment.text })}`);
  }

  write.heading(t('measures.heading'));
  const measures = plan.measures.filter((m) => m.status !== 'cancelled');
  if (!measures.length) write.body(t('measures.none'));
  for (const m of measures) {
    write.bullet(m.description);
    write.body(`   ${t('measures.who', { person: m.responsiblePerson, responsible: m.responsible })}`);
    write.body(`   ${t('measures.when', { start: date(m.startDate), deadline: date(m.deadline), status: t(`measures.status.${m.status}`) })}`);
  }

  write.heading(t('coordinator.heading'));
  const c = plan.coordinator;
  write.body(c ? t(c.phone ? 'coordinator.namedWithPhone' : 'coordinator.named', { name: c.displayName, unit: c.unitName, phone: c.phone }) : t('coordinator.none'));

  write.heading(t('participants.heading'));
  for (const p of plan.participants.filter((x) => x.active)) write.bullet(`${p.name} – ${p.role}`);

  write.heading(t('review.heading'));
  write.body(t('review.text', { date: date(plan.nextReviewDate), days: plan.reviewIntervalDays }));
  if (plan.problems.length) {
    write.heading(t('problems.heading'));
    for (const problem of plan.problems) write.bullet(problem.detail);
  }
  doc.moveDown(1.5);
  write.small(t('footer'));
  return pdf.finish();
}
