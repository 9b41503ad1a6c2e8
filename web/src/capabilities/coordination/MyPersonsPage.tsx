// «Mine personer»: the coordinator's caseload, with each individual plan's state (incomplete, review
// overdue), the next team meeting and the crisis plan's review date.
import { Link as RouterLink } from 'react-router';
import { Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert } from '../../platform/feedback.js';
import { formatDate, formatDateTime } from '../../platform/format.js';
import { useTitle } from '../../platform/use-title.js';
import { DataTable } from '../../platform/DataTable.js';
import type { CaseloadItem, Items } from '../../platform/api-types.js';
import { planStatusColors, planStatusLabels } from './labels.js';

function PlanState({ item }: { item: CaseloadItem }) {
  if (!item.plan) return <Tag data-color="neutral">Ingen plan</Tag>;
  const { plan } = item;
  return (
    <div className="tag-row">
      <Tag data-color={planStatusColors[plan.status]}>{planStatusLabels[plan.status]}</Tag>
      {plan.problems.length > 0 ? <Tag data-color="danger">Ufullstendig</Tag> : <Tag data-color="success">Komplett</Tag>}
    </div>
  );
}

export function MyPersonsPage() {
  useTitle('Mine personer');
  const list = useApi<Items<CaseloadItem>>('/api/me/caseload');
  const items = list.data?.items ?? [];
  return (
    <>
      <Heading level={1} data-size="lg">
        Mine personer
      </Heading>
      <Paragraph>Personene du er koordinator for, med individuell plan, neste teammøte og kriseplan.</Paragraph>
      {list.loading && !list.data && <Loading label="Henter personene dine …" />}
      <ProblemAlert error={list.error} />
      {list.data && (
        <DataTable label="Tabell over mine personer" columns={['Person', 'Individuell plan', 'Neste revisjon', 'Neste teammøte', 'Kriseplan']} empty="Du er ikke koordinator for noen personer nå." rowCount={items.length} zebra tableLabel="Personer du er koordinator for">
          {items.map((item) => (
            <Table.Row key={item.personId}>
              <Table.Cell>
                <Link asChild>
                  <RouterLink to={`/personer/${item.personId}/plan`}>{item.personName}</RouterLink>
                </Link>
                <div className="muted">Født {formatDate(item.birthDate)}{item.basis === 'without-ip' ? ' · koordinator uten IP' : ''}</div>
              </Table.Cell>
              <Table.Cell>
                <PlanState item={item} />
                {item.plan && item.plan.problems.length > 0 && (
                  <ul className="plain-list tight">
                    {item.plan.problems.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                )}
              </Table.Cell>
              <Table.Cell>{item.plan ? formatDate(item.plan.nextReviewDate) : '–'}</Table.Cell>
              <Table.Cell>{item.nextMeeting ? formatDateTime(item.nextMeeting) : 'Ikke innkalt'}</Table.Cell>
              <Table.Cell>{item.crisisPlanReviewDate ? `Revideres ${formatDate(item.crisisPlanReviewDate)}` : 'Ingen kriseplan'}</Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
    </>
  );
}
