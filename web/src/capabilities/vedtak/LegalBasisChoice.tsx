// The legal bases of a vedtak: chosen among the service's bases in the legal-source register, never
// typed. The appeal route (who decides, and the deadline) follows from them and is shown here.
import { Checkbox, Fieldset, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { appealRouteOf, appealRoutes, serviceBases, type ServiceBasisId } from '../../../../server/src/platform/law/index.js';

const known = (ids: readonly string[]) => ids.filter((id): id is ServiceBasisId => Object.hasOwn(serviceBases, id));

interface Props {
  serviceBasisIds: readonly string[];
  chosen: readonly string[];
  onChange(ids: string[]): void;
  error?: string;
}

export function LegalBasisChoice({ serviceBasisIds, chosen, onChange, error }: Props) {
  const allowed = known(serviceBasisIds);
  if (!allowed.length) return <ValidationMessage>Tjenesten har ingen hjemmel i tjenestekatalogen. En administrator må velge hjemmel for tjenesten før et vedtak kan fattes.</ValidationMessage>;
  const selected = known(chosen);
  const route = appealRouteOf(selected);
  return (
    <Fieldset id="vedtak-legalBasisIds">
      <Fieldset.Legend>Hjemmel</Fieldset.Legend>
      <Fieldset.Description>Fra tjenestekatalogen. Klageordningen følger hjemmelen.</Fieldset.Description>
      {allowed.map((id) => (
        <Checkbox
          key={id}
          label={`${serviceBases[id].label} (${serviceBases[id].citation('nb')})`}
          value={id}
          checked={selected.includes(id)}
          onChange={(e) => onChange(e.target.checked ? [...selected, id] : selected.filter((x) => x !== id))}
        />
      ))}
      {route && (
        <Paragraph data-size="sm" className="muted">
          Klage går til {appealRoutes[route].body.nb}, med frist {appealRoutes[route].deadlineWeeks === 4 ? 'fire' : 'tre'} uker. Teksten om klageadgang settes inn i vedtaksbrevet.
        </Paragraph>
      )}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
