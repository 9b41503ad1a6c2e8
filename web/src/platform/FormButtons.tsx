import { Button } from '@digdir/designsystemet-react';

interface FormButtonsProps {
  submitLabel: string;
  busy: boolean;
  onCancel: () => void;
}

/** The submit + «Avbryt» row at the bottom of every form. */
export function FormButtons({ submitLabel, busy, onCancel }: FormButtonsProps) {
  return (
    <div className="button-row">
      <Button type="submit" loading={busy}>
        {submitLabel}
      </Button>
      <Button type="button" variant="tertiary" onClick={onCancel}>
        Avbryt
      </Button>
    </div>
  );
}
