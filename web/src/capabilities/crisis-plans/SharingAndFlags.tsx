// Who the crisis plan is shared with (the person's consent per unit, withdrawable) and the risk flags.
import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { FormProblem } from '../../platform/FormProblem.js';
import { FormButtons } from '../../platform/FormButtons.js';
import { formatDate } from '../../platform/format.js';
import type { CrisisPlanOverview, Items, Unit } from '../../platform/api-types.js';
import { entries, riskKindLabels } from '../coordination/labels.js';
import { SelectField } from '../coordination/SelectField.js';

export function SharedWith({ personId, overview, canWrite, onChanged }: { personId: string; overview: CrisisPlanOverview; canWrite: boolean; onChanged(message: string): void }) {
  const units = useApi<Items<Unit>>(canWrite ? '/api/units' : null);
  const [adding, setAdding] = useState(false);
  const [unitId, setUnitId] = useState('');
  const [note, setNote] = useState('');
  const submit = useSubmit();
  const withdraw = useSubmit();
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const ok = await submit.run(() => api.post(`/api/persons/${personId}/consents`, { scope: 'crisis-plan', toUnitId: unitId || undefined, ...(note.trim() ? { note: note.trim() } : {}) }).then(() => true));
    if (ok) {
      setAdding(false);
      onChanged('Samtykket er registrert. Kriseplanen er delt med enheten.');
    }
  }
  return (
    <section aria-labelledby="shared-heading" className="section">
      <div className="section-head">
        <Heading level={3} data-size="xs" id="shared-heading">
          Delt med (personens samtykke)
        </Heading>
        {canWrite && !adding && (
          <Button variant="secondary" data-size="sm" onClick={() => setAdding(true)}>
            Del med en enhet
          </Button>
        )}
      </div>
      {adding && (
        <form onSubmit={onSubmit} noValidate className="form-stack">
          <FormProblem error={submit.error} labels={{ toUnitId: 'Enhet' }} idPrefix="share" />
          <SelectField id="share-toUnitId" label="Enhet personen samtykker til deling med" value={unitId} empty="Velg enhet" options={(units.data?.items ?? []).filter((u) => u.active).map((u) => [u.id, u.name])} onChange={setUnitId} error={submit.fieldErrors.toUnitId} />
          <Textfield id="share-note" label="Om samtykket (valgfritt)" value={note} onChange={(e) => setNote(e.target.value)} />
          <FormButtons submitLabel="Registrer samtykke" busy={submit.busy} onCancel={() => setAdding(false)} />
        </form>
      )}
      <FormProblem error={withdraw.error} labels={{}} idPrefix="withdraw" />
      {overview.sharedWith.length === 0 ? (
        <Paragraph>Kriseplanen er ikke delt med noen enhet. Vakter uten relasjon til personen ser den ikke ved nødtilgang.</Paragraph>
      ) : (
        <ul className="plain-list">
          {overview.sharedWith.map((c) => (
            <li key={c.consentId} className="list-row">
              <span>
                {c.unitName ?? c.partnerName} <span className="muted">(samtykke {formatDate(c.givenAt.slice(0, 10))})</span>
              </span>
              {canWrite && (
                <Button variant="tertiary" data-size="sm" loading={withdraw.busy} onClick={() => void withdraw.run(() => api.post(`/api/persons/${personId}/consents/${c.consentId}/withdraw`, {}).then(() => true)).then((ok) => ok && onChanged(`Samtykket er trukket. ${c.unitName ?? c.partnerName} ser ikke lenger kriseplanen.`))}>
                  Trekk samtykket<span className="sr-only"> for {c.unitName ?? c.partnerName}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function RiskFlags({ personId, overview, canWrite, onChanged }: { personId: string; overview: CrisisPlanOverview; canWrite: boolean; onChanged(message: string): void }) {
  const [adding, setAdding] = useState(false);
  const [kind, setKind] = useState('');
  const [note, setNote] = useState('');
  const submit = useSubmit();
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await submit.run(() => api.post(`/api/persons/${personId}/risk-flags`, { kind, note }).then(() => true))) {
      setAdding(false);
      onChanged('Risikoflagget er registrert.');
    }
  }
  return (
    <section aria-labelledby="flags-heading" className="section">
      <div className="section-head">
        <Heading level={3} data-size="xs" id="flags-heading">
          Risikoflagg
        </Heading>
        {canWrite && !adding && (
          <Button variant="secondary" data-size="sm" onClick={() => setAdding(true)}>
            Registrer risiko
          </Button>
        )}
      </div>
      {adding && (
        <form onSubmit={onSubmit} noValidate className="form-stack">
          <FormProblem error={submit.error} labels={{ kind: 'Risiko', note: 'Beskrivelse' }} idPrefix="flag" />
          <SelectField id="flag-kind" label="Risiko" value={kind} empty="Velg risiko" options={entries(riskKindLabels)} onChange={setKind} error={submit.fieldErrors.kind} />
          <Textfield id="flag-note" label="Beskriv risikoen og hva den bygger på" multiline rows={2} value={note} onChange={(e) => setNote(e.target.value)} error={submit.fieldErrors.note} />
          <FormButtons submitLabel="Registrer risikoflagg" busy={submit.busy} onCancel={() => setAdding(false)} />
        </form>
      )}
      {overview.riskFlags.length === 0 ? (
        <Paragraph>Ingen risikoflagg.</Paragraph>
      ) : (
        <ul className="plain-list tight">
          {overview.riskFlags.map((f) => (
            <li key={`${f.kind}-${f.since}`}>
              <Tag data-color="danger">{f.label}</Tag> siden {formatDate(f.since.slice(0, 10))}
              {f.note ? `: ${f.note}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
