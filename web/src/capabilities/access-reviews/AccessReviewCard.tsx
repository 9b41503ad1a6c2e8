import { useState, type FormEvent } from 'react';
import { Button, Card, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { ProblemAlert } from '../../platform/feedback.js';
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
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const submit = useSubmit();
  const headingId = `access-review-${item.id}`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problem = comment.trim().length < 3 ? 'Skriv en kommentar til gjennomgangen (minst 3 tegn).' : null;
    setMissing(problem);
    if (problem) return;
    const done = await submit.run(() => api.post<void>(`/api/access-reviews/${item.id}/review`, { comment: comment.trim() }).then(() => true));
    if (done) onReviewed();
  }

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
          {item.reviewedAt && (
            <div className="dl-row">
              <dt>Gjennomgang</dt>
              <dd>
                {item.reviewedByName}, {formatDateTime(item.reviewedAt)}: {item.reviewComment}
              </dd>
            </div>
          )}
        </dl>
        {!item.reviewedAt && item.ownChange && <Paragraph data-size="sm">Endringen gjelder deg eller er gjort av deg, så en annen leder må gå den gjennom.</Paragraph>}
        {!item.reviewedAt && !item.ownChange && (
          <form onSubmit={onSubmit} noValidate className="form-stack">
            <ProblemAlert error={submit.error && !submit.fieldErrors.comment ? submit.error : null} focus />
            <Textfield
              label="Kommentar til gjennomgangen"
              description="For eksempel om endringen var riktig, og om noe må følges opp."
              multiline
              rows={2}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              error={missing ?? submit.fieldErrors.comment}
            />
            <div>
              <Button type="submit" data-size="sm" data-color="accent" loading={submit.busy}>
                Marker som gjennomgått
              </Button>
            </div>
          </form>
        )}
      </article>
    </Card>
  );
}
