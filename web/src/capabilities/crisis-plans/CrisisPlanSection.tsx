// The person page's «Kriseplan»: the plan (versioned), whether the person should have one, who it is
// shared with by consent, risk flags, and PDF (also large type).
import { useState } from 'react';
import { Alert, Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { formatDate, formatDateTime } from '../../platform/format.js';
import type { CrisisPlanOverview } from '../../platform/api-types.js';
import { CrisisPlanForm } from './CrisisPlanForm.js';
import { CrisisPlanContent } from './CrisisPlanView.js';
import { RiskFlags, SharedWith } from './SharingAndFlags.js';

export function CrisisPlanSection({ personId }: { personId: string }) {
  const user = useUser();
  const overview = useApi<CrisisPlanOverview>(`/api/persons/${personId}/crisis-plan`);
  const [editing, setEditing] = useState(false);
  const [flash, setFlash] = useState<string | null>(null);
  const canWrite = may(user, 'crisis-plan.write');
  const changed = (message: string) => {
    setEditing(false);
    setFlash(message);
    overview.reload();
  };
  if (overview.loading && !overview.data) return <Loading label="Henter kriseplanen …" />;
  if (!overview.data) return <ProblemAlert error={overview.error} />;
  const o = overview.data;
  const plan = o.plan;
  return (
    <section aria-labelledby="crisis-heading" className="section">
      <SuccessMessage>{flash}</SuccessMessage>
      <div className="section-head">
        <div>
          <Heading level={2} data-size="md" id="crisis-heading">
            Kriseplan
          </Heading>
          {plan && (
            <div className="tag-row">
              <Tag data-color="neutral">Versjon {plan.version}</Tag>
              {plan.stablePhase && <Tag data-color="info">Laget i stabil fase</Tag>}
            </div>
          )}
        </div>
        <div className="button-row">
          {canWrite && !editing && (
            <Button variant="secondary" data-size="sm" onClick={() => setEditing(true)}>
              {plan ? 'Oppdater kriseplanen' : 'Lag kriseplan'}
            </Button>
          )}
          {plan && (
            <>
              <Button asChild variant="tertiary" data-size="sm">
                <a href={`/api/persons/${personId}/crisis-plan/pdf`} target="_blank" rel="noreferrer">
                  Skriv ut (PDF)
                </a>
              </Button>
              <Button asChild variant="tertiary" data-size="sm">
                <a href={`/api/persons/${personId}/crisis-plan/pdf?large=true`} target="_blank" rel="noreferrer">
                  PDF med stor skrift
                </a>
              </Button>
            </>
          )}
        </div>
      </div>
      {o.requirement.required && o.requirement.met === false && (
        <Alert data-color="warning">
          <Paragraph>
            {o.requirement.detail} <span className="muted">({o.requirement.source})</span>
          </Paragraph>
        </Alert>
      )}
      {editing && <CrisisPlanForm personId={personId} plan={plan} onCancel={() => setEditing(false)} onSaved={(v) => changed(`Kriseplanen er lagret (versjon ${v}).`)} />}
      {plan ? (
        <Card data-color="neutral">
          <Paragraph data-size="sm" className="muted">
            Laget {formatDate(plan.preparedOn)} sammen med personen. Sist endret {formatDateTime(plan.updatedAt)} av {plan.updatedByName}.
          </Paragraph>
          <CrisisPlanContent plan={plan} />
        </Card>
      ) : (
        <Paragraph>Personen har ingen kriseplan.</Paragraph>
      )}
      <SharedWith personId={personId} overview={o} canWrite={may(user, 'consent.write')} onChanged={changed} />
      <RiskFlags personId={personId} overview={o} canWrite={canWrite} onChanged={changed} />
    </section>
  );
}
