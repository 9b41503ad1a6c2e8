// Prints the crisis plan as a clear document («Min kriseplan») in the person's written language form,
// with a large-type option.
import type { z } from 'zod';
import { plainDocument } from '../../platform/pdf/index.js';
import { letterTexts, longDate } from '../../platform/i18n/index.js';
import type { PrintOptions } from '../plans/index.js';
import type { crisisPlanContent } from './schemas.js';
import nb from './print.nb.json' with { type: 'json' };
import nn from './print.nn.json' with { type: 'json' };

const texts = letterTexts('crisisPlan', { nb, nn });

export function renderCrisisPlanPdf(input: { personName: string; plan: z.infer<typeof crisisPlanContent>; sharedWith: string[] }, options: PrintOptions): Promise<Buffer> {
  const { plan } = input;
  const { language } = options;
  const t = texts(language);
  const date = (value: string) => longDate(value, language);
  const pdf = plainDocument({ title: t('documentTitle', { name: input.personName }), author: options.municipality, language, large: options.large });
  const { doc, write } = pdf;
  write.small(options.municipality);
  write.title(t('title'));
  write.body(input.personName);
  write.small(t('prepared', { date: date(plan.preparedOn), name: plan.updatedByName, version: plan.version }));
  const section = (heading: string, text: string | null) => {
    if (!text?.trim()) return;
    write.heading(heading);
    write.body(text);
  };
  section(t('warningSigns'), plan.warningSigns);
  section(t('triggers'), plan.triggers);
  section(t('whatHelps'), plan.whatHelps);
  section(t('whatToAvoid'), plan.whatToAvoid);
  section(t('medication'), plan.medication);
  write.heading(t('contacts.heading'));
  for (const c of plan.contacts) write.bullet(t('contacts.line', { name: c.name, relation: c.relation, phone: c.phone, reachable: t(`contacts.reachable.${c.reachable}`) }));
  section(t('wishes'), plan.personsWishes);
  write.heading(t('sharing.heading'));
  write.body(input.sharedWith.length ? t('sharing.shared', { list: input.sharedWith.join(', ') }) : t('sharing.notShared'));
  write.heading(t('review.heading'));
  write.body(t('review.text', { date: date(plan.reviewDate) }));
  doc.moveDown(1.5);
  write.small(t('footer'));
  return pdf.finish();
}
