// Risiko: the person's risk flags (level, safety measure, owner, review date) for everyone with a relation,
// the structured assessments (the basis only for the authoring unit), a new assessment, and the checks.
import { useState, type FormEvent } from 'react';
import { Button, Card, Heading, Paragraph, Select, Field, Label, Table, Tag, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { useSectionForms } from '../../platform/use-section-forms.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { RadioGroup } from '../../platform/RadioGroup.js';
import { formatDate } from '../../platform/format.js';
import { ScrollRegion } from '../../platform/ScrollRegion.js';
import type { Created, Items, RiskOverview, StaffMember } from '../../platform/api-types.js';
import { FormCard } from '../../platform/FormCard.js';
import { SectionHead } from '../../platform/SectionHead.js';
import { ChecksList } from '../relatives/ChecksList.js';

export const levelLabels = { green: 'Grønn', yellow: 'Gul', red: 'Rød' } as const;
export const levelColors = { green: 'success', yellow: 'warning', red: 'danger' } as const;
const kindLabels = { violence: 'Voldsrisiko', suicide: 'Selvmordsrisiko' } as const;

export function RiskSection({ personId }: { personId: string }) {
  const user = useUser();
  const canWrite = may(user, 'crisis-plan.write');
  const view = useApi<RiskOverview>(`/api/persons/${personId}/risk`);
  const { form, message, open, close, saved } = useSectionForms<'add'>(view.reload);
  const data = view.data;
  return (
    <>
      <section aria-labelledby="risk-heading" className="section">
        <SectionHead id="risk-heading" title="Risikoflagg">
          {canWrite && !form && (
            <Button variant="secondary" data-size="sm" onClick={() => open('add')}>
              Ny risikovurdering
            </Button>
          )}
        </SectionHead>
        <SuccessMessage>{message}</SuccessMessage>
        {form === 'add' && <AssessmentForm personId={personId} onCancel={close} onSaved={() => saved('Risikovurderingen er lagret.')} />}
        {view.loading && !data && <Loading label="Henter risiko …" />}
        <ProblemAlert error={view.error} />
        {data && data.flags.length === 0 && <Paragraph>Ingen aktive risikoflagg.</Paragraph>}
        {data && data.flags.length > 0 && (
          <ul className="plain-list">
            {data.flags.map((f) => (
              <li key={`${f.kind}-${f.id ?? 'screening'}`}>
                <Card data-color={f.level === 'red' ? 'danger' : 'warning'} variant="tinted">
                  <Heading level={3} data-size="2xs">
                    {f.label} {f.level && <Tag data-color={levelColors[f.level]}>Nivå: {levelLabels[f.level]}</Tag>}
                  </Heading>
                  <Paragraph data-size="sm">
                    <strong>Sikkerhetstiltak:</strong> {f.safetyMeasure ?? 'Ikke vurdert strukturert ennå'}
                  </Paragraph>
                  <Paragraph data-size="sm" className="muted">
                    Eier: {f.ownerName ?? 'ingen'} · Ny vurdering: {f.reviewDate ? formatDate(f.reviewDate) : 'ikke satt'}
                  </Paragraph>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
      {data && data.assessments.length > 0 && (
        <section aria-labelledby="risk-assessments-heading" className="section">
          <Heading level={2} data-size="sm" id="risk-assessments-heading">
            Risikovurderinger
          </Heading>
          {data.hiddenBasisCount > 0 && <Paragraph data-size="sm">Grunnlaget for {data.hiddenBasisCount} vurdering(er) er skjermet: det vises bare for enheten som gjorde vurderingen.</Paragraph>}
          <ScrollRegion label="Tabell: risikovurderinger">
            <Table>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>Dato</Table.HeaderCell>
                  <Table.HeaderCell>Gjelder</Table.HeaderCell>
                  <Table.HeaderCell>Nivå</Table.HeaderCell>
                  <Table.HeaderCell>Metode</Table.HeaderCell>
                  <Table.HeaderCell>Grunnlag</Table.HeaderCell>
                  <Table.HeaderCell>Enhet</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {data.assessments.map((a) => (
                  <Table.Row key={a.id}>
                    <Table.Cell>{formatDate(a.assessedOn)}</Table.Cell>
                    <Table.Cell>{kindLabels[a.kind]}</Table.Cell>
                    <Table.Cell>
                      <Tag data-color={levelColors[a.level]}>{levelLabels[a.level]}</Tag>
                    </Table.Cell>
                    <Table.Cell>{a.method}</Table.Cell>
                    <Table.Cell>{a.basis ?? <span className="muted">Skjermet</span>}</Table.Cell>
                    <Table.Cell>{a.authorUnitName}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollRegion>
        </section>
      )}
      {data && <ChecksList checks={data.checks} id="risk-checks" />}
    </>
  );
}

function AssessmentForm({ personId, onSaved, onCancel }: { personId: string; onSaved(): void; onCancel(): void }) {
  const staff = useApi<Items<StaffMember>>('/api/staff');
  const user = useUser();
  const [kind, setKind] = useState<'violence' | 'suicide' | null>(null);
  const [level, setLevel] = useState<'green' | 'yellow' | 'red' | null>(null);
  const [assessedOn, setAssessedOn] = useState(new Date().toISOString().slice(0, 10));
  const [method, setMethod] = useState('');
  const [basis, setBasis] = useState('');
  const [safetyMeasure, setSafetyMeasure] = useState('');
  const [ownerId, setOwnerId] = useState(user?.id ?? '');
  const [reviewDate, setReviewDate] = useState('');
  const submit = useSubmit();
  const f = submit.fieldErrors;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = { kind, level, assessedOn, method, basis, safetyMeasure, ownerId, reviewDate };
    if (await submit.run(() => api.post<Created>(`/api/persons/${personId}/risk-assessments`, body))) onSaved();
  }

  return (
    <FormCard heading="Ny risikovurdering" headingId="risk-form-heading" onSubmit={onSubmit} error={submit.error} labels={{ kind: 'Gjelder', level: 'Nivå', assessedOn: 'Dato', method: 'Metode', basis: 'Grunnlag', safetyMeasure: 'Sikkerhetstiltak', ownerId: 'Eier', reviewDate: 'Ny vurdering' }} idPrefix="risk" submitLabel="Lagre vurderingen" busy={submit.busy} onCancel={onCancel}>
      <RadioGroup id="risk-kind" legend="Gjelder" options={[{ value: 'violence', label: 'Voldsrisiko' }, { value: 'suicide', label: 'Selvmordsrisiko' }]} value={kind} onChange={setKind} error={f.kind} />
      <RadioGroup id="risk-level" legend="Nivå (trafikklys)" options={[{ value: 'green', label: 'Grønn – lav' }, { value: 'yellow', label: 'Gul – moderat' }, { value: 'red', label: 'Rød – høy' }]} value={level} onChange={setLevel} error={f.level} />
      <Textfield id="risk-assessedOn" type="date" label="Dato for vurderingen" value={assessedOn} onChange={(e) => setAssessedOn(e.target.value)} error={f.assessedOn} />
      <Textfield id="risk-method" label="Metode (f.eks. V-RISK-10, klinisk vurdering)" value={method} onChange={(e) => setMethod(e.target.value)} error={f.method} />
      <Textfield id="risk-basis" multiline rows={3} label="Grunnlag (skjermet: vises bare for enheten din)" value={basis} onChange={(e) => setBasis(e.target.value)} error={f.basis} />
      <Textfield id="risk-safetyMeasure" label="Sikkerhetstiltak (vises for alle med tjenstlig behov)" value={safetyMeasure} onChange={(e) => setSafetyMeasure(e.target.value)} error={f.safetyMeasure} />
      <Field>
        <Label>Eier av flagget</Label>
        <Select id="risk-ownerId" value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
          <Select.Option value="">Velg</Select.Option>
          {(staff.data?.items ?? []).filter((s) => s.active).map((s) => (
            <Select.Option key={s.id} value={s.id}>
              {s.displayName}
            </Select.Option>
          ))}
        </Select>
        {f.ownerId && <ValidationMessage>{f.ownerId}</ValidationMessage>}
      </Field>
      <Textfield id="risk-reviewDate" type="date" label="Dato for ny vurdering" value={reviewDate} onChange={(e) => setReviewDate(e.target.value)} error={f.reviewDate} />
    </FormCard>
  );
}
