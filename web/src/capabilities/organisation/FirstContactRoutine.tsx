// The municipality's own first-contact deadline after a henvendelse, in working days. No law or national
// guideline sets one for municipal services, so it is the municipality's routine and shown as such.
import { useState, type FormEvent } from 'react';
import { Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import type { Municipality } from '../../platform/api-types.js';

interface Props {
  municipality: Municipality;
  canChange: boolean;
  onSaved(): void;
}

export function FirstContactRoutine({ municipality, canChange, onSaved }: Props) {
  const [days, setDays] = useState(String(municipality.firstContactWorkingDays));
  const [message, setMessage] = useState<string | null>(null);
  const submit = useSubmit();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const saved = await submit.run(() => api.patch<Municipality>('/api/municipality', { firstContactWorkingDays: Number(days) }));
    if (saved) {
      setMessage(`Nye henvendelser får frist for første kontakt etter ${saved.firstContactWorkingDays} virkedager.`);
      onSaved();
    }
  }

  return (
    <>
      <Heading level={3} data-size="sm" id="first-contact-routine-heading">
        Frist for første kontakt (kommunens rutine)
      </Heading>
      <Paragraph>{municipality.firstContactRule}</Paragraph>
      <SuccessMessage>{message}</SuccessMessage>
      {canChange && (
        <Card data-color="accent" variant="tinted" className="admin-form">
          <form onSubmit={onSubmit} noValidate className="form-stack" aria-labelledby="first-contact-routine-heading">
            <ProblemAlert error={submit.error} heading="Fristen ble ikke lagret" />
            <Textfield
              id="municipality-firstContactWorkingDays"
              label="Antall virkedager"
              description="Gjelder henvendelser som registreres etter endringen. Ingen lov eller nasjonal føring setter denne fristen; den er kommunens egen."
              type="number"
              inputMode="numeric"
              min={1}
              max={20}
              value={days}
              onChange={(e) => setDays(e.target.value)}
              error={submit.fieldErrors.firstContactWorkingDays}
            />
            <div>
              <Button type="submit" loading={submit.busy}>
                Lagre fristen
              </Button>
            </div>
          </form>
        </Card>
      )}
    </>
  );
}
