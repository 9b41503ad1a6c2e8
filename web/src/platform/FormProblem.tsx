// A failed form submission: field errors as an ErrorSummary linking to each field, otherwise the
// problem's Norwegian detail in an Alert.
import { ErrorSummary, Paragraph } from '@digdir/designsystemet-react';
import type { ApiError } from './api.js';
import { ProblemAlert } from './feedback.js';

interface FormProblemProps {
  error: ApiError | null;
  /** Field name → label, for the summary text. */
  labels: Record<string, string>;
  /** Prefix of the input ids: the input for field `x` has id `${idPrefix}-x`. */
  idPrefix: string;
  /** Heading of the summary; defaults to «Rett opp dette før du lagrer:». */
  heading?: string;
  /** Leave out the problem's detail when the list says it all. */
  hideDetail?: boolean;
}

export function FormProblem({ error, labels, idPrefix, heading = 'Rett opp dette før du lagrer:', hideDetail = false }: FormProblemProps) {
  if (!error) return null;
  const fields = Object.entries(error.fieldErrors).filter(([field]) => field in labels);
  if (fields.length === 0) return <ProblemAlert error={error} focus />;
  return (
    <ErrorSummary>
      <ErrorSummary.Heading>{heading}</ErrorSummary.Heading>
      {/* Schema errors repeat the fields in a technical summary; other problems explain themselves. */}
      {error.code !== 'VALIDATION_FAILED' && !hideDetail && <Paragraph>{error.detail}</Paragraph>}
      <ErrorSummary.List>
        {fields.map(([field, detail]) => (
          <ErrorSummary.Item key={field}>
            <ErrorSummary.Link
              href={`#${idPrefix}-${field}`}
              onClick={(event) => {
                const target = document.getElementById(`${idPrefix}-${field}`);
                if (!target) return;
                event.preventDefault();
                target.focus();
                target.scrollIntoView({ block: 'center' });
              }}
            >
              {labels[field]}: {detail}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
