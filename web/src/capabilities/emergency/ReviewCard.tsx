import { Card, Heading, Tag } from '@digdir/designsystemet-react';
import { ReviewForm, ReviewedRow } from '../../platform/ReviewForm.js';
import { formatDateTime } from '../../platform/format.js';
import type { EmergencyAccessItem } from '../../platform/api-types.js';

export function ReviewCard({ item, onReviewed }: { item: EmergencyAccessItem; onReviewed(): void }) {
  const headingId = `access-${item.id}`;

  return (
    <Card data-color="neutral" asChild>
      <article aria-labelledby={headingId}>
        <div className="section-head">
          <Heading level={2} data-size="xs" id={headingId}>
            {item.userName} åpnet {item.personName}
          </Heading>
          {item.reviewedAt ? <Tag data-color="success">Gjennomgått</Tag> : <Tag data-color="warning">Ikke gjennomgått</Tag>}
        </div>
        <dl className="dl">
          <div className="dl-row">
            <dt>Åpnet</dt>
            <dd>{formatDateTime(item.openedAt)}</dd>
          </div>
          <div className="dl-row">
            <dt>Utløper</dt>
            <dd>{formatDateTime(item.expiresAt)}</dd>
          </div>
          <div className="dl-row">
            <dt>Begrunnelse</dt>
            <dd>{item.reason}</dd>
          </div>
          <ReviewedRow item={item} />
        </dl>
        {!item.reviewedAt && (
          <ReviewForm url={`/api/emergency-accesses/${item.id}/review`} description="For eksempel om tilgangen var nødvendig, og om noe må følges opp." onReviewed={onReviewed} />
        )}
      </article>
    </Card>
  );
}
