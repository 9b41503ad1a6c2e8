// The leader's review of something that gave access (an emergency access, a role, a new relation):
// who reviewed it and when, or the form that marks it reviewed with a comment.
import { useState, type FormEvent } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { api } from './api.js';
import { useSubmit } from './use-api.js';
import { ProblemAlert } from './feedback.js';
import { formatDateTime } from './format.js';

export interface Reviewed {
  reviewedAt: string | null;
  reviewedByName: string | null;
  reviewComment: string | null;
}

/** The description-list row of a review that has been done (nothing before that). */
export function ReviewedRow({ item }: { item: Reviewed }) {
  if (!item.reviewedAt) return null;
  return (
    <div className="dl-row">
      <dt>Gjennomgang</dt>
      <dd>
        {item.reviewedByName}, {formatDateTime(item.reviewedAt)}: {item.reviewComment}
      </dd>
    </div>
  );
}

export function ReviewForm({ url, description, onReviewed }: { url: string; description: string; onReviewed(): void }) {
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const submit = useSubmit();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problem = comment.trim().length < 3 ? 'Skriv en kommentar til gjennomgangen (minst 3 tegn).' : null;
    setMissing(problem);
    if (problem) return;
    const done = await submit.run(() => api.post<void>(url, { comment: comment.trim() }).then(() => true));
    if (done) onReviewed();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack">
      <ProblemAlert error={submit.error && !submit.fieldErrors.comment ? submit.error : null} focus />
      <Textfield
        label="Kommentar til gjennomgangen"
        description={description}
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
  );
}
