// The open survey link: no login. The token in the address decides the survey; answers are stored
// without name, time or anything else that could identify the respondent.
import { useState } from 'react';
import { useParams } from 'react-router';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { Loading, ProblemAlert } from '../../platform/feedback.js';
import { useTitle } from '../../platform/use-title.js';
import { AnswerForm } from './AnswerForm.js';
import type { PublicSurvey } from './types.js';

export function PublicSurveyPage() {
  const { token } = useParams();
  const survey = useApi<PublicSurvey>(`/api/public/surveys/${encodeURIComponent(token ?? '')}`);
  const submit = useSubmit();
  const [thanks, setThanks] = useState<string | null>(null);
  const s = survey.data;
  useTitle(s ? s.title : 'Brukerundersøkelse');
  return (
    <main id="main" className="app-main public-survey">
      <Heading level={1} data-size="lg">
        {s ? s.title : 'Brukerundersøkelse'}
      </Heading>
      <ProblemAlert error={survey.error} />
      {survey.loading && !s && <Loading label="Henter undersøkelsen …" />}
      {s && thanks && (
        <>
          <Alert data-color="success" role="status">
            <Paragraph>{thanks}</Paragraph>
          </Alert>
          <div className="button-row">
            <Button variant="secondary" onClick={() => setThanks(null)}>
              Svar på nytt (ny person)
            </Button>
          </div>
        </>
      )}
      {s && !thanks && (
        <>
          {s.intro && <Paragraph>{s.intro}</Paragraph>}
          <Paragraph data-size="sm">Du svarer anonymt. Vi lagrer ikke navn, tidspunkt eller annet som kan knyttes til deg. Resultater for grupper med færre enn 5 svar vises ikke.</Paragraph>
          <AnswerForm
            idPrefix="public"
            units={s.units}
            groups={s.groups}
            questions={s.questions}
            busy={submit.busy}
            error={submit.error}
            submitLabel="Send svarene"
            onSubmit={async (answers) => {
              const result = await submit.run(() => api.post<{ message: string }>(`/api/public/surveys/${encodeURIComponent(token ?? '')}/responses`, answers));
              if (result) {
                setThanks(result.message);
                window.scrollTo(0, 0);
              }
              return Boolean(result);
            }}
          />
        </>
      )}
    </main>
  );
}
