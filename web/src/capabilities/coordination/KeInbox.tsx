// The coordinating unit's inbox: messages of need for an individual plan or a coordinator, with the
// deadline to start the work; a message that does not meet the conditions is rejected with a reason.
import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { Button, Card, Heading, Link, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { FormProblem } from '../../platform/FormProblem.js';
import { FormButtons } from '../../platform/FormButtons.js';
import { formatDate, formatDateTime } from '../../platform/format.js';
import type { IpMessage, Items } from '../../platform/api-types.js';
import { SectionHead } from '../../platform/SectionHead.js';
import { messageKindLabels, messageSourceLabels, messageStatusLabels } from './labels.js';

function RejectForm({ message, onDone, onCancel }: { message: IpMessage; onDone(): void; onCancel(): void }) {
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await submit.run(() => api.post(`/api/ip-messages/${message.id}/reject`, { reason }).then(() => true))) onDone();
  }
  return (
    <form onSubmit={onSubmit} noValidate className="form-stack">
      <FormProblem error={submit.error} labels={{ reason: 'Begrunnelse' }} idPrefix={`reject-${message.id}`} />
      <Textfield id={`reject-${message.id}-reason`} label="Begrunnelse for avslag" multiline rows={3} value={reason} onChange={(e) => setReason(e.target.value)} error={submit.fieldErrors.reason} />
      <FormButtons submitLabel="Avslå meldingen" busy={submit.busy} onCancel={onCancel} />
    </form>
  );
}

export function KeInbox() {
  const [status, setStatus] = useState<'open' | 'all'>('open');
  const inbox = useApi<Items<IpMessage>>(`/api/ke/inbox?status=${status}`);
  const [rejecting, setRejecting] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const items = inbox.data?.items ?? [];
  return (
    <section aria-labelledby="ke-inbox-heading" className="section">
      <SectionHead id="ke-inbox-heading" title="Innboks: meldinger om individuell plan og koordinator">
        <Button variant="tertiary" data-size="sm" onClick={() => setStatus(status === 'open' ? 'all' : 'open')}>
          {status === 'open' ? 'Vis også behandlede' : 'Vis bare åpne'}
        </Button>
      </SectionHead>
      <SuccessMessage>{flash}</SuccessMessage>
      {inbox.loading && !inbox.data && <Loading label="Henter innboksen …" />}
      <ProblemAlert error={inbox.error} />
      {inbox.data && items.length === 0 && <Paragraph>Ingen {status === 'open' ? 'åpne ' : ''}meldinger.</Paragraph>}
      <ul className="plain-list">
        {items.map((m) => (
          <li key={m.id}>
            <Card data-color="neutral">
              <div className="section-head">
                <Heading level={3} data-size="xs">
                  <Link asChild>
                    <RouterLink to={`/personer/${m.personId}/koordinering`}>{m.personName}</RouterLink>
                  </Link>
                  {' – '}
                  {messageKindLabels[m.kind]}
                </Heading>
                <div className="tag-row">
                  <Tag data-color={m.status === 'open' ? 'info' : 'neutral'}>{messageStatusLabels[m.status]}</Tag>
                  {m.overdue && <Tag data-color="danger">Fristen er passert</Tag>}
                </div>
              </div>
              <Paragraph data-size="sm">
                Fra {messageSourceLabels[m.source].toLowerCase()}, mottatt {formatDateTime(m.receivedAt)}. Start arbeidet innen {formatDate(m.dueDate)}.
              </Paragraph>
              <Paragraph>{m.content}</Paragraph>
              {m.outcomeNote && <Paragraph data-size="sm">Utfall: {m.outcomeNote}</Paragraph>}
              <Paragraph data-size="xs" className="muted">
                Hjemmel: {m.legalSource}
              </Paragraph>
              {m.status === 'open' &&
                (rejecting === m.id ? (
                  <RejectForm
                    message={m}
                    onCancel={() => setRejecting(null)}
                    onDone={() => {
                      setRejecting(null);
                      setFlash(`Meldingen om ${m.personName} er avslått.`);
                      inbox.reload();
                    }}
                  />
                ) : (
                  <div className="button-row">
                    <Button asChild data-size="sm">
                      <RouterLink to={`/personer/${m.personId}/koordinering`}>{m.kind === 'coordinator' ? 'Tilby eller oppnevn koordinator' : 'Oppnevn koordinator'}</RouterLink>
                    </Button>
                    <Button variant="secondary" data-size="sm" onClick={() => setRejecting(m.id)}>
                      Avslå
                    </Button>
                  </div>
                ))}
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
