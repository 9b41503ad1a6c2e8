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

export function CrisisPlanContent({ plan, level = 3 }: { plan: CrisisContent; level?: 2 | 3 }) {
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
      {block('Tidlige varseltegn', plan.warningSigns)}
      {block('Hva kan utløse en krise', plan.triggers)}
      {block('Hva hjelper', plan.whatHelps)}
      {block('Hva bør unngås', plan.whatToAvoid)}
      {block('Medisiner', plan.medication)}
      <div className="crisis-block">
        <Heading level={level} data-size="2xs">
          Hvem kan kontaktes
        </Heading>
        <ul className="plain-list tight">
          {plan.contacts.map((c) => (
            <li key={`${c.name}-${c.phone}`}>
              <strong>{c.name}</strong> ({c.relation}), <a href={tel(c.phone)}>{c.phone}</a> – {reachableLabels[c.reachable].toLowerCase()}
            </li>
          ))}
        </ul>
      </div>
      {block('Personens ønsker', plan.personsWishes)}
      <Paragraph data-size="sm" className="muted">
        Revideres {formatDate(plan.reviewDate)}.
      </Paragraph>
    </>
  );
}
