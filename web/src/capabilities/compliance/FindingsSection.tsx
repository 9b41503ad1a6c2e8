// Compliance findings on the worklist: what is not (fully) met for the persons I or my unit must act on.
import { Link as RouterLink } from 'react-router';
import { Heading, Link, Table, Tag } from '@digdir/designsystemet-react';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert } from '../../platform/feedback.js';
import { DataTable } from '../../platform/DataTable.js';
import { sourceText, statusColors, statusLabels, type Finding } from './types.js';

export function FindingsSection({ view }: { view: 'mine' | 'unit' }) {
  const findings = useApi<{ items: Finding[] }>(`/api/compliance/findings?view=${view}`);
  return (
    <section aria-labelledby="findings-heading" className="findings-section">
      <Heading level={2} data-size="md" id="findings-heading">
        {view === 'mine' ? 'Mangler jeg skal følge opp' : 'Mangler enheten skal følge opp'}
      </Heading>
      {findings.loading && !findings.data ? (
        <Loading label="Henter mangler …" />
      ) : !findings.data ? (
        <ProblemAlert error={findings.error} />
      ) : (
        <DataTable label="Tabell: mangler i etterlevelse" columns={['Person', 'Krav', 'Funn', 'Enhet']} empty="Ingen mangler i etterlevelseskontrollene." rowCount={findings.data.items.length}>
          {findings.data.items.map((f) => (
            <Table.Row key={`${f.personId}:${f.checkId}`}>
              <Table.Cell>
                <Link asChild>
                  <RouterLink to={`/personer/${f.personId}/etterlevelse`}>{f.personName}</RouterLink>
                </Link>
              </Table.Cell>
              <Table.Cell>
                <Tag data-color={statusColors[f.status]} data-size="sm">
                  {statusLabels[f.status]}
                </Tag>{' '}
                {f.text}
                <div className="compliance-item__source">{sourceText(f.source)}</div>
              </Table.Cell>
              <Table.Cell>{f.detail}</Table.Cell>
              <Table.Cell>{f.unitName ?? '–'}</Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
    </section>
  );
}
