// NAV's caseload: the persons the adviser's NAV unit follows up, with contact person, open § 17
// requests, the last financial assistance referenced and any temporary stay.
import { Heading, Link, Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert } from '../../platform/feedback.js';
import { formatDate } from '../../platform/format.js';
import { useTitle } from '../../platform/use-title.js';
import { DataTable } from '../../platform/DataTable.js';
import { StayTag } from '../housing/HousingSection.js';
import type { StayLevel } from '../housing/labels.js';
import { sec } from '../../../../server/src/platform/law/index.js';

interface Caseload {
  items: { personId: string; personName: string; contactName: string | null; pendingGuidance: number; overdueGuidance: number; lastFinancialAssistance: string | null; stayDays: number | null; stayLevel: StayLevel | null }[];
}

export function NavCaseloadPage() {
  useTitle('NAV – saksliste');
  const caseload = useApi<Caseload>('/api/nav/caseload');
  return (
    <>
      <Heading level={1} data-size="lg">
        NAV – saksliste
      </Heading>
      {caseload.loading && !caseload.data && <Loading label="Henter sakslisten …" />}
      <ProblemAlert error={caseload.error} />
      {caseload.data && (
        <DataTable label="Tabell: NAVs saksliste" columns={['Person', 'Fast kontaktperson', `Råd og veiledning (${sec('sotjl', '§ 17')})`, 'Sist økonomisk hjelp', 'Midlertidig botilbud']} empty="Ingen personer på sakslisten." rowCount={caseload.data.items.length}>
          {caseload.data.items.map((i) => (
            <Table.Row key={i.personId}>
              <Table.Cell>
                <Link asChild>
                  <RouterLink to={`/personer/${i.personId}/nav`}>{i.personName}</RouterLink>
                </Link>
              </Table.Cell>
              <Table.Cell>{i.contactName ?? <Tag data-color="warning">Mangler</Tag>}</Table.Cell>
              <Table.Cell>
                {i.pendingGuidance === 0 ? 'Ingen åpne' : `${i.pendingGuidance} åpne`} {i.overdueGuidance > 0 && <Tag data-color="danger">{i.overdueGuidance} over fristen</Tag>}
              </Table.Cell>
              <Table.Cell>{i.lastFinancialAssistance ? formatDate(i.lastFinancialAssistance) : '–'}</Table.Cell>
              <Table.Cell>{i.stayLevel ? <>{i.stayDays} dager <StayTag stay={{ level: i.stayLevel }} /></> : '–'}</Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
    </>
  );
}
