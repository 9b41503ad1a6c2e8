// One vedtak: its content, the problems that stop it from being finalized, editing the draft,
// finalizing, the letter as PDF, and the evaluation with the person.
import { useState } from 'react';
import { useParams } from 'react-router';
import { Alert, Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { formatDate } from '../../platform/format.js';
import type { Vedtak } from '../../platform/api-types.js';
import { EvaluationForm } from './EvaluationForm.js';
import { EvaluationView, VedtakDetails } from './VedtakDetails.js';
import { VedtakForm } from './VedtakForm.js';
import { vedtakStatus } from './labels.js';

export function VedtakPage({ personId }: { personId: string }) {
  const { vedtakId = '' } = useParams();
  const user = useUser();
  const v = useApi<Vedtak>(`/api/vedtak/${encodeURIComponent(vedtakId)}`);
  const finalize = useSubmit();
  const [editing, setEditing] = useState(false);
  const [evaluating, setEvaluating] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  if (!v.data) return v.loading ? <Loading label="Henter vedtaket …" /> : <ProblemAlert error={v.error} />;
  const data = v.data;
  const status = vedtakStatus[data.status];
  const canDecide = may(user, 'vedtak.write') && data.status === 'draft';
  const canEvaluate = may(user, 'evaluation.write') && data.status === 'final' && !data.evaluation;

  async function onFinalize() {
    setMessage(null);
    const ok = await finalize.run(() => api.post<void>(`/api/vedtak/${data.id}/finalize`).then(() => true));
    if (ok) {
      setEditing(false);
      setMessage('Vedtaket er fattet. Evalueringen kommer på arbeidslisten til den ansvarlige fire uker før evalueringsdatoen.');
      v.reload();
    } else {
      // Refused: open the draft with the problems as an error summary and on the fields.
      setEditing(true);
    }
  }

  const refused = finalize.error?.status === 422 ? finalize.error : null;

  return (
    <section aria-labelledby="vedtak-heading" className="section">
      <div className="section-head">
        <Heading level={2} data-size="md" id="vedtak-heading">
          Vedtak: {data.service.name}
        </Heading>
        <div className="tag-row">
          <Tag data-color={status.color}>{status.text}</Tag>
          {data.evaluation && <Tag data-color="info">Evaluert</Tag>}
        </div>
      </div>
      <SuccessMessage>{message}</SuccessMessage>
      <ProblemAlert error={finalize.error && !refused ? finalize.error : null} focus />
      <div className="button-row">
        {canDecide && !editing && (
          <Button variant="secondary" onClick={() => { setMessage(null); setEditing(true); }}>
            Endre utkast
          </Button>
        )}
        {canDecide && (
          <Button onClick={() => void onFinalize()} loading={finalize.busy}>
            Fatt vedtaket
          </Button>
        )}
        <Link href={`/api/vedtak/${data.id}/pdf`} target="_blank" rel="noopener">
          {data.status === 'draft' ? 'Forhåndsvis vedtaksbrevet (PDF, åpnes i ny fane)' : 'Åpne vedtaksbrevet (PDF, åpnes i ny fane)'}
        </Link>
      </div>
      {data.status === 'draft' && !editing && data.finalizeProblems.length > 0 && (
        <Alert data-color="warning">
          <Heading level={3} data-size="xs">
            Før vedtaket kan fattes
          </Heading>
          <ul>
            {data.finalizeProblems.map((p) => (
              <li key={p.path + p.detail}>{p.detail}</li>
            ))}
          </ul>
        </Alert>
      )}
      {editing && canDecide && (
        <VedtakForm
          personId={personId}
          vedtak={data}
          initialError={refused}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            finalize.setError(null);
            setMessage('Endringene i utkastet er lagret.');
            v.reload();
          }}
        />
      )}
      {data.status !== 'draft' && (
        <section aria-labelledby="evaluation-heading" className="section">
          <Heading level={3} data-size="sm" id="evaluation-heading">
            Evaluering
          </Heading>
          {data.evaluation ? (
            <EvaluationView e={data.evaluation} />
          ) : (
            <Paragraph>
              Skal evalueres sammen med personen innen {data.evaluationDate ? formatDate(data.evaluationDate) : '(ingen evalueringsdato)'}. Ansvarlig: {data.evaluationResponsible?.displayName ?? '(ingen)'}.
            </Paragraph>
          )}
          {canEvaluate && !evaluating && (
            <div>
              <Button variant="secondary" onClick={() => { setMessage(null); setEvaluating(true); }}>
                Registrer evaluering
              </Button>
            </div>
          )}
          {canEvaluate && evaluating && (
            <EvaluationForm
              vedtakId={data.id}
              onCancel={() => setEvaluating(false)}
              onSaved={() => {
                setEvaluating(false);
                setMessage('Evalueringen er lagret.');
                v.reload();
              }}
            />
          )}
        </section>
      )}
      <VedtakDetails v={data} />
    </section>
  );
}
