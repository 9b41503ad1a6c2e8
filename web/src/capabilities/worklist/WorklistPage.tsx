// Arbeidsliste: the landing page for staff who follow up persons. My tasks or a unit's, sorted by
// due date, person or kind. Tasks are derived from case data by a background job, so "Oppdater"
// fetches them again after a change.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button, Field, Heading, Label, Paragraph, Select, ToggleGroup } from '@digdir/designsystemet-react';
import { useApi } from '../../platform/use-api.js';
import { useOwnUnits } from '../../platform/use-own-units.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { formatDate } from '../../platform/format.js';
import { useTitle } from '../../platform/use-title.js';
import type { WorklistResponse } from '../../platform/api-types.js';
import { TaskTable, type TaskSort } from './TaskTable.js';
import { FindingsSection } from '../compliance/FindingsSection.js';

type View = 'mine' | 'unit';
type Status = 'open' | 'done';

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);

export function WorklistPage() {
  useTitle('Arbeidsliste');
  const [params, setParams] = useSearchParams();
  const view = pick<View>(params.get('visning'), ['mine', 'unit'], 'mine');
  const status = pick<Status>(params.get('status'), ['open', 'done'], 'open');
  const sort = pick<TaskSort>(params.get('sorter'), ['due', 'person', 'kind'], 'due');
  const unitId = view === 'unit' ? (params.get('enhet') ?? '') : '';
  const [message, setMessage] = useState<string | null>(null);
  const own = useOwnUnits();
  const query = new URLSearchParams({ view, status, sort, ...(unitId ? { unitId } : {}) });
  const list = useApi<WorklistResponse>(`/api/worklist?${query.toString()}`);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setMessage(null);
    setParams(next, { replace: true });
  };

  const items = list.data?.items ?? [];
  const overdue = items.filter((t) => t.overdue).length;
  return (
    <>
      <div className="page-head">
        <Heading level={1} data-size="lg">
          Arbeidsliste
        </Heading>
        <Button variant="secondary" data-size="sm" onClick={list.reload} loading={list.loading && Boolean(list.data)}>
          Oppdater
        </Button>
      </div>
      <Paragraph>Oppgaver med frist som følger av henvendelser, kartlegginger og vedtak. En oppgave lukkes av seg selv når det som mangler er registrert.</Paragraph>
      <div className="worklist-controls">
        <ToggleGroup aria-label="Hvem sine oppgaver" value={view} onChange={(value) => update({ visning: value, enhet: null })} data-size="sm">
          <ToggleGroup.Item value="mine">Mine oppgaver</ToggleGroup.Item>
          <ToggleGroup.Item value="unit">Enhetens oppgaver</ToggleGroup.Item>
        </ToggleGroup>
        {view === 'unit' && (
          <Field data-size="sm">
            <Label>Enhet</Label>
            <Select id="worklist-unit" value={unitId} onChange={(e) => update({ enhet: e.target.value })}>
              <Select.Option value="">Alle mine enheter</Select.Option>
              {own.units.map((u) => (
                <Select.Option key={u.id} value={u.id}>
                  {u.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
        )}
        <Field data-size="sm">
          <Label>Vis</Label>
          <Select id="worklist-status" value={status} onChange={(e) => update({ status: e.target.value === 'open' ? null : e.target.value })}>
            <Select.Option value="open">Åpne oppgaver</Select.Option>
            <Select.Option value="done">Utførte oppgaver</Select.Option>
          </Select>
        </Field>
        <Field data-size="sm">
          <Label>Sorter etter</Label>
          <Select id="worklist-sort" value={sort} onChange={(e) => update({ sorter: e.target.value === 'due' ? null : e.target.value })}>
            <Select.Option value="due">Frist</Select.Option>
            <Select.Option value="person">Person</Select.Option>
            <Select.Option value="kind">Oppgavetype</Select.Option>
          </Select>
        </Field>
      </div>
      <SuccessMessage>{message}</SuccessMessage>
      <ProblemAlert error={list.error ?? own.error} />
      {list.loading && !list.data && <Loading label="Henter oppgaver …" />}
      {list.data && (
        <section aria-labelledby="tasks-heading" className="section">
          <Heading level={2} data-size="sm" id="tasks-heading">
            {status === 'open' ? 'Åpne oppgaver' : 'Utførte oppgaver'}
          </Heading>
          <Paragraph role="status" data-size="sm">
            I dag er {formatDate(list.data.today)}. {items.length === 0 ? 'Ingen oppgaver.' : `${items.length} ${items.length === 1 ? 'oppgave' : 'oppgaver'}${overdue ? `, ${overdue} forfalt` : ''}.`}
          </Paragraph>
          {items.length > 0 && (
            <TaskTable
              items={items}
              sort={sort}
              onSort={(next) => update({ sorter: next === 'due' ? null : next })}
              onDone={(task) => {
                list.reload();
                setMessage(`Oppgaven «${task.label}» for ${task.personName} er markert som utført.`);
              }}
            />
          )}
        </section>
      )}
      {status === 'open' && <FindingsSection view={view} />}
    </>
  );
}
