// The person page's «Individuell plan»: the plan editor. Goals in the person's own words, measures
// with responsible unit and person, participants with consent, review date, status, version history
// and PDF (also large type). An incomplete plan (no goals, no participants, past its review date) says so.
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert, Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { FormProblem } from '../../platform/FormProblem.js';
import { formatDate, formatDateTime } from '../../platform/format.js';
import type { Created, IpOverview, Items, PlanVersion, PlanView } from '../../platform/api-types.js';
import { planStatusColors, planStatusLabels } from '../coordination/labels.js';
import { GoalForm, GoalList, MeasureTable, ParticipantList, SectionHead } from './PlanLists.js';
import { MeasureForm } from './MeasureForm.js';
import { ParticipantForm } from './ParticipantForm.js';
import { PlanSettings, ReviewButton } from './PlanSettings.js';

type Open = null | 'goal' | 'measure' | 'participant' | 'settings';

function CreatePlan({ personId, onCreated }: { personId: string; onCreated(): void }) {
  const info = useApi<IpOverview>(`/api/persons/${personId}/ip-information`);
  const submit = useSubmit();
  if (!info.data) return <ProblemAlert error={info.error} />;
  if (info.data.currentAnswer !== 'wants-ip') {
    return (
      <Paragraph>
        Personen har ikke sagt ja til individuell plan.{' '}
        <Link asChild>
          <RouterLink to={`/personer/${personId}/koordinering`}>Registrer informasjon om retten og personens svar</RouterLink>
        </Link>
        .
      </Paragraph>
    );
  }
  return (
    <>
      <Paragraph>Personen ønsker individuell plan. Planen revideres hver 90. dag til å begynne med; det kan endres.</Paragraph>
      <FormProblem error={submit.error} labels={{}} idPrefix="create-plan" />
      <Button loading={submit.busy} onClick={() => void submit.run(() => api.post<Created>(`/api/persons/${personId}/plan`, { reviewIntervalDays: 90 })).then((c) => c && onCreated())}>
        Opprett individuell plan
      </Button>
    </>
  );
}

function Versions({ planId, version }: { planId: string; version: number }) {
  const list = useApi<Items<PlanVersion>>(`/api/plans/${planId}/versions`);
  return (
    <details className="versions">
      <summary>Versjonshistorikk ({version} versjoner)</summary>
      <ProblemAlert error={list.error} />
      <ol className="plain-list tight">
        {(list.data?.items ?? []).map((v) => (
          <li key={v.version}>
            Versjon {v.version}, {formatDateTime(v.changedAt)} av {v.changedByName}: {v.summary}
          </li>
        ))}
      </ol>
    </details>
  );
}

export function PlanSection({ personId }: { personId: string }) {
  const user = useUser();
  const plan = useApi<PlanView>(`/api/persons/${personId}/plan`);
  const [open, setOpen] = useState<Open>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const canWrite = may(user, 'plan.write');
  const saved = (message: string) => {
    setOpen(null);
    setFlash(message);
    plan.reload();
  };

  if (plan.loading && !plan.data) return <Loading label="Henter planen …" />;
  if (plan.error?.code === 'NOT_FOUND') {
    return (
      <section aria-labelledby="plan-heading" className="section">
        <Heading level={2} data-size="md" id="plan-heading">
          Individuell plan
        </Heading>
        <Paragraph>Personen har ingen individuell plan.</Paragraph>
        {canWrite && <CreatePlan personId={personId} onCreated={() => saved('Den individuelle planen er opprettet. Legg inn mål, tiltak og deltakere.')} />}
      </section>
    );
  }
  if (!plan.data) return <ProblemAlert error={plan.error} />;
  const p = plan.data;
  const editable = canWrite && p.status !== 'closed';
  const addButton = (what: Open, label: string) =>
    editable && open !== what ? (
      <Button variant="secondary" data-size="sm" onClick={() => setOpen(what)}>
        {label}
      </Button>
    ) : undefined;

  return (
    <section aria-labelledby="plan-heading" className="section plan">
      <SuccessMessage>{flash}</SuccessMessage>
      <div className="section-head">
        <div>
          <Heading level={2} data-size="md" id="plan-heading">
            Individuell plan
          </Heading>
          <div className="tag-row">
            <Tag data-color={planStatusColors[p.status]}>{planStatusLabels[p.status]}</Tag>
            {p.complete ? <Tag data-color="success">Komplett</Tag> : <Tag data-color="danger">Ufullstendig</Tag>}
            <Tag data-color="neutral">Versjon {p.version}</Tag>
          </div>
        </div>
        <div className="button-row">
          <Button asChild variant="tertiary" data-size="sm">
            <a href={`/api/plans/${p.id}/pdf`} target="_blank" rel="noreferrer">
              Skriv ut (PDF)
            </a>
          </Button>
          <Button asChild variant="tertiary" data-size="sm">
            <a href={`/api/plans/${p.id}/pdf?large=true`} target="_blank" rel="noreferrer">
              PDF med stor skrift
            </a>
          </Button>
        </div>
      </div>
      {!p.complete && (
        <Alert data-color="warning" className="plan-problems">
          <Heading level={3} data-size="xs">
            Planen er ikke komplett
          </Heading>
          <ul>
            {p.problems.map((problem) => (
              <li key={problem.id}>
                {problem.detail} <span className="muted">({problem.source})</span>
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <Paragraph data-size="sm">
        Koordinator: {p.coordinator ? `${p.coordinator.displayName} (${p.coordinator.unitName}${p.coordinator.phone ? `, tlf. ${p.coordinator.phone}` : ''})` : 'ingen'}. Neste revisjon {formatDate(p.nextReviewDate)} (hver {p.reviewIntervalDays}. dag). Sist endret {formatDateTime(p.updatedAt)} av {p.updatedByName}.
        {p.statusNote ? ` Status: ${p.statusNote}` : ''}
      </Paragraph>
      {editable && open !== 'settings' && (
        <div className="button-row">
          <Button variant="secondary" data-size="sm" onClick={() => setOpen('settings')}>
            Endre status og revisjon
          </Button>
          <ReviewButton planId={p.id} onSaved={saved} />
        </div>
      )}
      {canWrite && open === 'settings' && <PlanSettings plan={p} onCancel={() => setOpen(null)} onSaved={saved} />}

      <section aria-labelledby="goals-heading" className="section">
        <SectionHead id="goals-heading" title="Hva er viktig for deg? (mål)" action={addButton('goal', 'Nytt mål')} />
        {open === 'goal' && <GoalForm planId={p.id} onCancel={() => setOpen(null)} onSaved={() => saved('Målet er lagt til.')} />}
        <GoalList plan={p} />
      </section>
      <section aria-labelledby="measures-heading" className="section">
        <SectionHead id="measures-heading" title="Tiltak" action={addButton('measure', 'Nytt tiltak')} />
        {open === 'measure' && <MeasureForm plan={p} onCancel={() => setOpen(null)} onSaved={() => saved('Tiltaket er lagt til.')} />}
        <MeasureTable plan={p} canWrite={editable} onSaved={() => saved('Statusen for tiltaket er endret.')} />
      </section>
      <section aria-labelledby="participants-heading" className="section">
        <SectionHead id="participants-heading" title="Deltakere og samtykke" action={addButton('participant', 'Ny deltaker')} />
        {open === 'participant' && <ParticipantForm planId={p.id} onCancel={() => setOpen(null)} onSaved={() => saved('Deltakeren er lagt til.')} />}
        <ParticipantList plan={p} canWrite={editable} onSaved={saved} />
      </section>
      <Versions key={p.version} planId={p.id} version={p.version} />
    </section>
  );
}
