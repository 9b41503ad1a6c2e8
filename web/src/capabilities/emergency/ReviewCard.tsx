import { useState, type FormEvent } from 'react';
import { Button, Card, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { ProblemAlert } from '../../platform/feedback.js';
import { formatDateTime } from '../../platform/format.js';
import type { EmergencyAccessItem } from '../../platform/api-types.js';

export function ReviewCard({ item, onReviewed }: { item: EmergencyAccessItem; onReviewed(): void }) {
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const submit = useSubmit();
  const headingId = `access-${item.id}`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problem = comment.trim().length < 3 ? 'Skriv en kommentar til gjennomgangen (minst 3 tegn).' : null;
    setMissing(problem);
    if (problem) return;
    const done = await submit.run(() => api.post<void>(`/api/emergency-accesses/${item.id}/review`, { comment: comment.trim() }).then(() => true));
    if (done) onReviewed();
  }

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
          {item.reviewedAt && (
            <div className="dl-row">
              <dt>Gjennomgang</dt>
              <dd>
                {item.reviewedByName}, {formatDateTime(item.reviewedAt)}: {item.reviewComment}
              </dd>
            </div>
          )}
        </dl>
        {!item.reviewedAt && (
          <form onSubmit={onSubmit} noValidate className="form-stack">
            <ProblemAlert error={submit.error && !submit.fieldErrors.comment ? submit.error : null} focus />
            <Textfield
              label="Kommentar til gjennomgangen"
              description="For eksempel om tilgangen var nødvendig, og om noe må følges opp."
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
