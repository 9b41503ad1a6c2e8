// A new procedure or a new version of one (a draft until a leader approves it): title, process step,
// the text (Markdown) or an attached PDF (at most 5 MB), the units and roles it applies to, validity,
// revision date (default two years on) and what changed.
import { useState, type FormEvent } from 'react';
import { Checkbox, Field, Fieldset, Input, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { RadioGroup } from '../../platform/RadioGroup.js';
import { clientProblem } from '../../platform/client-validation.js';
import { localDate } from '../../platform/dates.js';
import { roleLabels, staffRoles, type StaffRole } from '../../platform/policy.js';
import type { Created, Items, Unit } from '../../platform/api-types.js';
import { FormCard } from '../../platform/FormCard.js';
import type { Procedure, ProcessMap } from './types.js';

type Step = ProcessMap['steps'][number]['step'];
const labels = { title: 'Tittel', processStep: 'Steg i forløpet', content: 'Innhold', unitIds: 'Gjelder for enhetene', roles: 'Roller', validFrom: 'Gjelder fra', revisionDue: 'Revideres innen', changeSummary: 'Hva er nytt eller endret' };
const maxPdfBytes = 5 * 1024 * 1024;
const toggled = <T,>(list: T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((x) => x !== value));

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function ProcedureForm({ procedure, onSaved, onCancel }: { procedure?: Procedure; onSaved(procedureId: string, message: string): void; onCancel(): void }) {
  const base = procedure?.draft ?? procedure?.current ?? null;
  const map = useApi<ProcessMap>('/api/procedures/process-map');
  const units = useApi<Items<Unit>>('/api/units');
  const [title, setTitle] = useState(base?.title ?? '');
  const [processStep, setProcessStep] = useState<Step | ''>(base?.processStep ?? '');
  const [kind, setKind] = useState<'markdown' | 'pdf'>(base?.contentKind ?? 'markdown');
  const [markdown, setMarkdown] = useState(procedure?.markdown ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [unitIds, setUnitIds] = useState<string[]>(base?.units.map((u) => u.id) ?? []);
  const [roles, setRoles] = useState<StaffRole[]>((base?.roles as StaffRole[] | undefined) ?? []);
  const [validFrom, setValidFrom] = useState(localDate());
  const [revisionDue, setRevisionDue] = useState('');
  const [changeSummary, setChangeSummary] = useState(procedure ? '' : 'Første versjon');
  const submit = useSubmit();
  const e = submit.fieldErrors;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing = clientProblem({
      processStep: !processStep && 'Velg steget i forløpet rutinen hører til.',
      content: kind === 'pdf' && (!file ? 'Velg en PDF-fil.' : file.size > maxPdfBytes ? 'PDF-filen kan være maks 5 MB.' : null),
    });
    if (missing) return submit.setError(missing);
    const saved = await submit.run(async () => {
      const content = kind === 'pdf' && file ? { kind, pdfBase64: await base64Of(file), fileName: file.name } : { kind: 'markdown' as const, markdown };
      const body = { title, processStep, content, unitIds, roles, validFrom, ...(revisionDue ? { revisionDue } : {}), changeSummary };
      if (procedure) {
        await api.post<Created>(`/api/procedures/${procedure.id}/versions`, body);
        return procedure.id;
      }
      return (await api.post<Created>('/api/procedures', body)).id;
    });
    if (saved) onSaved(saved, 'Utkastet er lagret. En leder for enhetene må godkjenne det før det gjelder.');
  }

  return (
    <FormCard heading={procedure ? 'Ny versjon (utkast)' : 'Ny rutine (utkast)'} headingId="procedure-form-heading" level={2} size="xs" onSubmit={onSubmit} error={submit.error ?? map.error ?? units.error} labels={labels} idPrefix="procedure" submitLabel="Lagre utkastet" busy={submit.busy} onCancel={onCancel}>
      <Textfield id="procedure-title" label={labels.title} value={title} onChange={(ev) => setTitle(ev.target.value)} error={e.title} />
      <Field>
        <Label>{labels.processStep}</Label>
        <Select id="procedure-processStep" value={processStep} onChange={(ev) => setProcessStep(ev.target.value as Step)}>
          <Select.Option value="">Velg steg</Select.Option>
          {(map.data?.steps ?? []).map((s) => (
            <Select.Option key={s.step} value={s.step}>
              {s.label}
            </Select.Option>
          ))}
        </Select>
        {e.processStep && <ValidationMessage>{e.processStep}</ValidationMessage>}
      </Field>
      <RadioGroup
        id="procedure-kind"
        legend="Form"
        options={[
          { value: 'markdown', label: 'Tekst', description: 'Overskrifter med #, punktlister med -, uthevet med **tekst**.' },
          { value: 'pdf', label: 'PDF-vedlegg (maks 5 MB)' },
        ]}
        value={kind}
        onChange={setKind}
        className="inline-radios"
      />
      {kind === 'markdown' ? (
        <Textfield id="procedure-content" label="Rutinen" multiline rows={10} value={markdown} onChange={(ev) => setMarkdown(ev.target.value)} error={e.content} />
      ) : (
        <Field>
          <Label>PDF-fil</Label>
          <Input id="procedure-content" type="file" accept="application/pdf,.pdf" onChange={(ev) => setFile(ev.target.files?.[0] ?? null)} aria-invalid={Boolean(e.content)} />
          {e.content && <ValidationMessage>{e.content}</ValidationMessage>}
        </Field>
      )}
      <Fieldset>
        <Fieldset.Legend>{labels.unitIds}</Fieldset.Legend>
        <Fieldset.Description>Gjelder også underenhetene.</Fieldset.Description>
        <div className="checkbox-grid">
          {(units.data?.items ?? [])
            .filter((u) => u.active)
            .map((u, index) => (
              <Checkbox key={u.id} id={index === 0 ? 'procedure-unitIds' : undefined} label={u.name} value={u.id} checked={unitIds.includes(u.id)} onChange={(ev) => setUnitIds(toggled(unitIds, u.id, ev.target.checked))} />
            ))}
        </div>
        {e.unitIds && <ValidationMessage>{e.unitIds}</ValidationMessage>}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>Roller (valgfritt)</Fieldset.Legend>
        <Fieldset.Description>Ingen valgt: gjelder alle ansatte i enhetene.</Fieldset.Description>
        <div className="checkbox-grid">
          {staffRoles.map((role, index) => (
            <Checkbox key={role} id={index === 0 ? 'procedure-roles' : undefined} label={roleLabels[role]} value={role} checked={roles.includes(role)} onChange={(ev) => setRoles(toggled(roles, role, ev.target.checked))} />
          ))}
        </div>
      </Fieldset>
      <div className="form-columns">
        <Textfield id="procedure-validFrom" type="date" label={labels.validFrom} value={validFrom} onChange={(ev) => setValidFrom(ev.target.value)} error={e.validFrom} />
        <Textfield id="procedure-revisionDue" type="date" label="Revideres innen (valgfritt)" description="Tomt: to år etter gyldig fra." value={revisionDue} onChange={(ev) => setRevisionDue(ev.target.value)} error={e.revisionDue} />
      </div>
      <Textfield id="procedure-changeSummary" label={labels.changeSummary} value={changeSummary} onChange={(ev) => setChangeSummary(ev.target.value)} error={e.changeSummary} />
    </FormCard>
  );
}
