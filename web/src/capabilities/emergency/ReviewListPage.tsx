// Leaders' review of emergency accesses opened by their staff (quality advisers see all), followed
// by the review of access changes (roles, unit memberships, cases opened without a basis).
import { useState } from 'react';
import { Heading, Paragraph, ToggleGroup } from '@digdir/designsystemet-react';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { useTitle } from '../../platform/use-title.js';
import type { EmergencyAccessItem, Items } from '../../platform/api-types.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { AccessReviewSection } from '../access-reviews/AccessReviewSection.js';
import { ReviewCard } from './ReviewCard.js';

type Status = 'unreviewed' | 'all';

export function ReviewListPage() {
  const user = useUser();
  if (!may(user, 'emergency.review')) return <AccessChangesOnly />;
  return (
    <>
      <EmergencyReviewList />
      <AccessReviewSection headingLevel={2} />
    </>
  );
}

function AccessChangesOnly() {
  useTitle('Tilgangsendringer til gjennomgang');
  return <AccessReviewSection headingLevel={1} />;
}

function EmergencyReviewList() {
  useTitle('Nødtilganger til gjennomgang');
  const [status, setStatus] = useState<Status>('unreviewed');
  const [message, setMessage] = useState<string | null>(null);
  const list = useApi<Items<EmergencyAccessItem>>(`/api/emergency-accesses?status=${status}`);

  return (
    <>
      <Heading level={1} data-size="lg">
        Nødtilganger til gjennomgang
      </Heading>
      <Paragraph>
        Når vakthavende åpner nødtilgang til en person uten tjenstlig behov, skal leder gå gjennom at tilgangen var nødvendig. Du ser tilganger åpnet av ansatte i enhetene dine.
      </Paragraph>
      <ToggleGroup aria-label="Vis nødtilganger" value={status} onChange={(value) => setStatus(value as Status)} data-size="sm">
        <ToggleGroup.Item value="unreviewed">Ikke gjennomgått</ToggleGroup.Item>
        <ToggleGroup.Item value="all">Alle</ToggleGroup.Item>
      </ToggleGroup>
      <SuccessMessage>{message}</SuccessMessage>
      {list.loading && <Loading label="Henter nødtilganger …" />}
      <ProblemAlert error={list.error} />
      {list.data && list.data.items.length === 0 && (
        <Paragraph role="status">{status === 'unreviewed' ? 'Ingen nødtilganger venter på gjennomgang.' : 'Ingen nødtilganger er registrert.'}</Paragraph>
      )}
      {list.data && list.data.items.length > 0 && (
        <ul className="plain-list review-list" aria-label="Nødtilganger">
          {list.data.items.map((item) => (
            <li key={item.id}>
              <ReviewCard
                item={item}
                onReviewed={() => {
                  setMessage(`Nødtilgangen til ${item.personName} er markert som gjennomgått.`);
                  list.reload();
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
