// «Min plan»: the person's own individual plan in plain language – goals in their own words, what is
// done for each goal, who is responsible and by when, who takes part, when the plan is reviewed – and
// a comment form per goal. PDF prints in normal and large type.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { Loading, ProblemAlert } from '../../platform/feedback.js';
import { formatDate, formatDateTime } from '../../platform/format.js';
import { useTitle } from '../../platform/use-title.js';
import type { PlanView } from '../../platform/api-types.js';
import { PdfLinks } from './PdfLinks.js';
import { WrittenLanguageChoice } from './WrittenLanguageChoice.js';

type Goal = PlanView['goals'][number];
type Measure = PlanView['measures'][number];

function MeasureList({ measures }: { measures: Measure[] }) {
  const { t } = useTranslation();
  if (!measures.length) return <Paragraph>{t('plan.noMeasures')}</Paragraph>;
  return (
    <ul className="plain-list">
      {measures.map((m) => (
        <li key={m.id} className="measure">
          <strong>{m.description}</strong>
          <br />
          {t('plan.responsible')}: {m.responsible}
          {m.responsiblePerson && m.responsiblePerson !== m.responsible ? ` (${m.responsiblePerson})` : ''}
          <br />
          {t('plan.deadline')}: {formatDate(m.deadline)} – {t(`plan.measureStatus.${m.status}`)}
        </li>
      ))}
    </ul>
  );
}

function CommentForm({ goal, onSaved }: { goal: Goal; onSaved(): void }) {
  const [text, setText] = useState('');
  const [missing, setMissing] = useState<string | undefined>(undefined);
  const submit = useSubmit();
  const { t } = useTranslation();
  const id = `comment-${goal.id}`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const empty = text.trim() ? undefined : t('comment.empty');
    setMissing(empty);
    if (empty) return;
    const saved = await submit.run(() => api.post<{ id: string }>(`/api/me/plan/goals/${goal.id}/comments`, { text: text.trim() }));
    if (saved) {
      setText('');
      onSaved();
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack">
      <ProblemAlert error={submit.error} heading={t('comment.notSaved')} />
      <Textfield id={id} label={t('comment.label')} description={t('comment.description')} multiline rows={3} value={text} onChange={(e) => setText(e.target.value)} error={missing ?? submit.fieldErrors.text} />
      <div>
        <Button type="submit" variant="secondary" loading={submit.busy}>
          {t('comment.save')}
        </Button>
      </div>
    </form>
  );
}

export function MyPlanPage() {
  const { t } = useTranslation();
  useTitle(t('plan.title'));
  const plan = useApi<PlanView>('/api/me/plan');
  const noPlan = plan.error?.status === 404;
  const data = plan.data;
  const otherMeasures = data?.measures.filter((m) => !m.goalId || !data.goals.some((g) => g.id === m.goalId)) ?? [];

  return (
    <div className="citizen-page">
      <Heading level={1} data-size="lg">
        {t('plan.title')}
      </Heading>
      <Paragraph>{t('plan.intro')}</Paragraph>
      {noPlan ? (
        <Alert data-color="info" role="status">
          <Paragraph>{t('plan.none')}</Paragraph>
        </Alert>
      ) : (
        <ProblemAlert error={plan.error} />
      )}
      {plan.loading && !data && <Loading label={t('plan.loading')} />}
      {data && (
        <>
          <PdfLinks path="/api/me/plan/pdf" />
          {data.coordinator && (
            <Paragraph>
              {t('plan.coordinatorIs')} <strong>{data.coordinator.displayName}</strong> ({data.coordinator.unitName})
              {data.coordinator.phone ? <>, {t('plan.phone')} <a href={`tel:${data.coordinator.phone.replace(/\s/g, '')}`}>{data.coordinator.phone}</a></> : null}.
            </Paragraph>
          )}
          <Paragraph>
            {t('plan.reviewBefore')} <strong>{formatDate(data.nextReviewDate)}</strong>.
          </Paragraph>

          <Heading level={2} data-size="md">
            {t('plan.goalsHeading')}
          </Heading>
          {!data.goals.length && <Paragraph>{t('plan.noGoals')}</Paragraph>}
          {data.goals.map((goal, index) => (
            <section key={goal.id} className="citizen-goal" aria-labelledby={`goal-${goal.id}`}>
              <Heading level={3} data-size="sm" id={`goal-${goal.id}`}>
                {t('plan.goal', { n: index + 1, text: goal.text })}
              </Heading>
              <Paragraph data-size="sm">{t(`plan.goalStatus.${goal.status}`)}</Paragraph>
              <Heading level={4} data-size="xs">
                {t('plan.toDo')}
              </Heading>
              <MeasureList measures={data.measures.filter((m) => m.goalId === goal.id)} />
              <Heading level={4} data-size="xs">
                {t('plan.comments')}
              </Heading>
              {goal.comments.length ? (
                <ul className="plain-list">
                  {goal.comments.map((c) => (
                    <li key={c.id}>
                      <span className="pre-line">{c.text}</span>
                      <br />
                      <span className="muted">
                        {c.authorKind === 'person' ? t('plan.you') : c.authorName}, {formatDateTime(c.createdAt)}
                      </span>
                    </li>
                  ))}
                </ul>
              ) : (
                <Paragraph>{t('plan.noComments')}</Paragraph>
              )}
              <CommentForm goal={goal} onSaved={plan.reload} />
            </section>
          ))}

          {otherMeasures.length > 0 && (
            <>
              <Heading level={2} data-size="md">
                {t('plan.otherMeasures')}
              </Heading>
              <MeasureList measures={otherMeasures} />
            </>
          )}

          <Heading level={2} data-size="md">
            {t('plan.participants')}
          </Heading>
          <ul className="plain-list">
            {data.participants
              .filter((p) => p.active)
              .map((p) => (
                <li key={p.id}>
                  <strong>{p.name}</strong> – {p.role}
                </li>
              ))}
          </ul>
        </>
      )}
      <WrittenLanguageChoice />
    </div>
  );
}
