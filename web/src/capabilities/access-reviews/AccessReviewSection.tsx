// Leaders' review of access changes: roles and unit memberships of their units' staff, and cases
// opened in their units without a henvendelse, referral or vedtak (quality advisers and directors see all).
import { useState } from 'react';
import { Heading, Paragraph, ToggleGroup } from '@digdir/designsystemet-react';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import type { AccessReviewItem, Items } from '../../platform/api-types.js';
import { AccessReviewCard, kindLabels } from './AccessReviewCard.js';
import { useUser } from '../../platform/auth.js';

type Status = 'unreviewed' | 'all';

export function AccessReviewSection({ headingLevel }: { headingLevel: 1 | 2 }) {
  const user = useUser();
  const wholeMunicipality = user.roles.some((r) => r === 'quality-adviser' || r === 'director');
  const [status, setStatus] = useState<Status>('unreviewed');
  const [message, setMessage] = useState<string | null>(null);
  const list = useApi<Items<AccessReviewItem>>(`/api/access-reviews?status=${status}`);

  return (
    <section aria-labelledby="access-reviews-heading" className="form-stack">
      <Heading level={headingLevel} data-size={headingLevel === 1 ? 'lg' : 'md'} id="access-reviews-heading">
        Tilgangsendringer til gjennomgang
      </Heading>
      <Paragraph>
        Roller og medlemskap i enheter som er gitt eller fjernet, og nye relasjoner til personer som er åpnet uten henvendelse, henvisning eller vedtak. {wholeMunicipality ? 'Du ser endringer i hele kommunen.' : 'Du ser endringer som gjelder enhetene dine.'}
      </Paragraph>
      <ToggleGroup aria-label="Vis tilgangsendringer" value={status} onChange={(value) => setStatus(value as Status)} data-size="sm">
        <ToggleGroup.Item value="unreviewed">Ikke gjennomgått</ToggleGroup.Item>
        <ToggleGroup.Item value="all">Alle</ToggleGroup.Item>
      </ToggleGroup>
      <SuccessMessage>{message}</SuccessMessage>
      {list.loading && <Loading label="Henter tilgangsendringer …" />}
      <ProblemAlert error={list.error} />
      {list.data && list.data.items.length === 0 && (
        <Paragraph role="status">{status === 'unreviewed' ? 'Ingen tilgangsendringer venter på gjennomgang.' : 'Ingen tilgangsendringer er registrert.'}</Paragraph>
      )}
      {list.data && list.data.items.length > 0 && (
        <ul className="plain-list review-list" aria-label="Tilgangsendringer">
          {list.data.items.map((item) => (
            <li key={item.id}>
              <AccessReviewCard
                item={item}
                onReviewed={() => {
                  setMessage(`«${kindLabels[item.kind]}» for ${item.targetUserName ?? item.personName} er markert som gjennomgått.`);
                  list.reload();
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
