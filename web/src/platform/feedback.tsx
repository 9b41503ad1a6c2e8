// Shared feedback: API errors as a Designsystemet Alert with the Norwegian detail, and loading states.
import { useEffect, useRef } from 'react';
import { Alert, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import type { ApiError } from './api.js';

interface ProblemAlertProps {
  error: ApiError | null;
  /** Heading above the detail; defaults to the problem's title. */
  heading?: string;
  /** Move focus to the alert when it appears (after a failed submit). */
  focus?: boolean;
}

export function ProblemAlert({ error, heading, focus = false }: ProblemAlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error && focus) ref.current?.focus();
  }, [error, focus]);
  if (!error) return null;
  const title = heading ?? error.problem.title;
  return (
    <Alert data-color={error.status === 0 || error.status >= 500 ? 'danger' : 'warning'} ref={ref} tabIndex={-1} role="alert" className="problem-alert">
      {title && (
        <Heading level={2} data-size="xs">
          {title}
        </Heading>
      )}
      <Paragraph>{error.detail}</Paragraph>
    </Alert>
  );
}

export function Loading({ label = 'Laster …' }: { label?: string }) {
  return (
    <div className="loading" role="status">
      <Spinner aria-hidden="true" data-size="sm" />
      <span>{label}</span>
    </div>
  );
}

export function SuccessMessage({ children }: { children: string | null }) {
  if (!children) return null;
  return (
    <Alert data-color="success" role="status">
      <Paragraph>{children}</Paragraph>
    </Alert>
  );
}
