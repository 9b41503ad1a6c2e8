// Prints the crisis plan as a clear Norwegian document («Min kriseplan»), with a large-type option.
import type { z } from 'zod';
import { plainDocument, type PrintOptions } from '../plans/index.js';
import type { crisisPlanContent } from './schemas.js';

const formatDate = (date: string): string => new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
const reachable: Record<string, string> = { day: 'dagtid', night: 'natt', 'day-and-night': 'hele døgnet' };

export function renderCrisisPlanPdf(input: { personName: string; plan: z.infer<typeof crisisPlanContent>; sharedWith: string[] }, options: PrintOptions): Promise<Buffer> {
  const { plan } = input;
  const { doc, done, write } = plainDocument(`Kriseplan – ${input.personName}`, options);
  write.small(options.municipality);
  write.title('Min kriseplan');
  write.body(input.personName);
  write.small(`Laget ${formatDate(plan.preparedOn)} sammen med meg. Sist endret av ${plan.updatedByName} (versjon ${plan.version}).`);
  const section = (heading: string, text: string | null) => {
    if (!text?.trim()) return;
    write.heading(heading);
    write.body(text);
  };
  section('Tegn på at jeg holder på å bli dårligere', plan.warningSigns);
  section('Dette kan gjøre det verre', plan.triggers);
  section('Dette hjelper meg', plan.whatHelps);
  section('Dette bør dere ikke gjøre', plan.whatToAvoid);
  section('Medisiner', plan.medication);
  write.heading('Hvem jeg kan ringe');
  for (const c of plan.contacts) write.bullet(`${c.name} (${c.relation}): ${c.phone} – ${reachable[c.reachable]}`);
  section('Mine ønsker', plan.personsWishes);
  write.heading('Hvem som kan se planen');
  write.body(input.sharedWith.length ? `Jeg har sagt ja til at disse kan se planen: ${input.sharedWith.join(', ')}.` : 'Bare de som jobber med meg til vanlig kan se planen.');
  write.heading('Når vi ser på planen igjen');
  write.body(`Senest ${formatDate(plan.reviewDate)}.`);
  doc.moveDown(1.5);
  write.small('Du kan når som helst si at en enhet ikke lenger skal se kriseplanen din.');
  doc.end();
  return done;
}
