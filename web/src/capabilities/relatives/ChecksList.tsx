// The legal checks of a section: status, what is checked, the detail and the source (law and section).
import { Heading, Tag } from '@digdir/designsystemet-react';
import type { CheckOutcome } from '../../platform/api-types.js';

const statusText = { met: 'Oppfylt', partly: 'Delvis', 'not-met': 'Ikke oppfylt', 'not-applicable': 'Ikke aktuelt' } as const;
const statusColor = { met: 'success', partly: 'warning', 'not-met': 'danger', 'not-applicable': 'neutral' } as const;

export function ChecksList({ checks, id }: { checks: CheckOutcome[]; id: string }) {
  return (
    <section aria-labelledby={id} className="section">
      <Heading level={2} data-size="sm" id={id}>
        Kontroller
      </Heading>
      <ul className="plain-list">
        {checks.map((c) => (
          <li key={c.id} className="check-row">
            <Tag data-color={statusColor[c.status]}>{statusText[c.status]}</Tag> <strong>{c.text}</strong>
            <div>{c.detail}</div>
            <div className="muted">
              Kilde: {c.source.law} {c.source.section}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
