// A list shown as a table: a sentence when it is empty, otherwise a named scroll region with the
// column headings and the rows.
import type { ReactNode } from 'react';
import { Paragraph, Table } from '@digdir/designsystemet-react';
import { ScrollRegion } from './ScrollRegion.js';

interface DataTableProps {
  /** The scroll region's name, e.g. «Tabell: samtykker». */
  label: string;
  /** Column headings; `false` leaves a column out (an action column the user may not use). */
  columns: (string | false)[];
  /** Shown instead of the table when there are no rows. */
  empty: string;
  rowCount: number;
  zebra?: boolean;
  /** The table's own name, where it differs from the region's. */
  tableLabel?: string;
  /** The Table.Row elements. */
  children: ReactNode;
}

export function DataTable({ label, columns, empty, rowCount, zebra = false, tableLabel, children }: DataTableProps) {
  if (rowCount === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <ScrollRegion label={label}>
      <Table zebra={zebra} aria-label={tableLabel}>
        <Table.Head>
          <Table.Row>
            {columns.filter((column) => column !== false).map((column) => (
              <Table.HeaderCell key={column}>{column}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>{children}</Table.Body>
      </Table>
    </ScrollRegion>
  );
}
