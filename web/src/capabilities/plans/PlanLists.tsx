// The plan's goals (in the person's own words), measures and participants, each with its small edits.
import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { FormProblem } from '../../platform/FormProblem.js';
import { FormButtons } from '../../platform/FormButtons.js';
import { ScrollRegion } from '../../platform/ScrollRegion.js';
import { formatDate, formatDateTime } from '../../platform/format.js';
import type { PlanView } from '../../platform/api-types.js';
import { entries, goalStatusLabels, measureStatusLabels, participantKindLabels } from '../coordination/labels.js';
import { SelectField } from '../coordination/SelectField.js';

export function GoalForm({ planId, onSaved, onCancel }: { planId: string; onSaved(): void; onCancel(): void }) {
  const [text, setText] = useState('');
  const submit = useSubmit();
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await submit.run(() => api.post(`/api/plans/${planId}/goals`, { text }).then(() => true))) onSaved();
  }
  return (
    <form onSubmit={onSubmit} noValidate className="form-stack">
      <FormProblem error={submit.error} labels={{ text: 'Mål' }} idPrefix="goal" />
      <Textfield id="goal-text" label="Hva er viktig for deg?" description="Skriv målet med personens egne ord." multiline rows={2} value={text} onChange={(e) => setText(e.target.value)} error={submit.fieldErrors.text} />
      <FormButtons submitLabel="Legg til målet" busy={submit.busy} onCancel={onCancel} />
    </form>
  );
}

export function GoalList({ plan }: { plan: PlanView }) {
  if (plan.goals.length === 0) return <Paragraph>Ingen mål ennå.</Paragraph>;
  return (
    <ol className="goal-list">
      {plan.goals.map((g) => (
        <li key={g.id}>
          <span className="pre-line">«{g.text}»</span> {g.status !== 'active' && <Tag data-color="neutral">{goalStatusLabels[g.status]}</Tag>}
          {g.comments.length > 0 && (
            <ul className="plain-list tight">
              {g.comments.map((c) => (
                <li key={c.id} className="muted">
                  {c.authorKind === 'person' ? 'Personen' : c.authorName} {formatDateTime(c.createdAt)}: {c.text}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

function MeasureStatus({ planId, measure, canWrite, onSaved }: { planId: string; measure: PlanView['measures'][number]; canWrite: boolean; onSaved(): void }) {
  const submit = useSubmit();
  if (!canWrite) return <>{measureStatusLabels[measure.status]}</>;
  return (
    <>
      <SelectField
        id={`measure-status-${measure.id}`}
        label={`Status for «${measure.description}»`}
        value={measure.status}
        options={entries(measureStatusLabels)}
        onChange={(status) => void submit.run(() => api.patch(`/api/plans/${planId}/measures/${measure.id}`, { status }).then(() => true)).then((ok) => ok && onSaved())}
      />
      <FormProblem error={submit.error} labels={{}} idPrefix={`measure-status-${measure.id}`} />
    </>
  );
}

export function MeasureTable({ plan, canWrite, onSaved }: { plan: PlanView; canWrite: boolean; onSaved(): void }) {
  if (plan.measures.length === 0) return <Paragraph>Ingen tiltak ennå.</Paragraph>;
  const goalText = (id: string | null) => plan.goals.find((g) => g.id === id)?.text;
  return (
    <ScrollRegion label="Tabell over tiltak">
      <Table zebra aria-label="Tiltak i planen" className="measure-table">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Tiltak</Table.HeaderCell>
            <Table.HeaderCell>Ansvarlig</Table.HeaderCell>
            <Table.HeaderCell>Start</Table.HeaderCell>
            <Table.HeaderCell>Frist</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {plan.measures.map((m) => (
            <Table.Row key={m.id}>
              <Table.Cell>
                {m.description}
                {goalText(m.goalId) && <div className="muted">Mål: «{goalText(m.goalId)}»</div>}
              </Table.Cell>
              <Table.Cell>
                {m.responsible}
                {m.responsiblePerson && <div className="muted">{m.responsiblePerson}</div>}
              </Table.Cell>
              <Table.Cell>{formatDate(m.startDate)}</Table.Cell>
              <Table.Cell>
                {formatDate(m.deadline)} {m.overdue && <Tag data-color="danger">Forfalt</Tag>}
              </Table.Cell>
              <Table.Cell>
                <MeasureStatus planId={plan.id} measure={m} canWrite={canWrite} onSaved={onSaved} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}

function WithdrawForm({ planId, participant, onSaved, onCancel }: { planId: string; participant: PlanView['participants'][number]; onSaved(): void; onCancel(): void }) {
  const [note, setNote] = useState('');
  const submit = useSubmit();
  const prefix = `withdraw-${participant.id}`;
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await submit.run(() => api.post(`/api/plans/${planId}/participants/${participant.id}/withdraw`, { note }).then(() => true))) onSaved();
  }
  return (
    <form onSubmit={onSubmit} noValidate className="form-stack">
      <FormProblem error={submit.error} labels={{ note: 'Merknad' }} idPrefix={prefix} />
      <Textfield id={`${prefix}-note`} label={`Hvordan trakk personen samtykket for ${participant.name}?`} value={note} onChange={(e) => setNote(e.target.value)} error={submit.fieldErrors.note} />
      <FormButtons submitLabel="Registrer at samtykket er trukket" busy={submit.busy} onCancel={onCancel} />
    </form>
  );
}

export function ParticipantList({ plan, canWrite, onSaved }: { plan: PlanView; canWrite: boolean; onSaved(message: string): void }) {
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  return (
    <ul className="plain-list">
      {plan.participants.map((p) => (
        <li key={p.id} className="list-row">
          <span>
            <strong>{p.name}</strong>, {p.role} <span className="muted">({participantKindLabels[p.kind]})</span>
            <br />
            {p.active ? (
              <Tag data-color="success">Samtykke gitt {formatDate(p.consentGivenAt.slice(0, 10))}</Tag>
            ) : (
              <Tag data-color="neutral">Samtykke trukket {p.consentWithdrawnAt ? formatDate(p.consentWithdrawnAt.slice(0, 10)) : ''}</Tag>
            )}
          </span>
          {canWrite && p.active && p.kind !== 'person' && withdrawing !== p.id && (
            <Button variant="tertiary" data-size="sm" onClick={() => setWithdrawing(p.id)}>
              Samtykket er trukket<span className="sr-only"> for {p.name}</span>
            </Button>
          )}
          {withdrawing === p.id && (
            <WithdrawForm
              planId={plan.id}
              participant={p}
              onCancel={() => setWithdrawing(null)}
              onSaved={() => {
                setWithdrawing(null);
                onSaved(`${p.name} er ikke lenger med i planen.`);
              }}
            />
          )}
        </li>
      ))}
    </ul>
  );
}

export function SectionHead({ id, title, action }: { id: string; title: string; action?: React.ReactNode }) {
  return (
    <div className="section-head">
      <Heading level={2} data-size="sm" id={id}>
        {title}
      </Heading>
      {action}
    </div>
  );
}
