// The legal checks of a section (met / partly / not met / not applicable), each with its source.
import { Heading, Tag } from '@digdir/designsystemet-react';

export interface CheckResultView {
  id: string;
  text: string;
  source: { law: string; section: string };
  status: 'met' | 'partly' | 'not-met' | 'not-applicable';
  detail: string;
}

const statusText = { met: 'Oppfylt', partly: 'Delvis', 'not-met': 'Ikke oppfylt', 'not-applicable': 'Ikke aktuelt' } as const;
const statusColor = { met: 'success', partly: 'warning', 'not-met': 'danger', 'not-applicable': 'neutral' } as const;

export function ChecksList({ checks, headingId }: { checks: CheckResultView[]; headingId: string }) {
  return (
    <section aria-labelledby={headingId} className="section">
      <Heading level={3} data-size="xs" id={headingId}>
        Krav og status
      </Heading>
      <ul className="plain-list">
        {checks.map((c) => (
          <li key={c.id} data-check={c.id}>
            <Tag data-color={statusColor[c.status]}>{statusText[c.status]}</Tag> {c.text}
            <div className="muted">
              {c.detail} Kilde: {c.source.law} {c.source.section}.
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
