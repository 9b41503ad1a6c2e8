// Etterlevelse: counts and percentages per check for the municipality or one unit, the monthly trend,
// drill-down to the cases (only persons the viewer has a relation to are named) and CSV export.
// Aggregates carry no personal data, so leaders without a relation see them too.
import { Link as RouterLink, useSearchParams } from 'react-router';
import { Field, Heading, Label, Link, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert } from '../../platform/feedback.js';
import { formatDateTime } from '../../platform/format.js';
import { useTitle } from '../../platform/use-title.js';
import { ScrollRegion } from '../../platform/ScrollRegion.js';
import type { Items, Unit } from '../../platform/api-types.js';
import { percentText, sourceText, type Dashboard } from './types.js';

const monthName = (month: string): string => {
  const [y, m] = month.split('-');
  return `${['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'][Number(m) - 1]} ${y}`;
};

export function DashboardPage() {
  useTitle('Etterlevelse');
  const [params, setParams] = useSearchParams();
  const unitId = params.get('enhet') ?? '';
  const units = useApi<Items<Unit>>('/api/units');
  const query = unitId ? `?unitId=${encodeURIComponent(unitId)}` : '';
  const dashboard = useApi<Dashboard>(`/api/compliance/dashboard${query}`);
  const casesLink = (checkId: string, status: string) => `/etterlevelse/saker?${new URLSearchParams({ kontroll: checkId, status, ...(unitId ? { enhet: unitId } : {}) }).toString()}`;
  const count = (n: number, checkId: string, status: string, label: string) =>
    n === 0 ? (
      '0'
    ) : (
      <Link asChild>
        <RouterLink to={casesLink(checkId, status)} aria-label={`${n} ${label}: vis sakene`}>
          {n}
        </RouterLink>
      </Link>
    );
  const d = dashboard.data;
  return (
    <>
      <Heading level={1} data-size="lg">
        Etterlevelse
      </Heading>
      <Paragraph>
        Hvor godt tjenestene oppfyller kravene i lov, forskrift og retningslinjer, kontroll for kontroll. Tallene gjelder personer som enheten har en aktiv sak eller tjeneste for. Du ser navn bare på personer du selv har tjenstlig
        behov for.
      </Paragraph>
      <div className="worklist-controls">
        <Field data-size="sm">
          <Label>Enhet</Label>
          <Select id="compliance-unit" value={unitId} onChange={(e) => setParams(e.target.value ? { enhet: e.target.value } : {}, { replace: true })}>
            <Select.Option value="">Hele kommunen</Select.Option>
            {(units.data?.items ?? []).map((u) => (
              <Select.Option key={u.id} value={u.id}>
                {u.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Link href={`/api/compliance/dashboard.csv${query}`} download>
          Last ned som CSV
        </Link>
      </div>
      {dashboard.loading && !d ? (
        <Loading label="Henter tallene …" />
      ) : !d ? (
        <ProblemAlert error={dashboard.error} />
      ) : (
        <>
          <Paragraph data-size="lg" className="compliance-total">
            <strong>{percentText(d.totals.percentMet)}</strong> av {d.totals.applicable} kontrollresultater er oppfylt ({d.totals.partly} delvis, {d.totals.notMet} ikke oppfylt){d.unit ? ` for ${d.unit.name}` : ' i hele kommunen'}.
            {d.evaluatedAt && ` Sist kontrollert ${formatDateTime(d.evaluatedAt)}.`}
          </Paragraph>
          <ScrollRegion label="Tabell: etterlevelse per kontroll">
            <Table>
              <caption>Resultat per kontroll</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>Krav og kilde</Table.HeaderCell>
                  <Table.HeaderCell>Oppfylt</Table.HeaderCell>
                  <Table.HeaderCell>Delvis</Table.HeaderCell>
                  <Table.HeaderCell>Ikke oppfylt</Table.HeaderCell>
                  <Table.HeaderCell>Andel oppfylt</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {d.items.map((i) => (
                  <Table.Row key={i.checkId}>
                    <Table.Cell>
                      {i.text}
                      <div className="compliance-item__source">{sourceText(i.source)}</div>
                    </Table.Cell>
                    <Table.Cell>{count(i.met, i.checkId, 'met', 'oppfylt')}</Table.Cell>
                    <Table.Cell>{count(i.partly, i.checkId, 'partly', 'delvis oppfylt')}</Table.Cell>
                    <Table.Cell>{count(i.notMet, i.checkId, 'not-met', 'ikke oppfylt')}</Table.Cell>
                    <Table.Cell>{percentText(i.percentMet)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollRegion>
          <Heading level={2} data-size="md">
            Utvikling per måned
          </Heading>
          {d.trend.length === 0 ? (
            <Paragraph>Ingen månedstall ennå. Tallene lagres ved den daglige kontrollen.</Paragraph>
          ) : (
            <ScrollRegion label="Tabell: utvikling per måned">
              <Table>
                <caption>Andel oppfylte kontrollresultater per måned</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>Måned</Table.HeaderCell>
                    <Table.HeaderCell>Andel oppfylt</Table.HeaderCell>
                    <Table.HeaderCell>Oppfylt</Table.HeaderCell>
                    <Table.HeaderCell>Delvis</Table.HeaderCell>
                    <Table.HeaderCell>Ikke oppfylt</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {d.trend.map((t) => (
                    <Table.Row key={t.month}>
                      <Table.Cell>{monthName(t.month)}</Table.Cell>
                      <Table.Cell>
                        <span className="trend-bar" style={{ width: `${Math.round(t.percentMet ?? 0)}px` }} aria-hidden="true" /> {percentText(t.percentMet)}
                      </Table.Cell>
                      <Table.Cell>{t.met}</Table.Cell>
                      <Table.Cell>{t.partly}</Table.Cell>
                      <Table.Cell>{t.notMet}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </ScrollRegion>
          )}
        </>
      )}
    </>
  );
}
