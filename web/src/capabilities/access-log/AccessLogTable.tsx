// The access log as a table: when, who, what, on what basis, and whether it was refused. On narrow
// screens each entry is stacked as label/value pairs instead of scrolling sideways.
import { useId } from 'react';
import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { formatDateTime } from '../../platform/format.js';
import type { LogEntry } from '../../platform/api-types.js';
import { actionText, basisText } from './labels.js';

const columns = ['Tidspunkt', 'Hvem', 'Hva', 'Grunnlag', 'Utfall'] as const;

export function AccessLogTable({ items, caption }: { items: LogEntry[]; caption: string }) {
  const headingId = useId();
  if (items.length === 0) return <Paragraph>Ingen oppslag er registrert.</Paragraph>;
  return (
    <section aria-labelledby={headingId} className="section">
      <Heading level={2} data-size="xs" id={headingId}>
        {caption}
      </Heading>
      <Table zebra className="log-table" aria-labelledby={headingId}>
        <Table.Head>
          <Table.Row>
            {columns.map((c) => (
              <Table.HeaderCell key={c}>{c}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((entry) => (
            <Table.Row key={entry.seq} className={entry.outcome === 'refused' ? 'log-refused' : undefined}>
              <Table.Cell data-label="Tidspunkt">{formatDateTime(entry.occurredAt)}</Table.Cell>
              <Table.Cell data-label="Hvem">{entry.actorName}</Table.Cell>
              <Table.Cell data-label="Hva">{actionText(entry.action)}</Table.Cell>
              <Table.Cell data-label="Grunnlag">
                {basisText(entry.basis)}
                {entry.reason && <div className="muted">Begrunnelse: «{entry.reason}»</div>}
              </Table.Cell>
              <Table.Cell data-label="Utfall">{entry.outcome === 'refused' ? <Tag data-color="danger">Nektet</Tag> : <Tag data-color="success">Tillatt</Tag>}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </section>
  );
}
