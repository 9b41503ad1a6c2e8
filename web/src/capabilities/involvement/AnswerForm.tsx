// The answer form for one survey, used on the public link page and for staff entering a paper form
// or handing over a shared tablet: optional service and group, one radio group per question.
import { useState, type FormEvent } from 'react';
import { Button, Field, Label, Select } from '@digdir/designsystemet-react';
import { RadioGroup } from '../../platform/RadioGroup.js';
import { FormProblem } from '../../platform/FormProblem.js';
import type { ApiError } from '../../platform/api.js';
import type { Question, UnitRef } from './types.js';

export interface AnswerSet {
  unitId: string | null;
  group: number | null;
  answers: { questionId: string; value: number }[];
}

interface AnswerFormProps {
  idPrefix: string;
  units: UnitRef[];
  groups: string[];
  questions: Question[];
  busy: boolean;
  error: ApiError | null;
  submitLabel: string;
  /** Resolves true when stored: the form is then emptied for the next respondent. */
  onSubmit(answers: AnswerSet): Promise<boolean>;
}

export function AnswerForm({ idPrefix, units, groups, questions, busy, error, submitLabel, onSubmit }: AnswerFormProps) {
  const [unitId, setUnitId] = useState('');
  const [group, setGroup] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  async function submit(event: FormEvent) {
    event.preventDefault();
    const answers = questions.filter((q) => values[q.id]).map((q) => ({ questionId: q.id, value: Number(values[q.id]) }));
    const ok = await onSubmit({ unitId: unitId || null, group: group === '' ? null : Number(group), answers });
    if (ok) setValues({});
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="form-stack">
      <FormProblem error={error} labels={{ answers: 'Svar', unitId: 'Tjeneste', group: 'Gruppe' }} idPrefix={idPrefix} heading="Svarene ble ikke lagret:" />
      {units.length > 0 && (
        <Field>
          <Label>Hvilken tjeneste gjelder svaret? (valgfritt)</Label>
          <Select id={`${idPrefix}-unitId`} value={unitId} onChange={(e) => setUnitId(e.target.value)}>
            <Select.Option value="">Vil ikke oppgi</Select.Option>
            {units.map((u) => (
              <Select.Option key={u.id} value={u.id}>
                {u.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      {groups.length > 0 && (
        <Field>
          <Label>Hvem svarer? (valgfritt)</Label>
          <Select id={`${idPrefix}-group`} value={group} onChange={(e) => setGroup(e.target.value)}>
            <Select.Option value="">Vil ikke oppgi</Select.Option>
            {groups.map((g, i) => (
              <Select.Option key={g} value={String(i)}>
                {g}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      {questions.map((q, i) => (
        <RadioGroup
          key={q.id}
          id={i === 0 ? `${idPrefix}-answers` : `${idPrefix}-q-${q.id}`}
          legend={`${i + 1}. ${q.text}`}
          options={q.options.map((o) => ({ value: String(o.value), label: o.label }))}
          value={values[q.id] ?? null}
          onChange={(v) => setValues((all) => ({ ...all, [q.id]: v }))}
        />
      ))}
      <div className="button-row">
        <Button type="submit" loading={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
