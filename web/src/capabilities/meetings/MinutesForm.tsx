// Structured minutes of a team meeting: who came, the agenda, the person's view in their own words,
// decisions, and actions with an owner and a deadline (each action lands on the owner's worklist).
import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { localDate } from '../../platform/dates.js';
import type { MeetingView } from '../../platform/api-types.js';
import { FormCard } from '../../platform/FormCard.js';
import { SelectField } from '../coordination/SelectField.js';

const labels = { attendance: 'Oppmøte', agenda: 'Dagsorden', personView: 'Personens syn', decisions: 'Beslutninger', actions: 'Oppgaver' };
const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

interface ActionRow {
  description: string;
  ownerId: string;
  dueDate: string;
}

export function MinutesForm({ meeting, onSaved, onCancel }: { meeting: MeetingView; onSaved(): void; onCancel(): void }) {
  const [attended, setAttended] = useState<string[]>(meeting.participants.map((p) => p.id));
  const [agenda, setAgenda] = useState('');
  const [personView, setPersonView] = useState('');
  const [decisions, setDecisions] = useState('');
  const [actions, setActions] = useState<ActionRow[]>([]);
  const submit = useSubmit();
  const errors = submit.fieldErrors;
  const owners = meeting.participants.filter((p) => p.userId).map((p) => [p.userId!, `${p.name} (${p.role})`] as const);
  const setAction = (i: number, patch: Partial<ActionRow>) => setActions((rows) => rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = {
      attendance: meeting.participants.map((p) => ({ participantId: p.id, attended: attended.includes(p.id) })),
      agenda: lines(agenda),
      personView,
      decisions: lines(decisions),
      actions: actions.map((a) => ({ description: a.description, ownerId: a.ownerId, dueDate: a.dueDate })),
    };
    if (await submit.run(() => api.post(`/api/meetings/${meeting.id}/minutes`, body).then(() => true))) onSaved();
  }
  return (
    <FormCard heading="Skriv referat" headingId="minutes-heading" level={2} onSubmit={onSubmit} error={submit.error} labels={labels} idPrefix="minutes" submitLabel="Lagre referatet" busy={submit.busy} onCancel={onCancel}>
      <Fieldset>
        <Fieldset.Legend>Hvem kom?</Fieldset.Legend>
        {meeting.participants.map((p, index) => (
          <Checkbox key={p.id} id={index === 0 ? 'minutes-attendance' : undefined} label={`${p.name} (${p.role})`} checked={attended.includes(p.id)} onChange={(e) => setAttended(e.target.checked ? [...attended, p.id] : attended.filter((a) => a !== p.id))} />
        ))}
      </Fieldset>
      <Textfield id="minutes-agenda" label="Dagsorden" description="Ett punkt per linje." multiline rows={4} value={agenda} onChange={(e) => setAgenda(e.target.value)} error={errors.agenda} />
      <Textfield id="minutes-personView" label="Personens syn" description="Med personens egne ord." multiline rows={4} value={personView} onChange={(e) => setPersonView(e.target.value)} error={errors.personView} />
      <Textfield id="minutes-decisions" label="Beslutninger" description="Én per linje." multiline rows={3} value={decisions} onChange={(e) => setDecisions(e.target.value)} error={errors.decisions} />
      <Fieldset>
        <Fieldset.Legend>Oppgaver</Fieldset.Legend>
        <Fieldset.Description>Hver oppgave havner på eierens arbeidsliste til den er utført.</Fieldset.Description>
        {actions.map((a, i) => (
          <div key={i} className="form-columns action-row">
            <Textfield id={i === 0 ? 'minutes-actions' : `minutes-action-${i}`} label={`Oppgave ${i + 1}`} value={a.description} onChange={(e) => setAction(i, { description: e.target.value })} />
            <SelectField id={`minutes-action-${i}-owner`} label={`Eier av oppgave ${i + 1}`} value={a.ownerId} empty="Velg eier" options={owners} onChange={(ownerId) => setAction(i, { ownerId })} />
            <Textfield id={`minutes-action-${i}-dueDate`} type="date" label={`Frist for oppgave ${i + 1}`} value={a.dueDate} onChange={(e) => setAction(i, { dueDate: e.target.value })} />
          </div>
        ))}
        {errors.actions && <ValidationMessage>{errors.actions}</ValidationMessage>}
        <div>
          <Button type="button" variant="secondary" data-size="sm" onClick={() => setActions([...actions, { description: '', ownerId: '', dueDate: localDate(14) }])}>
            Legg til oppgave
          </Button>
        </div>
      </Fieldset>
    </FormCard>
  );
}
