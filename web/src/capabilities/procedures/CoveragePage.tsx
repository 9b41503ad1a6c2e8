// Lesedekning og revisjon (leaders, quality advisers, the director, auditors): per procedure in force,
// how many of the staff it applies to have read the current version, per unit, and which revisions
// are overdue or due soon.
import { Link as RouterLink } from 'react-router';
import { Alert, Details, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert } from '../../platform/feedback.js';
import { ScrollRegion } from '../../platform/ScrollRegion.js';
import { formatDate } from '../../platform/format.js';
import { useTitle } from '../../platform/use-title.js';
import { ProceduresNav } from './ProceduresNav.js';
import { percent, revisionLabels } from './labels.js';
import type { CoverageList } from './types.js';

export function CoveragePage() {
  useTitle('Lesedekning og revisjon');
  const c = useApi<CoverageList>('/api/procedures/coverage');
  return (
    <>
      <Heading level={1} data-size="lg">
        Lesedekning og revisjon
      </Heading>
      <ProceduresNav />
      <ProblemAlert error={c.error} />
      {c.loading && !c.data && <Loading label="Henter lesedekning …" />}
      {c.data && (
        <>
          {c.data.overdueRevisions > 0 ? (
            <Alert data-color="warning">
              <Paragraph>
                {c.data.overdueRevisions === 1 ? '1 rutine har' : `${c.data.overdueRevisions} rutiner har`} passert revisjonsdatoen.
              </Paragraph>
            </Alert>
          ) : (
            <Paragraph>Ingen rutiner har passert revisjonsdatoen.</Paragraph>
          )}
          <ScrollRegion label="Lesedekning per rutine">
            <Table data-size="sm">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>Rutine</Table.HeaderCell>
                  <Table.HeaderCell>Versjon</Table.HeaderCell>
                  <Table.HeaderCell>Har lest</Table.HeaderCell>
                  <Table.HeaderCell>Dekning</Table.HeaderCell>
                  <Table.HeaderCell>Revisjon</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {c.data.items.map((item) => (
                  <Table.Row key={item.versionId}>
                    <Table.Cell>
                      <Link asChild>
                        <RouterLink to={`/rutiner/${item.procedureId}`}>{item.title}</RouterLink>
                      </Link>
                    </Table.Cell>
                    <Table.Cell>{item.version}</Table.Cell>
                    <Table.Cell>
                      {item.acknowledged} av {item.affected}
                    </Table.Cell>
                    <Table.Cell>{percent(item.share)}</Table.Cell>
                    <Table.Cell>
                      {formatDate(item.revisionDue)} <Tag data-color={revisionLabels[item.revisionStatus].color}>{revisionLabels[item.revisionStatus].text}</Tag>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollRegion>
          <section aria-labelledby="per-unit-heading" className="section">
            <Heading level={2} data-size="sm" id="per-unit-heading">
              Per enhet
            </Heading>
            {c.data.items.map((item) => (
              <Details key={item.versionId}>
                <Details.Summary>
                  {item.title} ({percent(item.share)})
                </Details.Summary>
                <Details.Content>
                  <ul className="plain-list tight">
                    {item.perUnit.map((u) => (
                      <li key={u.unitId}>
                        {u.unitName}: {u.acknowledged} av {u.affected} ({percent(u.share)})
                      </li>
                    ))}
                  </ul>
                </Details.Content>
              </Details>
            ))}
          </section>
        </>
      )}
    </>
  );
}
