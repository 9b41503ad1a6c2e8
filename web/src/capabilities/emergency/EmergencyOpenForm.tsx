// Break the glass: an on-call user states why they need the emergency view of a person.
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { ProblemAlert } from '../../platform/feedback.js';
import type { EmergencyView } from '../../platform/api-types.js';
import { handOver } from './handoff.js';

const minLength = 10;

export function EmergencyOpenForm({ personId }: { personId: string }) {
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const [clientError, setClientError] = useState<string | null>(null);
  const submit = useSubmit();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const trimmed = reason.trim();
    const problem = !trimmed ? 'Du må oppgi en begrunnelse for nødtilgang.' : trimmed.length < minLength ? `Begrunnelsen må ha minst ${minLength} tegn.` : null;
    setClientError(problem);
    if (problem) {
      document.getElementById('emergency-reason')?.focus();
      return;
    }
    const view = await submit.run(() => api.post<EmergencyView>(`/api/persons/${personId}/emergency-access`, { reason: trimmed }));
    if (view) {
      handOver(view);
      navigate(`/personer/${personId}/akutt`);
    }
  }

  const fieldError = clientError ?? submit.fieldErrors.reason;
  return (
    <Card data-color="danger" variant="tinted" className="emergency-open">
      <form onSubmit={onSubmit} noValidate className="form-stack" aria-labelledby="emergency-open-heading">
        <Heading level={2} data-size="sm" id="emergency-open-heading">
          Åpne nødtilgang
        </Heading>
        <Paragraph>
          Bare når personen trenger hjelp nå og du ikke når noen med tjenstlig behov. Du får se akuttvisningen i noen timer. Tilgangen logges med begrunnelsen din, og lederen din går den gjennom.
        </Paragraph>
        <ProblemAlert error={submit.error && !submit.fieldErrors.reason ? submit.error : null} focus />
        <Textfield
          id="emergency-reason"
          label="Begrunnelse"
          description="Hva er situasjonen, og hvorfor trenger du opplysningene nå? Minst 10 tegn."
          multiline
          rows={4}
          maxLength={500}
          required
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={fieldError}
        />
        <div>
          <Button type="submit" data-color="danger" loading={submit.busy}>
            Åpne nødtilgang
          </Button>
        </div>
      </form>
    </Card>
  );
}
