// A labelled select with its field error, for the coordination forms.
import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange(value: string): void;
  empty?: string;
  error?: string;
  description?: string;
}

export function SelectField({ id, label, value, options, onChange, empty, error, description }: SelectFieldProps) {
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {empty !== undefined && <Select.Option value="">{empty}</Select.Option>}
        {options.map(([v, text]) => (
          <Select.Option key={v} value={v}>
            {text}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}
