// A labelled group of radio buttons: Fieldset with a legend, one Radio per option, and a field error
// that Designsystemet ties to every radio. The first radio gets `id`, so an ErrorSummary can link to it.
import type { ReactNode } from 'react';
import { Fieldset, Radio, ValidationMessage } from '@digdir/designsystemet-react';

export interface RadioOption<T extends string> {
  value: T;
  label: ReactNode;
  description?: ReactNode;
}

interface RadioGroupProps<T extends string> {
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  options: readonly RadioOption<T>[];
  value: NoInfer<T> | null;
  onChange(value: NoInfer<T>): void;
  error?: string | null;
  /** Language of the option labels when it differs from the page (e.g. an English instrument). */
  lang?: string;
  className?: string;
  'data-size'?: 'sm' | 'md' | 'lg';
}

export function RadioGroup<T extends string>({ id, legend, description, options, value, onChange, error, lang, className, 'data-size': size }: RadioGroupProps<T>) {
  return (
    <Fieldset className={className} data-size={size}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      {options.map((option, index) => (
        <Radio
          key={option.value}
          id={index === 0 ? id : `${id}-${option.value}`}
          name={id}
          value={option.value}
          label={lang ? <span lang={lang}>{option.label}</span> : option.label}
          description={option.description}
          checked={value === option.value}
          onChange={() => onChange(option.value)}
        />
      ))}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}

/** Yes/no as radio values, for nullable booleans. */
export const yesNo: readonly RadioOption<'yes' | 'no'>[] = [
  { value: 'yes', label: 'Ja' },
  { value: 'no', label: 'Nei' },
];

export const toYesNo = (value: boolean | null | undefined): 'yes' | 'no' | null => (value === true ? 'yes' : value === false ? 'no' : null);
export const fromYesNo = (value: 'yes' | 'no' | null): boolean | null => (value === 'yes' ? true : value === 'no' ? false : null);
