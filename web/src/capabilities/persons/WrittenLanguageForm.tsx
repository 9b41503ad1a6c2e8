// The person's written language form (målform) for letters and their own pages: bokmål, nynorsk or
// the municipality's default. Saved through PATCH /api/persons/:id, logged like any person write.
import { useState, type FormEvent } from 'react';
import { Button, Field, Label, Select } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useSubmit } from '../../platform/use-api.js';
import { ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { writtenLanguageLabels } from '../../platform/written-language.js';
import type { PersonDetail } from '../../platform/api-types.js';

type Choice = 'nb' | 'nn' | 'municipality';

export function writtenLanguageText(value: PersonDetail['writtenLanguage']): string {
  return value ? writtenLanguageLabels[value] : 'Som kommunen';
}

export function WrittenLanguageForm({ person, onSaved }: { person: PersonDetail; onSaved(): void }) {
  const [choice, setChoice] = useState<Choice>(person.writtenLanguage ?? 'municipality');
  const [message, setMessage] = useState<string | null>(null);
  const submit = useSubmit();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const saved = await submit.run(() => api.patch<PersonDetail>(`/api/persons/${person.id}`, { writtenLanguage: choice === 'municipality' ? null : choice }));
    if (saved) {
      setMessage(`Målform i brev: ${writtenLanguageText(saved.writtenLanguage).toLowerCase()}.`);
      onSaved();
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack written-language-form">
      <ProblemAlert error={submit.error} heading="Målformen ble ikke lagret" />
      <Field>
        <Label>Målform i brev og på personens egne sider</Label>
        <Select id="person-written-language" value={choice} onChange={(e) => setChoice(e.target.value as Choice)}>
          <Select.Option value="municipality">Som kommunen</Select.Option>
          <Select.Option value="nb">{writtenLanguageLabels.nb}</Select.Option>
          <Select.Option value="nn">{writtenLanguageLabels.nn}</Select.Option>
        </Select>
      </Field>
      <div>
        <Button type="submit" variant="secondary" data-size="sm" loading={submit.busy}>
          Lagre målform
        </Button>
      </div>
      <SuccessMessage>{message}</SuccessMessage>
    </form>
  );
}
