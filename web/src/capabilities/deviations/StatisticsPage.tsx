// Avviksstatistikk: avvik per month, unit and category with trends, time to close and the share
// closed with feedback to the reporter. Aggregates only — no persons, no free text.
import { useState } from 'react';
import { Card, Field, Heading, Label, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert } from '../../platform/feedback.js';
import { ScrollRegion } from '../../platform/ScrollRegion.js';
import { localDate } from '../../platform/dates.js';
import { useTitle } from '../../platform/use-title.js';
import { DeviationsNav } from './DeviationsNav.js';
import { categoryLabels, trendLabels } from './labels.js';
import type { Category, Statistics } from './types.js';

const monthOf = (date: string) => date.slice(0, 7);
const monthNames = ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'];
const monthLabel = (m: string) => `${monthNames[Number(m.slice(5, 7)) - 1]} ${m.slice(2, 4)}`;
const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)} %`);
const days = (n: number | null) => (n === null ? '–' : `${n.toLocaleString('nb-NO', { maximumFractionDigits: 1 })} dager`);

export function StatisticsPage() {
  useTitle('Avviksstatistikk');
  const [from, setFrom] = useState(() => monthOf(localDate(-330)));
  const [to, setTo] = useState(() => monthOf(localDate()));
  const [unitBasis, setUnitBasis] = useState<'concerned' | 'reporting'>('concerned');
  const stats = useApi<Statistics>(/^\d{4}-\d{2}$/.test(from) && /^\d{4}-\d{2}$/.test(to) ? `/api/deviations/statistics?${new URLSearchParams({ from, to, unitBasis }).toString()}` : null);
  const s = stats.data;
  return (
    <>
      <Heading level={1} data-size="lg">
        Avviksstatistikk
      </Heading>
      <DeviationsNav />
      <div className="worklist-controls">
        <Textfield id="stats-from" type="month" label="Fra måned" data-size="sm" value={from} onChange={(e) => setFrom(e.target.value)} />
        <Textfield id="stats-to" type="month" label="Til måned" data-size="sm" value={to} onChange={(e) => setTo(e.target.value)} />
        <Field data-size="sm">
          <Label>Enhet</Label>
          <Select id="stats-unitBasis" value={unitBasis} onChange={(e) => setUnitBasis(e.target.value as typeof unitBasis)}>
            <Select.Option value="concerned">Enheten avviket gjelder</Select.Option>
            <Select.Option value="reporting">Enheten som meldte</Select.Option>
          </Select>
        </Field>
      </div>
      <ProblemAlert error={stats.error} />
      {stats.loading && !s && <Loading label="Beregner statistikk …" />}
      {s && (
        <>
          <div className="card-grid stats-totals" aria-label="Nøkkeltall" role="group">
            <KeyFigure label="Meldt" value={String(s.totals.reported)} />
            <KeyFigure label="Lukket" value={String(s.totals.closed)} />
            <KeyFigure label="Åpne" value={String(s.totals.open)} />
            <KeyFigure label="Tid til lukking (median)" value={days(s.totals.medianDaysToClose)} />
            <KeyFigure label="Tid til lukking (snitt)" value={days(s.totals.meanDaysToClose)} />
            <KeyFigure label="Lukket med tilbakemelding til melder" value={`${percent(s.totals.closedWithFeedbackShare)} (${s.totals.closedWithFeedback} av ${s.totals.closed})`} />
          </div>
          <section aria-labelledby="per-category-heading" className="section">
            <Heading level={2} data-size="sm" id="per-category-heading">
              Per kategori og måned
            </Heading>
            <ScrollRegion label="Avvik per kategori og måned">
              <Table data-size="sm">
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>Kategori</Table.HeaderCell>
                    {s.months.map((m) => (
                      <Table.HeaderCell key={m}>{monthLabel(m)}</Table.HeaderCell>
                    ))}
                    <Table.HeaderCell>Sum</Table.HeaderCell>
                    <Table.HeaderCell>Trend</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {s.perCategory.map((c) => (
                    <Table.Row key={c.category}>
                      <Table.HeaderCell scope="row">{c.label}</Table.HeaderCell>
                      {c.perMonth.map((n, i) => (
                        <Table.Cell key={s.months[i]}>{n}</Table.Cell>
                      ))}
                      <Table.Cell>{c.reported}</Table.Cell>
                      <Table.Cell>{trendLabels[c.trend]}</Table.Cell>
                    </Table.Row>
                  ))}
                  <Table.Row>
                    <Table.HeaderCell scope="row">Alle (lukket)</Table.HeaderCell>
                    {s.perMonth.map((m) => (
                      <Table.Cell key={m.month}>
                        {m.reported} ({m.closed})
                      </Table.Cell>
                    ))}
                    <Table.Cell>{s.totals.reported}</Table.Cell>
                    <Table.Cell />
                  </Table.Row>
                </Table.Body>
              </Table>
            </ScrollRegion>
          </section>
          <PerUnit s={s} />
          <Paragraph data-size="sm" className="muted">
            Trend: andre halvdel av perioden mot første halvdel. Kilde: {s.source}
          </Paragraph>
        </>
      )}
    </>
  );
}

function KeyFigure({ label, value }: { label: string; value: string }) {
  return (
    <Card data-color="neutral">
      <Paragraph data-size="sm">{label}</Paragraph>
      <Paragraph data-size="lg">
        <strong>{value}</strong>
      </Paragraph>
    </Card>
  );
}

function PerUnit({ s }: { s: Statistics }) {
  const categories = Object.keys(categoryLabels) as Category[];
  // The server sends one row per unit (or partner) over the period, most avvik first.
  const sorted = s.perUnit.map((u) => ({ key: `${u.unit.kind}:${u.unit.id ?? ''}`, name: u.unit.name, reported: u.reported, closed: u.closed, byCategory: new Map(u.perCategory.map((c) => [c.category, c.reported])) }));
  return (
    <section aria-labelledby="per-unit-heading" className="section">
      <Heading level={2} data-size="sm" id="per-unit-heading">
        Per enhet og kategori
      </Heading>
      {sorted.length === 0 ? (
        <Paragraph>Ingen avvik i perioden.</Paragraph>
      ) : (
        <ScrollRegion label="Avvik per enhet og kategori">
          <Table data-size="sm">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>Enhet</Table.HeaderCell>
                {categories.map((c) => (
                  <Table.HeaderCell key={c}>{categoryLabels[c]}</Table.HeaderCell>
                ))}
                <Table.HeaderCell>Meldt</Table.HeaderCell>
                <Table.HeaderCell>Lukket</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {sorted.map((r) => (
                <Table.Row key={r.key}>
                  <Table.HeaderCell scope="row">{r.name}</Table.HeaderCell>
                  {categories.map((c) => (
                    <Table.Cell key={c}>{r.byCategory.get(c) ?? 0}</Table.Cell>
                  ))}
                  <Table.Cell>{r.reported}</Table.Cell>
                  <Table.Cell>{r.closed}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollRegion>
      )}
    </section>
  );
}
