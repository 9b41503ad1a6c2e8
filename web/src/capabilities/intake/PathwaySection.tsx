// Hovedforløp (pathway 1–3): the current one, its history, and changing it with a reason.
import { useState, type FormEvent } from 'react';
import { Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { SuccessMessage } from '../../platform/feedback.js';
import { RadioGroup } from '../../platform/RadioGroup.js';
import { clientProblem } from '../../platform/client-validation.js';
import { formatDateTime } from '../../platform/format.js';
import type { PathwayEntry } from '../../platform/api-types.js';
import { FormCard } from '../../platform/FormCard.js';
import { SectionHead } from '../../platform/SectionHead.js';
import { pathwayLabels, pathwaySources } from '../../../../server/src/capabilities/intake/rules.js';

const options = (['1', '2', '3'] as const).map((value) => ({ value, label: pathwayLabels[Number(value)] ?? `Hovedforløp ${value}`, description: `Kilde: ${pathwaySources[Number(value)]}` }));

function PathwayForm({ personId, current, onSaved, onCancel }: { personId: string; current: number | null; onSaved(): void; onCancel(): void }) {
  const [pathway, setPathway] = useState<'1' | '2' | '3' | null>(null);
  const [reason, setReason] = useState('');
  const submit = useSubmit();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing = clientProblem({ pathway: !pathway && 'Velg hovedforløp.' });
    if (missing || !pathway) return submit.setError(missing);
    const ok = await submit.run(() => api.post<void>(`/api/persons/${personId}/pathway`, { pathway: Number(pathway), reason }).then(() => true));
    if (ok) onSaved();
  }

  return (
    <FormCard heading={current ? 'Endre hovedforløp' : 'Sett hovedforløp'} headingId="pathway-form-heading" onSubmit={onSubmit} error={submit.error} labels={{ pathway: 'Hovedforløp', reason: 'Begrunnelse' }} idPrefix="pathway" submitLabel="Lagre hovedforløp" busy={submit.busy} onCancel={onCancel}>
      <RadioGroup id="pathway-pathway" legend="Hovedforløp" options={options.filter((o) => Number(o.value) !== current)} value={pathway} onChange={setPathway} error={submit.fieldErrors.pathway} />
      <Textfield id="pathway-reason" label="Begrunnelse" description="Hvorfor dette forløpet passer personen nå." multiline rows={3} value={reason} onChange={(e) => setReason(e.target.value)} error={submit.fieldErrors.reason} />
    </FormCard>
  );
}

export function PathwaySection({ personId, current, history, canWrite, onChanged }: { personId: string; current: PathwayEntry | null; history: PathwayEntry[]; canWrite: boolean; onChanged(): void }) {
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <section aria-labelledby="pathway-heading" className="section">
      <SectionHead id="pathway-heading" title="Hovedforløp">
        {canWrite && !editing && (
          <Button variant="secondary" data-size="sm" onClick={() => { setMessage(null); setEditing(true); }}>
            {current ? 'Endre hovedforløp' : 'Sett hovedforløp'}
          </Button>
        )}
      </SectionHead>
      <SuccessMessage>{message}</SuccessMessage>
      {current ? (
        <Card data-color="neutral">
          <Paragraph>
            <strong>{current.label}</strong>
          </Paragraph>
          <Paragraph data-size="sm">
            Begrunnelse: {current.reason} <span className="muted">({current.recordedByName}, {formatDateTime(current.recordedAt)})</span>
          </Paragraph>
        </Card>
      ) : (
        <Paragraph>Hovedforløp er ikke satt.</Paragraph>
      )}
      {editing && (
        <PathwayForm
          personId={personId}
          current={current?.pathway ?? null}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setMessage('Hovedforløpet er lagret.');
            onChanged();
          }}
        />
      )}
      {history.length > 1 && (
        <>
          <Heading level={3} data-size="xs">
            Tidligere hovedforløp
          </Heading>
          <ul className="plain-list">
            {history.slice(1).map((entry) => (
              <li key={entry.recordedAt}>
                {entry.label} – {entry.reason} <span className="muted">({entry.recordedByName}, {formatDateTime(entry.recordedAt)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
