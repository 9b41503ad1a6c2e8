// Editing the responsibility matrix as a draft: tasks (rows) × units and partners (columns), each
// cell Ansvarlig / Deltar / Informeres or empty. Findings — no responsible, or two — show while
// editing; they do not stop saving, they are what the leaders must resolve.
import { useState, type FormEvent } from 'react';
import { Alert, Button, Field, Input, Label, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { ScrollRegion } from '../../platform/ScrollRegion.js';
import type { Created, Items, Partner, Unit } from '../../platform/api-types.js';
import { FormCard } from '../../platform/FormCard.js';
import { levelLabels, matrixFindings, ropTasks, type ResponsibilityLevel } from '../../../../server/src/capabilities/responsibility/rules.js';
import type { Matrix } from './types.js';

interface PartyRef {
  party: 'unit' | 'partner';
  id: string;
  name: string;
}
interface TaskRow {
  key: number;
  name: string;
  description: string | null;
  cells: Record<string, ResponsibilityLevel | ''>;
}

const keyOf = (p: { party: string; id: string }) => `${p.party}:${p.id}`;
const levels = Object.keys(levelLabels) as ResponsibilityLevel[];

/** `matrix`: the draft to change (PUT) or the version to start a new draft from (POST). */
export function MatrixEditor({ matrix, onSaved, onCancel }: { matrix: Matrix | null; onSaved(id: string, message: string): void; onCancel(): void }) {
  const units = useApi<Items<Unit>>('/api/units');
  const partners = useApi<Items<Partner>>('/api/partners');
  const replacing = matrix?.status === 'draft';
  const [title, setTitle] = useState(matrix?.title ?? 'Ansvarsfordeling i ROP-feltet');
  const [parties, setParties] = useState<PartyRef[]>(matrix?.parties ?? []);
  const [tasks, setTasks] = useState<TaskRow[]>(() =>
    matrix
      ? matrix.tasks.map((t, i) => ({ key: i, name: t.name, description: t.description, cells: Object.fromEntries(t.assignments.map((a) => [keyOf(a), a.level])) }))
      : ropTasks.map((name, i) => ({ key: i, name, description: null, cells: {} })),
  );
  const [newTask, setNewTask] = useState('');
  const [newParty, setNewParty] = useState('');
  const submit = useSubmit();
  const candidates: PartyRef[] = [
    ...(units.data?.items ?? []).filter((u) => u.active).map((u) => ({ party: 'unit' as const, id: u.id, name: u.name })),
    ...(partners.data?.items ?? []).map((p) => ({ party: 'partner' as const, id: p.id, name: p.name })),
  ].filter((p) => !parties.some((x) => keyOf(x) === keyOf(p)));

  const body = {
    title,
    tasks: tasks.map((t) => ({
      name: t.name,
      description: t.description,
      assignments: parties.filter((p) => t.cells[keyOf(p)]).map((p) => ({ party: p.party, id: p.id, level: t.cells[keyOf(p)] as ResponsibilityLevel })),
    })),
  };
  const findings = matrixFindings(body.tasks.map((t) => ({ name: t.name, assignments: t.assignments.map((a) => ({ ...a, name: parties.find((p) => keyOf(p) === keyOf(a))?.name ?? '' })) })));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const saved = await submit.run(() => (replacing ? api.put<void>(`/api/responsibility-matrices/${matrix!.id}`, body).then(() => matrix!.id) : api.post<Created>('/api/responsibility-matrices', body).then((c) => c.id)));
    if (saved) onSaved(saved, 'Utkastet er lagret. Kommunedirektøren godkjenner det.');
  }

  const setCell = (row: number, party: string, level: ResponsibilityLevel | '') => setTasks((ts) => ts.map((t, i) => (i === row ? { ...t, cells: { ...t.cells, [party]: level } } : t)));

  return (
    <FormCard heading={replacing ? `Endre utkastet (versjon ${matrix!.version})` : 'Ny versjon av ansvarsmatrisen (utkast)'} headingId="matrix-form-heading" level={2} size="xs" onSubmit={onSubmit} error={submit.error ?? units.error ?? partners.error} labels={{ title: 'Tittel', tasks: 'Oppgaver' }} idPrefix="matrix" submitLabel="Lagre utkastet" busy={submit.busy} onCancel={onCancel}>
      <Textfield id="matrix-title" label="Tittel" value={title} onChange={(e) => setTitle(e.target.value)} error={submit.fieldErrors.title} />
      {findings.length > 0 ? (
        <Alert data-color="warning">
          <Paragraph>Uklart ansvar (kan lagres, men bør løses):</Paragraph>
          <ul>
            {findings.map((f) => (
              <li key={f.task + f.kind}>{f.detail}</li>
            ))}
          </ul>
        </Alert>
      ) : (
        <Paragraph>Alle oppgavene har én ansvarlig.</Paragraph>
      )}
      <div className="inline-add">
        <Field data-size="sm">
          <Label>Legg til enhet eller samarbeidspartner</Label>
          <Select id="matrix-newParty" value={newParty} onChange={(e) => setNewParty(e.target.value)}>
            <Select.Option value="">Velg</Select.Option>
            {candidates.map((p) => (
              <Select.Option key={keyOf(p)} value={keyOf(p)}>
                {p.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Button
          variant="secondary"
          data-size="sm"
          onClick={() => {
            const p = candidates.find((c) => keyOf(c) === newParty);
            if (p) setParties([...parties, p]);
            setNewParty('');
          }}
        >
          Legg til kolonne
        </Button>
      </div>
      <ScrollRegion label="Rediger ansvarsmatrisen">
        <Table data-size="sm" id="matrix-tasks">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Oppgave</Table.HeaderCell>
              {parties.map((p) => (
                <Table.HeaderCell key={keyOf(p)}>{p.name}</Table.HeaderCell>
              ))}
              <Table.HeaderCell>
                <span className="muted">Fjern</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {tasks.map((t, row) => (
              <Table.Row key={t.key}>
                <Table.HeaderCell scope="row">
                  <Input aria-label={`Oppgave ${row + 1}`} value={t.name} onChange={(e) => setTasks((ts) => ts.map((x, i) => (i === row ? { ...x, name: e.target.value } : x)))} data-size="sm" />
                </Table.HeaderCell>
                {parties.map((p) => (
                  <Table.Cell key={keyOf(p)}>
                    <Select aria-label={`${t.name || `Oppgave ${row + 1}`}: ${p.name}`} data-size="sm" value={t.cells[keyOf(p)] ?? ''} onChange={(e) => setCell(row, keyOf(p), e.target.value as ResponsibilityLevel | '')}>
                      <Select.Option value="">–</Select.Option>
                      {levels.map((l) => (
                        <Select.Option key={l} value={l}>
                          {levelLabels[l]}
                        </Select.Option>
                      ))}
                    </Select>
                  </Table.Cell>
                ))}
                <Table.Cell>
                  <Button variant="tertiary" data-size="sm" onClick={() => setTasks((ts) => ts.filter((_, i) => i !== row))}>
                    Fjern <span className="visually-hidden">{t.name}</span>
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollRegion>
      <div className="inline-add">
        <Textfield id="matrix-newTask" label="Ny oppgave" data-size="sm" value={newTask} onChange={(e) => setNewTask(e.target.value)} />
        <Button
          variant="secondary"
          data-size="sm"
          onClick={() => {
            if (!newTask.trim()) return;
            setTasks([...tasks, { key: Math.max(0, ...tasks.map((t) => t.key)) + 1, name: newTask.trim(), description: null, cells: {} }]);
            setNewTask('');
          }}
        >
          Legg til oppgave
        </Button>
      </div>
    </FormCard>
  );
}
