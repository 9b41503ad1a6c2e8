// Egenvurdering: the supervisory authority's questions with live figures and the leader's comments, and the PDF.
import { useEffect, useState, type FormEvent } from 'react';
import { Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { useTitle } from '../../platform/use-title.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import type { SelfAssessment } from './types.js';

const thisYear = new Date().getFullYear();

export function SelfAssessmentPage() {
  useTitle('Egenvurdering');
  const user = useUser();
  const canWrite = may(user, 'self-assessment.write');
  const [period, setPeriod] = useState({ from: `${thisYear}-01-01`, to: `${thisYear}-12-31` });
  const query = `from=${period.from}&to=${period.to}`;
  const data = useApi<SelfAssessment>(`/api/self-assessment?${query}`);
  const [comments, setComments] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const submit = useSubmit();
  useEffect(() => {
    if (data.data) setComments(Object.fromEntries(data.data.themes.map((t) => [t.id, t.comment])));
  }, [data.data]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const saved = await submit.run(async () => {
      await api.put('/api/self-assessment', { from: period.from, to: period.to, comments });
      return true;
    });
    if (saved) {
      setMessage('Kommentarene er lagret.');
      data.reload();
    }
  }

  return (
    <>
      <Heading level={1} data-size="lg">
        Egenvurdering
      </Heading>
      <Paragraph>Tilsynets spørsmål fra det landsomfattende tilsynet 2018–2019, besvart med tall fra journalen for personer med vedtak i perioden, og ledelsens kommentarer.</Paragraph>
      <div className="button-row">
        <Textfield label="Fra" type="date" value={period.from} onChange={(e) => setPeriod({ ...period, from: e.target.value })} />
        <Textfield label="Til" type="date" value={period.to} onChange={(e) => setPeriod({ ...period, to: e.target.value })} />
      </div>
      {data.loading && <Loading label="Regner ut tallene …" />}
      <ProblemAlert error={data.error} />
      <SuccessMessage>{message}</SuccessMessage>
      {data.data && (
        <form onSubmit={onSubmit} noValidate className="form-stack" aria-label="Egenvurdering">
          <Paragraph>
            {data.data.personsInScope} personer med vedtak i perioden. <Link href={`/api/self-assessment/pdf?${query}`}>Last ned som PDF</Link>
          </Paragraph>
          <ProblemAlert error={submit.error} focus />
          {data.data.themes.map((t, i) => (
            <section key={t.id} aria-labelledby={`theme-${t.id}`}>
              <Heading level={2} data-size="sm" id={`theme-${t.id}`}>
                {i + 1}. {t.question}
              </Heading>
              <ul>
                {t.figures.map((f) => (
                  <li key={f.label}>
                    {f.label}: {f.numerator} av {f.denominator}
                    {f.percent === null ? '' : ` (${String(f.percent).replace('.', ',')} %)`}
                  </li>
                ))}
              </ul>
              {canWrite ? (
                <Textfield label="Ledelsens kommentar" multiline rows={3} value={comments[t.id] ?? ''} onChange={(e) => setComments({ ...comments, [t.id]: e.target.value })} />
              ) : (
                <Paragraph>Ledelsens kommentar: {t.comment || '(ikke fylt ut)'}</Paragraph>
              )}
            </section>
          ))}
          {canWrite && (
            <div>
              <Button type="submit" loading={submit.busy}>
                Lagre kommentarer
              </Button>
            </div>
          )}
        </form>
      )}
    </>
  );
}
