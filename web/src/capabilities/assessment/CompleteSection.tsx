// Completing the kartlegging: what is still missing (from the server's rules), the reason for domains
// not covered, and «Fullfør kartlegging» – refused with the missing items as an error summary.
import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, ErrorSummary, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import type { Kartlegging } from '../../platform/api-types.js';
import { completionTargets, domainIds } from './labels.js';

export function CompleteSection({ k, onChanged, onCompleted }: { k: Kartlegging; onChanged(): void; onCompleted(): void }) {
  const uncovered = domainIds.some((d) => k.coverage[d] === 'missing' || k.coverage[d] === 'not-covered');
  const [reason, setReason] = useState(k.missingDomainsReason ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const saveReason = useSubmit();
  const complete = useSubmit();
  const issues = complete.error?.problem.errors ?? [];

  async function onSaveReason(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const ok = await saveReason.run(() => api.patch<void>(`/api/kartlegginger/${k.id}`, { missingDomainsReason: reason.trim() || null }).then(() => true));
    if (ok) {
      setMessage('Begrunnelsen er lagret.');
      onChanged();
    }
  }

  async function onComplete() {
    setMessage(null);
    const ok = await complete.run(() => api.post<void>(`/api/kartlegginger/${k.id}/complete`).then(() => true));
    if (ok) onCompleted();
    else onChanged();
  }

  return (
    <Card data-color="neutral">
      <section aria-labelledby="complete-heading" className="form-stack">
        <Heading level={2} data-size="sm" id="complete-heading">
          Fullfør kartleggingen
        </Heading>
        {issues.length > 0 ? (
          <ErrorSummary>
            <ErrorSummary.Heading>Kartleggingen kan ikke fullføres ennå:</ErrorSummary.Heading>
            <ErrorSummary.List>
              {issues.map((issue) => {
                const target = completionTargets[issue.path.replace(/^body\//, '')];
                return (
                  <ErrorSummary.Item key={issue.path + issue.detail}>
                    {target ? (
                      <ErrorSummary.Link
                        href={`#${target}`}
                        onClick={(event) => {
                          const element = document.getElementById(target);
                          if (!element) return;
                          event.preventDefault();
                          element.focus();
                          element.scrollIntoView({ block: 'center' });
                        }}
                      >
                        {issue.detail}
                      </ErrorSummary.Link>
                    ) : (
                      issue.detail
                    )}
                  </ErrorSummary.Item>
                );
              })}
            </ErrorSummary.List>
          </ErrorSummary>
        ) : (
          <ProblemAlert error={complete.error} focus />
        )}
        {issues.length === 0 && k.completionProblems.length > 0 && (
          <Alert data-color="info">
            <Paragraph>Dette mangler før kartleggingen kan fullføres:</Paragraph>
            <ul>
              {k.completionProblems.map((p) => (
                <li key={p.path}>{p.detail}</li>
              ))}
            </ul>
          </Alert>
        )}
        {(uncovered || k.missingDomainsReason) && (
          <form onSubmit={onSaveReason} noValidate className="form-stack" aria-label="Begrunnelse for områder som ikke er kartlagt">
            <ProblemAlert error={saveReason.error} focus />
            <Textfield
              id="complete-missingDomainsReason"
              label="Hvorfor er ikke alle områdene kartlagt? (valgfritt)"
              description="Bare når et område ikke kan kartlegges nå, for eksempel fordi personen ikke ønsker det. Områdene bør da kartlegges senere."
              multiline
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
            <div>
              <Button data-color="accent" type="submit" variant="secondary" data-size="sm" loading={saveReason.busy}>
                Lagre begrunnelsen
              </Button>
            </div>
          </form>
        )}
        <SuccessMessage>{message}</SuccessMessage>
        <div>
          <Button data-color="accent" onClick={() => void onComplete()} loading={complete.busy}>
            Fullfør kartlegging
          </Button>
        </div>
      </section>
    </Card>
  );
}
