// One henvendelse: who it came from, the first-contact deadline and status, triage, and the next step.
import { useState, type ReactNode } from 'react';
import { Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { formatDate, formatDateTime } from '../../platform/format.js';
import type { Henvendelse } from '../../platform/api-types.js';
import { FirstContactForm, TriageForm } from './HenvendelseSteps.js';
import { channelLabels, firstContactTag, sourceLabels, triageLabels } from './labels.js';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="dl-row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function HenvendelseCard({ h, canWrite, onChanged }: { h: Henvendelse; canWrite: boolean; onChanged(message: string): void }) {
  const [step, setStep] = useState<'first-contact' | 'triage' | null>(null);
  const tag = firstContactTag(h);
  const headingId = `henvendelse-${h.id}-heading`;
  const done = (message: string) => {
    setStep(null);
    onChanged(message);
  };
  return (
    <Card data-color="neutral" asChild>
      <article id={`henvendelse-${h.id}`} tabIndex={-1} aria-labelledby={headingId} className="record-card">
        <div className="section-head">
          <Heading level={3} data-size="xs" id={headingId}>
            Henvendelse mottatt {formatDateTime(h.receivedAt)}
          </Heading>
          <div className="tag-row">
            <Tag data-color={tag.color}>{tag.text}</Tag>
            <Tag data-color={h.triage === 'pending' ? 'neutral' : 'info'}>Triagering: {triageLabels[h.triage]}</Tag>
          </div>
        </div>
        <Paragraph className="note-body">{h.content}</Paragraph>
        <dl className="dl">
          <Row term="Fra">
            {sourceLabels[h.source]}
            {h.sourceDetail ? ` (${h.sourceDetail})` : ''}
          </Row>
          <Row term="Kanal">{channelLabels[h.channel]}</Row>
          <Row term="Mottatt av">{h.unitName}</Row>
          <Row term="Frist for første kontakt">
            {formatDate(h.firstContactDue)}
            {h.firstContactStatus === 'overdue' && <strong className="danger-text"> – fristen er passert</strong>}
          </Row>
          {h.firstContactAt && (
            <Row term="Første kontakt">
              {formatDateTime(h.firstContactAt)}
              {h.firstContactNote ? ` – ${h.firstContactNote}` : ''}
            </Row>
          )}
          {h.triage !== 'pending' && (
            <Row term="Triagering">
              {triageLabels[h.triage]}
              {h.lowThresholdService ? `: ${h.lowThresholdService}` : ''}
              {h.triageNote ? ` – ${h.triageNote}` : ''}
            </Row>
          )}
        </dl>
        {canWrite && step === null && (h.firstContactStatus !== 'done' || h.triage === 'pending') && (
          <div className="button-row">
            {h.firstContactStatus !== 'done' && (
              <Button data-color="accent" data-size="sm" onClick={() => setStep('first-contact')}>
                Registrer første kontakt
              </Button>
            )}
            {h.triage === 'pending' && (
              <Button data-color="accent" data-size="sm" variant="secondary" onClick={() => setStep('triage')}>
                Triager
              </Button>
            )}
          </div>
        )}
        {step === 'first-contact' && <FirstContactForm henvendelseId={h.id} onSaved={done} onCancel={() => setStep(null)} />}
        {step === 'triage' && <TriageForm henvendelseId={h.id} onSaved={done} onCancel={() => setStep(null)} />}
      </article>
    </Card>
  );
}
