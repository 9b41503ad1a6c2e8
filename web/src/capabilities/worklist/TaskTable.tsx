// The worklist as a table: due date (overdue highlighted), task with its legal or guideline source on
// demand, the person, unit and assignee, and where to do it. Manual tasks are closed here with a note.
import { Fragment, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Button, Details, Link, Table, Tag } from '@digdir/designsystemet-react';
import { formatDate, formatDateTime } from '../../platform/format.js';
import type { Task } from '../../platform/api-types.js';
import { ScrollRegion } from '../../platform/ScrollRegion.js';
import { MarkDoneForm } from './MarkDoneForm.js';
import { recordLink } from './links.js';

export type TaskSort = 'due' | 'person' | 'kind';

interface Props {
  items: Task[];
  sort: TaskSort;
  onSort(sort: TaskSort): void;
  onDone(task: Task): void;
}

export function TaskTable({ items, sort, onSort, onDone }: Props) {
  const [closing, setClosing] = useState<string | null>(null);
  const header = (key: TaskSort, label: string) => (
    <Table.HeaderCell sort={sort === key ? 'ascending' : 'none'} onClick={() => onSort(key)}>
      {label}
    </Table.HeaderCell>
  );
  return (
    <ScrollRegion label="Tabell: oppgaver">
      <Table className="task-table">
        <Table.Head>
          <Table.Row>
            {header('due', 'Frist')}
            {header('kind', 'Oppgave')}
            {header('person', 'Person')}
            <Table.HeaderCell>Enhet og ansvarlig</Table.HeaderCell>
            <Table.HeaderCell>Handling</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((task) => {
            const record = recordLink(task);
            const open = closing === task.id;
            return (
              <Fragment key={task.id}>
                <Table.Row className={task.overdue ? 'task-overdue' : undefined}>
                  <Table.Cell>
                    <span className="task-due">{formatDate(task.dueDate)}</span>
                    {task.overdue && (
                      <Tag data-color="danger" data-size="sm" variant="outline">
                        Forfalt
                      </Tag>
                    )}
                    {task.status === 'done' && (
                      <Tag data-color="success" data-size="sm">
                        Utført
                      </Tag>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    <strong>{task.label}</strong>
                    <Details className="task-source" data-size="sm">
                      <Details.Summary>Kilde</Details.Summary>
                      <Details.Content>{task.source}</Details.Content>
                    </Details>
                    {task.note && <div className="muted">Notat: {task.note}</div>}
                    {task.status === 'done' && task.closedAt && (
                      <div className="muted">
                        Lukket {formatDateTime(task.closedAt)} {task.closedByName ? `av ${task.closedByName}` : 'automatisk da det som manglet ble registrert'}
                      </div>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    <Link asChild className="task-person">
                      <RouterLink to={`/personer/${task.personId}`}>{task.personName}</RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell>
                    {task.unitName ?? '–'}
                    {task.assigneeName && <div className="muted">Ansvarlig: {task.assigneeName}</div>}
                  </Table.Cell>
                  <Table.Cell>
                    <div className="task-actions">
                      <Link asChild>
                        <RouterLink to={record.to} aria-label={`${record.label}: ${task.label} – ${task.personName}`}>
                          {record.label}
                        </RouterLink>
                      </Link>
                      {task.closes === 'manual' && task.status === 'open' && (
                        <Button variant="secondary" data-size="sm" aria-expanded={open} onClick={() => setClosing(open ? null : task.id)}>
                          Marker som utført
                        </Button>
                      )}
                    </div>
                  </Table.Cell>
                </Table.Row>
                {open && (
                  <Table.Row>
                    <Table.Cell colSpan={5}>
                      <MarkDoneForm
                        task={task}
                        onCancel={() => setClosing(null)}
                        onDone={() => {
                          setClosing(null);
                          onDone(task);
                        }}
                      />
                    </Table.Cell>
                  </Table.Row>
                )}
              </Fragment>
            );
          })}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}
