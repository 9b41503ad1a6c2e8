// Closing a task that a person must close (suicide-risk follow-up), with what was done.
import { useState, type FormEvent } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { ProblemAlert } from '../../platform/feedback.js';
import type { Task } from '../../platform/api-types.js';

export function MarkDoneForm({ task, onDone, onCancel }: { task: Task; onDone(): void; onCancel(): void }) {
  const [note, setNote] = useState('');
  const submit = useSubmit();
  const fieldError = submit.fieldErrors.note;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const done = await submit.run(() => api.post<void>(`/api/tasks/${task.id}/done`, { note }).then(() => true));
    if (done) onDone();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack done-form" aria-label={`Marker som utført: ${task.label} – ${task.personName}`}>
      <ProblemAlert error={submit.error && !fieldError ? submit.error : null} focus />
      <Textfield
        id={`done-note-${task.id}`}
        label="Hva ble gjort?"
        description="For eksempel samtale om selvmordstanker, sikkerhetsplan, kontakt med fastlege eller legevakt."
        multiline
        rows={3}
        autoFocus
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={fieldError}
      />
      <div className="button-row">
        <Button type="submit" data-size="sm" loading={submit.busy}>
          Lagre som utført
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={onCancel}>
          Avbryt
        </Button>
      </div>
    </form>
  );
}
