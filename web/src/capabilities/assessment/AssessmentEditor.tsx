// The kartlegging editor, built for a tablet on a home visit: the conversation and «Hva er viktig for
// deg?», the core domains one by one, relatives, standardised instruments, coverage and completion.
// A completed or declined kartlegging is shown read-only.
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { formatDate, formatDateTime } from '../../platform/format.js';
import type { InstrumentDefinition, Items, Kartlegging } from '../../platform/api-types.js';
import { CoverageOverview, InstrumentResults } from './CoverageOverview.js';
import { CompleteSection } from './CompleteSection.js';
import { DomainForm } from './DomainForm.js';
import { InstrumentForm } from './InstrumentForm.js';
import { MeetingForm } from './MeetingForm.js';
import { RelativesForm } from './RelativesForm.js';
import { KartleggingFacts } from './KartleggingFacts.js';
import { domainIds, kartleggingStatus } from './labels.js';

export function AssessmentEditor({ personId }: { personId: string }) {
  const { kartleggingId = '' } = useParams();
  const user = useUser();
  const k = useApi<Kartlegging>(`/api/kartlegginger/${encodeURIComponent(kartleggingId)}`);
  const instruments = useApi<Items<InstrumentDefinition>>('/api/instruments');
  const [message, setMessage] = useState<string | null>(null);

  if (!k.data) return k.loading ? <Loading label="Henter kartleggingen …" /> : <ProblemAlert error={k.error} />;
  const data = k.data;
  const status = kartleggingStatus[data.status];
  const editable = data.status === 'in-progress' && may(user, 'assessment.write');
  const reload = () => k.reload();

  return (
    <div className="assessment">
      <div className="section-head">
        <div>
          <Heading level={2} data-size="md">
            Kartlegging {formatDate(data.occasion)}
          </Heading>
          <Paragraph data-size="sm" className="muted">
            {data.unitName}
            {data.completedAt ? ` – fullført ${formatDateTime(data.completedAt)}` : ''}
          </Paragraph>
        </div>
        <Tag data-color={status.color}>{status.text}</Tag>
      </div>
      <SuccessMessage>{message}</SuccessMessage>
      <ProblemAlert error={k.error} />
      {data.status === 'completed' && may(user, 'vedtak.write') && (
        <div>
          <Button asChild variant="secondary">
            <RouterLink to={`/personer/${personId}/vedtak?ny=1&kartlegging=${data.id}`}>Lag vedtak fra kartleggingen</RouterLink>
          </Button>
        </div>
      )}
      {!editable ? (
        <>
          <KartleggingFacts k={data} />
          <CoverageOverview k={data} />
          <Card data-color="neutral">
            <Heading level={2} data-size="sm">
              Standardiserte instrumenter
            </Heading>
            <InstrumentResults k={data} />
          </Card>
        </>
      ) : (
        <>
          <CoverageOverview k={data} compact />
          <MeetingForm k={data} onSaved={reload} />
          <section aria-labelledby="domains-heading" className="section">
            <Heading level={2} data-size="sm" id="domains-heading">
              Kartleggingsområder
            </Heading>
            <Paragraph data-size="sm">Åpne et område, velg status og skriv hva funnet bygger på. Lagre hvert område for seg.</Paragraph>
            <div className="domain-list">
              {domainIds.map((domain) => (
                <DomainForm key={domain} kartleggingId={data.id} domain={domain} entry={data.domains.find((d) => d.domain === domain)} coverage={data.coverage[domain] ?? 'missing'} onSaved={reload} />
              ))}
            </div>
          </section>
          <RelativesForm k={data} onSaved={reload} />
          <Card data-color="neutral">
            <section aria-labelledby="instruments-heading" className="form-stack">
              <Heading level={2} data-size="sm" id="instruments-heading">
                Standardiserte instrumenter
              </Heading>
              <InstrumentResults k={data} />
              <ProblemAlert error={instruments.error} />
              {instruments.data && <InstrumentForm kartleggingId={data.id} instruments={instruments.data.items} onSaved={reload} />}
            </section>
          </Card>
          <CompleteSection
            k={data}
            onChanged={reload}
            onCompleted={() => {
              setMessage('Kartleggingen er fullført.');
              window.scrollTo(0, 0);
              reload();
            }}
          />
        </>
      )}
    </div>
  );
}
