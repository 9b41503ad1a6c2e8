// The conversation with the person: when, who took part, and «Hva er viktig for deg?» in the
// person's own words. No kartlegging is complete without it.
import { useState, type FormEvent } from 'react';
import { Button, Card, Heading, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { FormProblem } from '../../platform/FormProblem.js';
import { SuccessMessage } from '../../platform/feedback.js';
import { localDate } from '../../platform/dates.js';
import type { Kartlegging } from '../../platform/api-types.js';

const labels = { meetingDate: 'Dato for samtalen', meetingParticipants: 'Deltakere', whatMatters: 'Hva er viktig for deg?' };

export function MeetingForm({ k, onSaved }: { k: Kartlegging; onSaved(): void }) {
  const [meetingDate, setMeetingDate] = useState(k.meetingDate ?? localDate());
  const [participants, setParticipants] = useState(k.meetingParticipants.join('\n'));
  const [whatMatters, setWhatMatters] = useState(k.whatMatters ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const submit = useSubmit();
  const errors = submit.fieldErrors;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const body = {
      meetingDate: meetingDate || null,
      meetingParticipants: participants.split('\n').map((p) => p.trim()).filter(Boolean),
      whatMatters: whatMatters.trim() || null,
    };
    const ok = await submit.run(() => api.patch<void>(`/api/kartlegginger/${k.id}`, body).then(() => true));
    if (ok) {
      setMessage('Samtalen er lagret.');
      onSaved();
    }
  }

  return (
    <Card data-color="neutral">
      <form onSubmit={onSubmit} noValidate className="form-stack" aria-labelledby="meeting-heading">
        <Heading level={2} data-size="sm" id="meeting-heading">
          Samtalen med personen
        </Heading>
        <FormProblem error={submit.error} labels={labels} idPrefix="meeting" />
        <div className="form-columns">
          <Textfield id="meeting-meetingDate" type="date" label="Dato for samtalen" value={meetingDate} max={localDate()} onChange={(e) => setMeetingDate(e.target.value)} error={errors.meetingDate} />
          <Textfield
            id="meeting-meetingParticipants"
            label="Deltakere"
            description="Én per linje, for eksempel «Personen selv» og navn på ansatte og pårørende."
            multiline
            rows={3}
            value={participants}
            onChange={(e) => setParticipants(e.target.value)}
            error={errors.meetingParticipants}
          />
        </div>
        <Textfield
          id="meeting-whatMatters"
          label="Hva er viktig for deg?"
          description="Skriv med personens egne ord."
          multiline
          rows={4}
          value={whatMatters}
          onChange={(e) => setWhatMatters(e.target.value)}
          error={errors.whatMatters}
        />
        <SuccessMessage>{message}</SuccessMessage>
        <div>
          <Button data-color="accent" type="submit" data-size="sm" loading={submit.busy}>
            Lagre samtalen
          </Button>
        </div>
      </form>
    </Card>
  );
}
