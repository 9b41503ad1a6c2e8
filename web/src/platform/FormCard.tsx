// The frame of a form opened in place: a tinted card with the form's heading (which names the form),
// the problem summary after a failed submit, the fields, and the submit + «Avbryt» row.
import type { FormEvent, ReactNode } from 'react';
import { Card, Heading } from '@digdir/designsystemet-react';
import type { ApiError } from './api.js';
import { FormButtons } from './FormButtons.js';
import { FormProblem } from './FormProblem.js';

const sizeOfLevel = { 2: 'sm', 3: 'xs', 4: '2xs' } as const;

interface FormCardProps {
  heading: ReactNode;
  headingId: string;
  /** 3 for a form in a section, 4 for one inside a list item or card; the size follows the level unless given. */
  level?: 2 | 3 | 4;
  size?: 'sm' | 'xs' | '2xs';
  onSubmit(event: FormEvent): unknown;
  error: ApiError | null;
  /** Field name → label, and the prefix of the input ids, for the problem summary (see FormProblem). */
  labels: Record<string, string>;
  idPrefix: string;
  /** Heading of the problem summary, and whether to leave out the problem's detail (see FormProblem). */
  problemHeading?: string;
  hideDetail?: boolean;
  /** Shown between the heading and the problem summary. */
  intro?: ReactNode;
  submitLabel: string;
  busy: boolean;
  onCancel(): void;
  children: ReactNode;
  /** The card's colour: accent, or warning for a form that records a refusal. */
  color?: 'accent' | 'warning';
}

export function FormCard({ heading, headingId, level = 3, size, onSubmit, error, labels, idPrefix, problemHeading, hideDetail, intro, submitLabel, busy, onCancel, children, color = 'accent' }: FormCardProps) {
  return (
    <Card data-color={color} variant="tinted">
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="form-stack" aria-labelledby={headingId}>
        <Heading level={level} data-size={size ?? sizeOfLevel[level]} id={headingId}>
          {heading}
        </Heading>
        {intro}
        <FormProblem error={error} labels={labels} idPrefix={idPrefix} heading={problemHeading} hideDetail={hideDetail} />
        {children}
        <FormButtons submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
      </form>
    </Card>
  );
}
