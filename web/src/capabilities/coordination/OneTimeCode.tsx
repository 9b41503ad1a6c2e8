// A one-time code for the person's own reading of the plan and crisis plan (for people without
// BankID): shown once, valid for a short time.
import { useState } from 'react';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { ProblemAlert } from '../../platform/feedback.js';
import { formatTime } from '../../platform/format.js';
import type { IssuedCode } from '../../platform/api-types.js';

export function OneTimeCode({ personId }: { personId: string }) {
  const [code, setCode] = useState<IssuedCode | null>(null);
  const submit = useSubmit();
  return (
    <section aria-labelledby="code-heading" className="section">
      <Heading level={2} data-size="sm" id="code-heading">
        Engangskode for personen
      </Heading>
      <Paragraph data-size="sm">Personen kan lese sin egen plan og kriseplan med en engangskode på innloggingssiden, uten BankID. Koden vises bare én gang.</Paragraph>
      <ProblemAlert error={submit.error} />
      {code ? (
        <Alert data-color="info" role="status">
          <Paragraph>
            Kode: <span className="one-time-code">{code.code}</span>
          </Paragraph>
          <Paragraph data-size="sm">Gyldig til kl. {formatTime(code.expiresAt)} ({code.validMinutes} minutter). Gi koden til personen nå.</Paragraph>
        </Alert>
      ) : (
        <Button variant="secondary" data-size="sm" loading={submit.busy} onClick={() => void submit.run(() => api.post<IssuedCode>(`/api/persons/${personId}/access-codes`)).then((c) => c && setCode(c))}>
          Lag engangskode
        </Button>
      )}
    </section>
  );
}
