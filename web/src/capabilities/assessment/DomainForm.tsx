// One core domain of the kartlegging: status, sub-aspects (somatic health, psychosocial, housing,
// relatives), what the finding rests on, and the finding itself. Saved domain by domain.
import { useState, type FormEvent } from 'react';
import { Button, Details, Tag, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { FormProblem } from '../../platform/FormProblem.js';
import { SuccessMessage } from '../../platform/feedback.js';
import { RadioGroup } from '../../platform/RadioGroup.js';
import { clientProblem, nestedErrors } from '../../platform/client-validation.js';
import type { Kartlegging } from '../../platform/api-types.js';
import { aspectLabels, aspectsOf, coverageColors, coverageLabels, domainLabel, evidenceOptions, statusOptions, type DomainStatus, type EvidenceKind } from './labels.js';

type Entry = Kartlegging['domains'][number];

interface Props {
  kartleggingId: string;
  domain: string;
  entry: Entry | undefined;
  coverage: DomainStatus | 'missing';
  onSaved(): void;
}

export function DomainForm({ kartleggingId, domain, entry, coverage, onSaved }: Props) {
  const label = domainLabel(domain);
  const aspects = aspectsOf(domain);
  const prefix = `domain-${domain}`;
  const [status, setStatus] = useState<DomainStatus | null>(entry?.status ?? null);
  const [evidenceKind, setEvidenceKind] = useState<EvidenceKind | null>((entry?.evidenceKind as EvidenceKind | undefined) ?? null);
  const [evidence, setEvidence] = useState(entry?.evidence ?? '');
  const [aspectStatus, setAspectStatus] = useState<Record<string, DomainStatus>>(entry?.aspects ?? {});
  const [message, setMessage] = useState<string | null>(null);
  const submit = useSubmit();
  const aspectErrors = nestedErrors(submit.error, 'aspects');
  const labels = { status: 'Status', evidenceKind: 'Funnet bygger på', evidence: 'Funn og grunnlag' };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const answered = Object.keys(aspectStatus);
    const notCovered = aspects.filter((a) => aspectStatus[a] !== 'covered').map((a) => aspectLabels[a] ?? a);
    const missing = clientProblem({
      status: !status ? 'Velg status for området.' : status === 'covered' && answered.length > 0 && notCovered.length > 0 && `Området kan ikke være dekket når disse delområdene ikke er dekket: ${notCovered.join(', ')}.`,
      evidenceKind: !evidenceKind && 'Velg hva funnet bygger på.',
    });
    if (missing) return submit.setError(missing);
    const body = { domain, status, evidenceKind, evidence, ...(answered.length ? { aspects: aspectStatus } : {}) };
    const ok = await submit.run(() => api.put<void>(`/api/kartlegginger/${kartleggingId}/domains`, body).then(() => true));
    if (ok) {
      setMessage(`${label} er lagret.`);
      onSaved();
    }
  }

  return (
    <Details id={prefix} className="domain-details" defaultOpen={false}>
      <Details.Summary>
        <span className="domain-summary">
          <span>{label}</span>
          <Tag data-color={coverageColors[coverage]} data-size="sm">
            {coverageLabels[coverage]}
          </Tag>
        </span>
      </Details.Summary>
      <Details.Content>
        <form onSubmit={onSubmit} noValidate className="form-stack" aria-label={label}>
          <FormProblem error={submit.error} labels={labels} idPrefix={prefix} />
          <RadioGroup id={`${prefix}-status`} legend={`Er ${label.toLowerCase()} kartlagt?`} options={statusOptions} value={status} onChange={setStatus} error={submit.fieldErrors.status} className="inline-radios" />
          {aspects.length > 0 && (
            <div className="aspect-list">
              {aspects.map((aspect) => (
                <RadioGroup
                  key={aspect}
                  id={`${prefix}-aspects-${aspect}`}
                  legend={aspectLabels[aspect] ?? aspect}
                  options={statusOptions}
                  value={aspectStatus[aspect] ?? null}
                  onChange={(value) => setAspectStatus((current) => ({ ...current, [aspect]: value }))}
                  error={aspectErrors[aspect]}
                  className="inline-radios"
                  data-size="sm"
                />
              ))}
            </div>
          )}
          <RadioGroup id={`${prefix}-evidenceKind`} legend="Funnet bygger på" options={evidenceOptions} value={evidenceKind} onChange={setEvidenceKind} error={submit.fieldErrors.evidenceKind} className="inline-radios" />
          <Textfield
            id={`${prefix}-evidence`}
            label="Funn og grunnlag"
            description="Hva kom fram, og hvor er det dokumentert (skjema, instrument eller journalnotat)?"
            multiline
            rows={3}
            value={evidence}
            onChange={(e) => setEvidence(e.target.value)}
            error={submit.fieldErrors.evidence}
          />
          <SuccessMessage>{message}</SuccessMessage>
          <div>
            <Button type="submit" data-size="sm" loading={submit.busy}>
              Lagre {label.toLowerCase()}
            </Button>
          </div>
        </form>
      </Details.Content>
    </Details>
  );
}
