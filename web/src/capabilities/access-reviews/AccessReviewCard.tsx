import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { ReviewForm, ReviewedRow } from '../../platform/ReviewForm.js';
import { formatDateTime } from '../../platform/format.js';
import { roleLabels, staffRoles, type StaffRole } from '../../platform/policy.js';
import type { AccessReviewItem } from '../../platform/api-types.js';

export const kindLabels: Record<AccessReviewItem['kind'], string> = {
  'role-grant': 'Rolle gitt',
  'role-revoke': 'Rolle fjernet',
  'membership-add': 'Medlemskap i enhet gitt',
  'membership-end': 'Medlemskap i enhet avsluttet',
  'relation-without-basis': 'Ny relasjon uten henvisning',
};

const roleText = (roles: string[]): string => roles.map((r) => ((staffRoles as readonly string[]).includes(r) ? roleLabels[r as StaffRole] : r)).join(', ');

export function AccessReviewCard({ item, onReviewed }: { item: AccessReviewItem; onReviewed(): void }) {
  const headingId = `access-review-${item.id}`;

  return (
    <Card data-color="neutral" asChild>
      <article aria-labelledby={headingId}>
        <div className="section-head">
          <Heading level={3} data-size="xs" id={headingId}>
            {kindLabels[item.kind]}: {item.targetUserName ?? item.personName}
          </Heading>
          {item.reviewedAt ? <Tag data-color="success">Gjennomgått</Tag> : <Tag data-color="warning">Ikke gjennomgått</Tag>}
        </div>
        <dl className="dl">
          <div className="dl-row">
            <dt>Endret av</dt>
            <dd>
              {item.actorName}, {formatDateTime(item.occurredAt)}
            </dd>
          </div>
          {item.roles && (
            <div className="dl-row">
              <dt>Roller</dt>
              <dd>{roleText(item.roles)}</dd>
            </div>
          )}
          {item.unitNames.length > 0 && (
            <div className="dl-row">
              <dt>Enhet</dt>
              <dd>{item.unitNames.join(', ')}</dd>
            </div>
          )}
          {item.reason && (
            <div className="dl-row">
              <dt>Begrunnelse</dt>
              <dd>{item.reason}</dd>
            </div>
          )}
          <ReviewedRow item={item} />
        </dl>
        {!item.reviewedAt && item.ownChange && <Paragraph data-size="sm">Endringen gjelder deg eller er gjort av deg, så en annen leder må gå den gjennom.</Paragraph>}
        {!item.reviewedAt && !item.ownChange && (
          <ReviewForm url={`/api/access-reviews/${item.id}/review`} description="For eksempel om endringen var riktig, og om noe må følges opp." onReviewed={onReviewed} />
        )}
      </article>
    </Card>
  );
}
