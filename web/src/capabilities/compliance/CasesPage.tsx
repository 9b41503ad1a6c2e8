// Drill-down from a dashboard count to the cases behind it. Persons the viewer has no relation to are
// counted, never named (need-to-know).
import { Link as RouterLink, useSearchParams } from 'react-router';
import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert } from '../../platform/feedback.js';
import { useTitle } from '../../platform/use-title.js';
import { ScrollRegion } from '../../platform/ScrollRegion.js';
import { sourceText, statusLabels, type Cases } from './types.js';

export function CasesPage() {
  useTitle('Saker bak tallet – Etterlevelse');
  const [params] = useSearchParams();
  const query = new URLSearchParams({ checkId: params.get('kontroll') ?? '', status: params.get('status') ?? '', ...(params.get('enhet') ? { unitId: params.get('enhet')! } : {}) }).toString();
  const cases = useApi<Cases>(`/api/compliance/cases?${query}`);
  const c = cases.data;
  return (
    <>
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/etterlevelse${params.get('enhet') ? `?enhet=${encodeURIComponent(params.get('enhet')!)}` : ''}`}>Tilbake til etterlevelse</RouterLink>
        </Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        Saker bak tallet
      </Heading>
      {cases.loading && !c ? (
        <Loading label="Henter sakene …" />
      ) : !c ? (
        <ProblemAlert error={cases.error} />
      ) : (
        <>
          <Paragraph>
            <strong>{c.check.text}</strong> ({sourceText(c.check.source)}) – {statusLabels[c.status].toLowerCase()}
            {c.unit ? `, ${c.unit.name}` : ', hele kommunen'}: {c.total} {c.total === 1 ? 'person' : 'personer'}.
          </Paragraph>
          {c.hiddenCount > 0 && (
            <Paragraph>
              {c.hiddenCount} {c.hiddenCount === 1 ? 'person vises' : 'personer vises'} ikke med navn fordi du ikke har tjenstlig behov for dem.
            </Paragraph>
          )}
          {c.items.length > 0 && (
            <>
              <Link href={`/api/compliance/cases.csv?${query}`} download>
                Last ned som CSV
              </Link>
              <ScrollRegion label="Tabell: saker">
                <Table>
                  <caption>Personer med resultatet</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell>Person</Table.HeaderCell>
                      <Table.HeaderCell>Funn</Table.HeaderCell>
                      <Table.HeaderCell>Ansvarlig enhet</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {c.items.map((i) => (
                      <Table.Row key={i.personId}>
                        <Table.Cell>
                          <Link asChild>
                            <RouterLink to={`/personer/${i.personId}/etterlevelse`}>{i.personName}</RouterLink>
                          </Link>
                        </Table.Cell>
                        <Table.Cell>{i.detail}</Table.Cell>
                        <Table.Cell>{i.unitName ?? '–'}</Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </ScrollRegion>
            </>
          )}
        </>
      )}
    </>
  );
}
