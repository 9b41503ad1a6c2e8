// The crisis plan's content, shared by the person page and the on-call emergency view.
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { formatDate } from '../../platform/format.js';
import { reachableLabels } from '../coordination/labels.js';

export interface CrisisContent {
  warningSigns: string;
  triggers: string | null;
  whatHelps: string;
  whatToAvoid: string | null;
  medication: string | null;
  contacts: { name: string; relation: string; phone: string; reachable: 'day' | 'night' | 'day-and-night' }[];
  personsWishes: string | null;
  reviewDate: string;
}

const tel = (phone: string) => `tel:${phone.replace(/\s/g, '')}`;

/** Headings and phrases; staff pages use the bokmål defaults, the person's own page passes its language form. */
export interface CrisisLabels {
  warningSigns: string;
  triggers: string;
  whatHelps: string;
  whatToAvoid: string;
  medication: string;
  contacts: string;
  personsWishes: string;
  review(date: string): string;
  reachable(when: CrisisContent['contacts'][number]['reachable']): string;
}

const staffLabels: CrisisLabels = {
  warningSigns: 'Tidlige varseltegn',
  triggers: 'Hva kan utløse en krise',
  whatHelps: 'Hva hjelper',
  whatToAvoid: 'Hva bør unngås',
  medication: 'Medisiner',
  contacts: 'Hvem kan kontaktes',
  personsWishes: 'Personens ønsker',
  review: (date) => `Revideres ${date}.`,
  reachable: (when) => reachableLabels[when].toLowerCase(),
};

export function CrisisPlanContent({ plan, level = 3, labels = staffLabels }: { plan: CrisisContent; level?: 2 | 3; labels?: CrisisLabels }) {
  const block = (title: string, text: string | null) =>
    text ? (
      <div className="crisis-block">
        <Heading level={level} data-size="2xs">
          {title}
        </Heading>
        <Paragraph className="pre-line">{text}</Paragraph>
      </div>
    ) : null;
  return (
    <>
      {block(labels.warningSigns, plan.warningSigns)}
      {block(labels.triggers, plan.triggers)}
      {block(labels.whatHelps, plan.whatHelps)}
      {block(labels.whatToAvoid, plan.whatToAvoid)}
      {block(labels.medication, plan.medication)}
      <div className="crisis-block">
        <Heading level={level} data-size="2xs">
          {labels.contacts}
        </Heading>
        <ul className="plain-list tight">
          {plan.contacts.map((c) => (
            <li key={`${c.name}-${c.phone}`}>
              <strong>{c.name}</strong> ({c.relation}), <a href={tel(c.phone)}>{c.phone}</a> – {labels.reachable(c.reachable)}
            </li>
          ))}
        </ul>
      </div>
      {block(labels.personsWishes, plan.personsWishes)}
      <Paragraph data-size="sm" className="muted">
        {labels.review(formatDate(plan.reviewDate))}
      </Paragraph>
    </>
  );
}
