// The housing office's overview: persons in temporary housing (days, warning at 2 months, finding at
// 3), the waiting list, and monthly figures for the municipality.
import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert } from '../../platform/feedback.js';
import { formatDate } from '../../platform/format.js';
import { useTitle } from '../../platform/use-title.js';
import { ScrollRegion } from '../../platform/ScrollRegion.js';
import { DataTable } from '../../platform/DataTable.js';
import { StayTag, type StayView } from './HousingSection.js';
import { applicationKindText } from './labels.js';
import { cite } from '../../../../server/src/platform/law/index.js';

interface Overview {
  today: string;
  stays: (StayView & { personName: string })[];
  waitingList: { id: string; personId: string; personName: string; kind: keyof typeof applicationKindText; appliedOn: string; waitingPosition: number | null }[];
}
interface Figures { months: { month: string; personsInTemporaryHousing: number; staysOverThreeMonths: number; evictions: number }[] }

export function HousingOfficePage() {
  useTitle('Boligkontoret');
  const user = useUser();
  const overview = useApi<Overview>('/api/housing/overview');
  const figures = useApi<Figures>(may(user, 'housing.statistics') ? '/api/housing/figures?months=12' : null);
  const o = overview.data;
  return (
    <>
      <Heading level={1} data-size="lg">
        Boligkontoret
      </Heading>
      <Paragraph>Opphold i midlertidig botilbud skal helst ikke vare mer enn tre måneder ({cite('sotjl', '§ 27')}; {cite('helsetilsynet-midlertidig-botilbud')}). Varsel etter 2 måneder, avvik etter 3 – med mindre unntaksgrunn er registrert.</Paragraph>
      {overview.loading && !o && <Loading label="Henter oversikten …" />}
      <ProblemAlert error={overview.error} />
      {o && (
        <>
          <section aria-labelledby="stays-heading" className="section">
            <Heading level={2} data-size="md" id="stays-heading">
              I midlertidig botilbud nå ({o.stays.length})
            </Heading>
            <DataTable label="Tabell: personer i midlertidig botilbud" columns={['Person', 'Sted', 'Fra', 'Dager', 'Status']} empty="Ingen av personene du har tjenstlig behov for bor i midlertidig botilbud." rowCount={o.stays.length}>
              {o.stays.map((s) => (
                <Table.Row key={s.id} data-stay={s.id}>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/personer/${s.personId}/bolig`}>{s.personName}</RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{s.place}</Table.Cell>
                  <Table.Cell>{formatDate(s.startDate)}</Table.Cell>
                  <Table.Cell>{s.days}</Table.Cell>
                  <Table.Cell>
                    <StayTag stay={s} />
                    {s.exceptionReason && <div className="muted">{s.exceptionReason}</div>}
                  </Table.Cell>
                </Table.Row>
              ))}
            </DataTable>
          </section>
          <section aria-labelledby="waiting-heading" className="section">
            <Heading level={2} data-size="md" id="waiting-heading">
              Venteliste
            </Heading>
            {o.waitingList.length === 0 ? (
              <Paragraph>Ingen på ventelisten.</Paragraph>
            ) : (
              <ol className="plain-list">
                {o.waitingList.map((w) => (
                  <li key={w.id}>
                    {w.waitingPosition !== null ? `Plass ${w.waitingPosition}: ` : ''}
                    <Link asChild>
                      <RouterLink to={`/personer/${w.personId}/bolig`}>{w.personName}</RouterLink>
                    </Link>{' '}
                    – {applicationKindText[w.kind]}, søkt {formatDate(w.appliedOn)}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </>
      )}
      {figures.data && (
        <section aria-labelledby="figures-heading" className="section">
          <Heading level={2} data-size="md" id="figures-heading">
            Tall per måned (hele kommunen)
          </Heading>
          <ScrollRegion label="Tabell: tall per måned">
            <Table>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>Måned</Table.HeaderCell>
                  <Table.HeaderCell>Personer i midlertidig botilbud</Table.HeaderCell>
                  <Table.HeaderCell>Opphold over 3 måneder</Table.HeaderCell>
                  <Table.HeaderCell>Utkastelser</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {figures.data.months.map((m) => (
                  <Table.Row key={m.month}>
                    <Table.Cell>{m.month}</Table.Cell>
                    <Table.Cell>{m.personsInTemporaryHousing}</Table.Cell>
                    <Table.Cell>{m.staysOverThreeMonths}</Table.Cell>
                    <Table.Cell>{m.evictions}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollRegion>
        </section>
      )}
    </>
  );
}
