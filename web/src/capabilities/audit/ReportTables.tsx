// The audit's tables with footnotes, as the server computed them.
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { Report } from './types.js';

export function ReportTables({ report }: { report: Report }) {
  return (
    <>
      {report.tables.map((t) => (
        <section key={t.id} aria-labelledby={`table-${t.id}`} className="report-table">
          <Heading level={2} data-size="sm" id={`table-${t.id}`}>
            Tabell {t.id}: {t.title}
          </Heading>
          <Paragraph data-size="sm">Kilde: {t.source}</Paragraph>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={`Tabell ${t.id}`}>
            <Table border data-size="sm">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>Nr.</Table.HeaderCell>
                  {t.columns.map((c) => (
                    <Table.HeaderCell key={c}>{c}</Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {t.rows.map((row) => (
                  <Table.Row key={row.nr}>
                    <Table.HeaderCell scope="row">{row.nr}</Table.HeaderCell>
                    {row.cells.map((cell, i) => (
                      <Table.Cell key={t.columns[i]}>
                        {cell.value}
                        {cell.footnote !== null && (
                          <sup>
                            <a href={`#fotnote-${cell.footnote}`} aria-label={`fotnote ${cell.footnote}`}>
                              {cell.footnote}
                            </a>
                          </sup>
                        )}
                      </Table.Cell>
                    ))}
                  </Table.Row>
                ))}
              </Table.Body>
              <tfoot>
                <Table.Row>
                  <Table.HeaderCell scope="row">Sum</Table.HeaderCell>
                  {t.totals.map((x, i) => (
                    <Table.Cell key={t.columns[i]}>
                      Ja {x.Ja} / Delvis {x.Delvis} / Nei {x.Nei}
                    </Table.Cell>
                  ))}
                </Table.Row>
              </tfoot>
            </Table>
          </div>
        </section>
      ))}
      <section aria-labelledby="footnotes-heading">
        <Heading level={2} data-size="sm" id="footnotes-heading">
          Fotnoter
        </Heading>
        <ol className="footnotes">
          {report.footnotes.map((f) => (
            <li key={f.n} id={`fotnote-${f.n}`} value={f.n}>
              <strong>
                {f.nr}, {f.column} ({f.value}):
              </strong>{' '}
              {f.text}
              <ul>
                {f.evidence.map((e, i) => (
                  <li key={i}>{e.text}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
