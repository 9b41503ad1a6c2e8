// «Min plan»: the person's own individual plan in plain language – goals in their own words, what is
// done for each goal, who is responsible and by when, who takes part, when the plan is reviewed – and
// a comment form per goal. PDF prints in normal and large type.
import { useState, type FormEvent } from 'react';
import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { Loading, ProblemAlert } from '../../platform/feedback.js';
import { formatDate, formatDateTime } from '../../platform/format.js';
import { useTitle } from '../../platform/use-title.js';
import type { PlanView } from '../../platform/api-types.js';
import { PdfLinks } from './PdfLinks.js';

type Goal = PlanView['goals'][number];
type Measure = PlanView['measures'][number];

const goalStatusText: Record<Goal['status'], string> = { active: 'Dette jobber vi med nå', achieved: 'Du har nådd dette målet', dropped: 'Dette målet er lagt bort' };
const measureStatusText: Record<Measure['status'], string> = { planned: 'ikke startet ennå', ongoing: 'i gang', done: 'ferdig', cancelled: 'avlyst' };

function MeasureList({ measures }: { measures: Measure[] }) {
  if (!measures.length) return <Paragraph>Ingen tiltak er lagt inn ennå.</Paragraph>;
  return (
    <ul className="plain-list">
      {measures.map((m) => (
        <li key={m.id} className="measure">
          <strong>{m.description}</strong>
          <br />
          Ansvarlig: {m.responsible}
          {m.responsiblePerson && m.responsiblePerson !== m.responsible ? ` (${m.responsiblePerson})` : ''}
          <br />
          Frist: {formatDate(m.deadline)} – {measureStatusText[m.status]}
        </li>
      ))}
    </ul>
  );
}

function CommentForm({ goal, onSaved }: { goal: Goal; onSaved(): void }) {
  const [text, setText] = useState('');
  const [missing, setMissing] = useState<string | undefined>(undefined);
  const submit = useSubmit();
  const id = `comment-${goal.id}`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const empty = text.trim() ? undefined : 'Skriv kommentaren din først.';
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
      <ProblemAlert error={submit.error} heading="Kommentaren ble ikke lagret" />
      <Textfield id={id} label="Skriv en kommentar til målet" description="Koordinatoren din kan lese kommentaren." multiline rows={3} value={text} onChange={(e) => setText(e.target.value)} error={missing ?? submit.fieldErrors.text} />
      <div>
        <Button type="submit" variant="secondary" loading={submit.busy}>
          Lagre kommentaren
        </Button>
      </div>
    </form>
  );
}

export function MyPlanPage() {
  useTitle('Min plan');
  const plan = useApi<PlanView>('/api/me/plan');
  const noPlan = plan.error?.status === 404;
  const data = plan.data;
  const otherMeasures = data?.measures.filter((m) => !m.goalId || !data.goals.some((g) => g.id === m.goalId)) ?? [];

  return (
    <div className="citizen-page">
      <Heading level={1} data-size="lg">
        Min plan
      </Heading>
      <Paragraph>Dette er den individuelle planen din: målene dine med dine egne ord, hva som skal gjøres, og hvem som hjelper deg.</Paragraph>
      {noPlan ? (
        <Alert data-color="info" role="status">
          <Paragraph>Du har ingen individuell plan ennå. Du har rett til å få en. Snakk med koordinatoren din eller den som hjelper deg.</Paragraph>
        </Alert>
      ) : (
        <ProblemAlert error={plan.error} />
      )}
      {plan.loading && !data && <Loading label="Henter planen din …" />}
      {data && (
        <>
          <PdfLinks path="/api/me/plan/pdf" />
          {data.coordinator && (
            <Paragraph>
              Koordinatoren din er <strong>{data.coordinator.displayName}</strong> ({data.coordinator.unitName})
              {data.coordinator.phone ? <>, telefon <a href={`tel:${data.coordinator.phone.replace(/\s/g, '')}`}>{data.coordinator.phone}</a></> : null}.
            </Paragraph>
          )}
          <Paragraph>
            Planen skal gås gjennom igjen <strong>{formatDate(data.nextReviewDate)}</strong>.
          </Paragraph>

          <Heading level={2} data-size="md">
            Målene mine
          </Heading>
          {!data.goals.length && <Paragraph>Ingen mål er skrevet inn ennå.</Paragraph>}
          {data.goals.map((goal, index) => (
            <section key={goal.id} className="citizen-goal" aria-labelledby={`goal-${goal.id}`}>
              <Heading level={3} data-size="sm" id={`goal-${goal.id}`}>
                Mål {index + 1}: «{goal.text}»
              </Heading>
              <Paragraph data-size="sm">{goalStatusText[goal.status]}</Paragraph>
              <Heading level={4} data-size="xs">
                Dette skal gjøres
              </Heading>
              <MeasureList measures={data.measures.filter((m) => m.goalId === goal.id)} />
              <Heading level={4} data-size="xs">
                Kommentarer
              </Heading>
              {goal.comments.length ? (
                <ul className="plain-list">
                  {goal.comments.map((c) => (
                    <li key={c.id}>
                      <span className="pre-line">{c.text}</span>
                      <br />
                      <span className="muted">
                        {c.authorKind === 'person' ? 'Du' : c.authorName}, {formatDateTime(c.createdAt)}
                      </span>
                    </li>
                  ))}
                </ul>
              ) : (
                <Paragraph>Ingen kommentarer ennå.</Paragraph>
              )}
              <CommentForm goal={goal} onSaved={plan.reload} />
            </section>
          ))}

          {otherMeasures.length > 0 && (
            <>
              <Heading level={2} data-size="md">
                Andre tiltak
              </Heading>
              <MeasureList measures={otherMeasures} />
            </>
          )}

          <Heading level={2} data-size="md">
            Hvem er med i planen
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
    </div>
  );
}
