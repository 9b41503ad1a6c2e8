// How well the kartlegging covers the core domains, at a glance; and the instrument results so far.
import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { formatDateTime } from '../../platform/format.js';
import { ScrollRegion } from '../../platform/ScrollRegion.js';
import type { Kartlegging } from '../../platform/api-types.js';
import { ForeignWordingTag, isForeignWording } from './WordingNotice.js';
import { aspectLabels, coverageColors, coverageLabels, domainIds, domainLabel, domainStatusLabels, evidenceKindLabels, type EvidenceKind } from './labels.js';

function CoverageGrid({ k }: { k: Kartlegging }) {
  return (
    <ul className="coverage-grid" aria-label="Områdene">
      {domainIds.map((id) => {
        const status = k.coverage[id] ?? 'missing';
        return (
          <li key={id}>
            <span>{domainLabel(id)}</span>
            <Tag data-color={coverageColors[status]} data-size="sm">
              {coverageLabels[status]}
            </Tag>
          </li>
        );
      })}
    </ul>
  );
}

function CoverageTable({ k }: { k: Kartlegging }) {
  return (
    <ScrollRegion label="Tabell: dekning av kartleggingsområdene">
      <Table data-size="sm" className="coverage-table">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Område</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Bygger på</Table.HeaderCell>
            <Table.HeaderCell>Funn</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {domainIds.map((id) => {
            const entry = k.domains.find((d) => d.domain === id);
            const status = k.coverage[id] ?? 'missing';
            return (
              <Table.Row key={id}>
                <Table.Cell>{domainLabel(id)}</Table.Cell>
                <Table.Cell>
                  <Tag data-color={coverageColors[status]} data-size="sm">
                    {coverageLabels[status]}
                  </Tag>
                </Table.Cell>
                <Table.Cell>{entry ? (evidenceKindLabels[entry.evidenceKind as EvidenceKind] ?? entry.evidenceKind) : '–'}</Table.Cell>
                <Table.Cell>
                  {entry?.evidence ?? '–'}
                  {entry?.aspects && (
                    <div className="muted">
                      {Object.entries(entry.aspects)
                        .map(([a, s]) => `${aspectLabels[a] ?? a}: ${domainStatusLabels[s].toLowerCase()}`)
                        .join('; ')}
                    </div>
                  )}
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}

/** `compact`: one tag per domain in a grid (the editor); otherwise a table with the findings. */
export function CoverageOverview({ k, compact = false }: { k: Kartlegging; compact?: boolean }) {
  const covered = domainIds.filter((d) => k.coverage[d] === 'covered' || k.coverage[d] === 'partly').length;
  return (
    <section aria-labelledby="coverage-heading" className="section">
      <Heading level={2} data-size="sm" id="coverage-heading">
        Dekning av kartleggingsområdene
      </Heading>
      <Paragraph data-size="sm">
        {covered} av {domainIds.length} områder er helt eller delvis kartlagt.
      </Paragraph>
      {compact ? <CoverageGrid k={k} /> : <CoverageTable k={k} />}
    </section>
  );
}

export function InstrumentResults({ k }: { k: Kartlegging }) {
  if (k.instruments.length === 0) return <Paragraph>Ingen instrumenter er registrert i denne kartleggingen.</Paragraph>;
  return (
    <ul className="plain-list">
      {k.instruments.map((r) => (
        <li key={r.id} className="list-row">
          <span>
            <strong>
              {r.instrumentId}: skår {r.score ?? '–'}
            </strong>
            {r.bandLabel ? ` – ${r.bandLabel}` : ''} <span className="muted">({formatDateTime(r.administeredAt)})</span>
          </span>
          {(r.suicideRiskPrompt || isForeignWording(r.wordingLanguage)) && (
            <div className="tag-row">
              {r.suicideRiskPrompt && <Tag data-color="danger">Selvmordstanker må følges opp</Tag>}
              <ForeignWordingTag language={r.wordingLanguage} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
