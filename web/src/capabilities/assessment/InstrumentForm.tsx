// Entering answers to a standardised instrument (AUDIT, DUDIT, PHQ-9 …): every item with its published
// options as a radio group, then the score and band from the server. A PHQ-9 item 9 answer above 0
// gives a prominent warning (and a follow-up task on the worklist).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Details, ErrorSummary, Field, Heading, Label, Paragraph, Select, Tag } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { ProblemAlert } from '../../platform/feedback.js';
import { RadioGroup } from '../../platform/RadioGroup.js';
import { clientProblem, nestedErrors } from '../../platform/client-validation.js';
import type { InstrumentDefinition, ScoreResponse } from '../../platform/api-types.js';
import { ForeignWordingNotice, ForeignWordingTag } from './WordingNotice.js';

export function SuicideRiskWarning() {
  return (
    <Alert data-color="danger" role="alert" className="suicide-warning">
      <Heading level={3} data-size="sm">
        Spør om selvmordstanker nå
      </Heading>
      <Paragraph>
        Personen svarte over 0 på spørsmål 9 i PHQ-9 (tanker om at det er bedre å være død, eller om å skade seg selv). Spør direkte om selvmordstanker og planer, uansett totalskår, og vurder sikkerhetsplan,
        kontakt med fastlege eller legevakt. Oppfølgingen er lagt på arbeidslisten din og må markeres som utført der.
      </Paragraph>
    </Alert>
  );
}

const sexOptions = [
  { value: 'female', label: 'Kvinne' },
  { value: 'male', label: 'Mann' },
] as const;

export function InstrumentForm({ kartleggingId, instruments, onSaved }: { kartleggingId: string; instruments: InstrumentDefinition[]; onSaved(): void }) {
  const [instrumentId, setInstrumentId] = useState('');
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [sex, setSex] = useState<'female' | 'male' | null>(null);
  const [result, setResult] = useState<(ScoreResponse & { name: string; language: string }) | null>(null);
  const submit = useSubmit();
  const def = instruments.find((i) => i.id === instrumentId);
  const lang = def?.language === 'en' ? 'en' : undefined;
  const itemErrors = nestedErrors(submit.error, 'answers');
  const prefix = 'instr';
  const resultRef = useRef<HTMLDivElement>(null);

  // After scoring, the form closes and the result (and any warning) gets focus, so it is not missed.
  useEffect(() => {
    if (!result) return;
    resultRef.current?.focus({ preventScroll: true });
    resultRef.current?.scrollIntoView({ block: 'center' });
  }, [result]);

  function choose(id: string) {
    setInstrumentId(id);
    setAnswers({});
    setSex(null);
    setResult(null);
    submit.setError(null);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!def) return;
    setResult(null);
    const unanswered = def.items.filter((item) => !item.optional && answers[item.id] === undefined);
    const missing = clientProblem(Object.fromEntries(unanswered.map((item) => [`answers/${item.id}`, `Svar på spørsmål ${item.id}.`])));
    if (missing) return submit.setError(missing);
    const body = { instrumentId: def.id, version: def.version, answers: Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, Number(v)])), ...(sex ? { sex } : {}) };
    const scored = await submit.run(() => api.post<ScoreResponse>(`/api/kartlegginger/${kartleggingId}/instruments`, body));
    if (scored) {
      setInstrumentId('');
      setAnswers({});
      setSex(null);
      setResult({ ...scored, name: def.name, language: def.language });
      onSaved();
    }
  }

  const issues = Object.entries(itemErrors);
  return (
    <form onSubmit={onSubmit} noValidate className="form-stack" aria-labelledby="instrument-form-heading">
      <Heading level={3} data-size="xs" id="instrument-form-heading">
        Registrer svar på et instrument
      </Heading>
      {result && (
        <div className="form-stack instrument-result" ref={resultRef} tabIndex={-1}>
          <Alert data-color="info" role="status">
            <Heading level={4} data-size="xs">
              {result.name}: skår {result.score ?? '–'}
            </Heading>
            <Paragraph>{result.bandLabel ?? 'Ingen kategori for skåren.'}</Paragraph>
            <ForeignWordingTag language={result.language} />
          </Alert>
          {result.suicideRiskPrompt && <SuicideRiskWarning />}
        </div>
      )}
      <Field>
        <Label>Instrument</Label>
        <Select id={`${prefix}-instrumentId`} value={instrumentId} onChange={(e) => choose(e.target.value)}>
          <Select.Option value="">Velg instrument</Select.Option>
          {instruments.map((i) => (
            <Select.Option key={i.id} value={i.id}>
              {i.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {issues.length > 0 && (
        <ErrorSummary>
          <ErrorSummary.Heading>Svar på alle spørsmålene:</ErrorSummary.Heading>
          <ErrorSummary.List>
            {issues.map(([itemId, detail]) => (
              <ErrorSummary.Item key={itemId}>
                <ErrorSummary.Link
                  href={`#${prefix}-item-${itemId}`}
                  onClick={(event) => {
                    const target = document.getElementById(`${prefix}-item-${itemId}`);
                    if (!target) return;
                    event.preventDefault();
                    target.focus();
                    target.scrollIntoView({ block: 'center' });
                  }}
                >
                  {detail}
                </ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      <ProblemAlert error={submit.error && issues.length === 0 ? submit.error : null} focus />
      {def && (
        <>
          <div className="tag-row">
            <Tag data-color="neutral">Versjon {def.version}</Tag>
            {def.wording.kind === 'installed' && <Tag data-color="success">Lisensiert ordlyd installert av kommunen</Tag>}
          </div>
          <ForeignWordingNotice instrumentId={def.id} language={def.language} />
          {def.instructions && (
            <Paragraph lang={lang}>
              <strong>{def.instructions}</strong>
            </Paragraph>
          )}
          <ol className="instrument-items" aria-label={`Spørsmål i ${def.id}`}>
            {def.items.map((item) => (
              <li key={item.id}>
                <RadioGroup
                  id={`${prefix}-item-${item.id}`}
                  legend={
                    <>
                      {item.id}. <span lang={lang}>{item.text}</span>
                      {item.optional ? ' (valgfritt)' : ''}
                    </>
                  }
                  description={item.hint ? <span lang={lang}>{item.hint}</span> : undefined}
                  options={item.options.map((o) => ({ value: String(o.value), label: o.label }))}
                  value={answers[item.id] ?? null}
                  onChange={(value) => setAnswers((a) => ({ ...a, [item.id]: value }))}
                  error={itemErrors[item.id]}
                  lang={lang}
                  className="instrument-item inline-radios"
                />
              </li>
            ))}
          </ol>
          {def.scoring.bands.bySex && (
            <RadioGroup id={`${prefix}-sex`} legend="Kjønn (valgfritt)" description="Grenseverdiene for dette instrumentet er ulike for kvinner og menn." options={sexOptions} value={sex} onChange={setSex} className="inline-radios" />
          )}
          <Details className="instrument-source">
            <Details.Summary>Kilde for spørsmål og skåring</Details.Summary>
            <Details.Content>
            <Paragraph data-size="sm">
              {def.wording.kind === 'installed' ? `Ordlyd (lisensiert, versjon ${def.wording.version}): ` : 'Ordlyd: '}
              {def.source.citation}
              {def.source.url && (
                <>
                  {' '}
                  <a href={def.source.url}>{def.source.url}</a>
                </>
              )}
            </Paragraph>
            {def.wording.licence && <Paragraph data-size="sm">Lisens: {def.wording.licence.holder} – {def.wording.licence.terms}</Paragraph>}
            {def.source.note && <Paragraph data-size="sm">{def.source.note}</Paragraph>}
            <Paragraph data-size="sm">Skåring: {def.scoring.source.citation}</Paragraph>
            {def.scoring.source.note && <Paragraph data-size="sm">{def.scoring.source.note}</Paragraph>}
            </Details.Content>
          </Details>
          <div>
            <Button type="submit" data-color="accent" loading={submit.busy}>
              Beregn skår og lagre
            </Button>
          </div>
        </>
      )}
    </form>
  );
}
