// Cooperation avvik on a referral or an admission: the linked ones (with their status, linking to the
// avvik) and a form to link one the user can see that is about this person or no person.
import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { Link, Paragraph } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { Loading, ProblemAlert } from '../../platform/feedback.js';
import type { Created, Items, SpecialistOverview } from '../../platform/api-types.js';
import { FormCard } from '../../platform/FormCard.js';
import type { DeviationSummary } from '../deviations/types.js';
import { SelectField } from '../coordination/SelectField.js';

type DeviationLink = SpecialistOverview['admissions'][number]['deviations'][number];

/** As the server's statusLabels (deviations/rules.ts). */
const statusText: Record<string, string> = { registered: 'Registrert', 'in-handling': 'Under behandling', measures: 'Tiltak iverksatt', 'feedback-given': 'Tilbakemelding gitt', closed: 'Lukket' };
const cooperationCategories = ['cooperation-specialist', 'cooperation-units'];
const short = (text: string) => (text.length > 70 ? `${text.slice(0, 67)}…` : text);

export function LinkedDeviations({ links }: { links: DeviationLink[] }) {
  if (links.length === 0) return null;
  return (
    <Paragraph data-size="sm">
      Knyttet til avvik:{' '}
      {links.map((l, index) => (
        <span key={l.id}>
          {index > 0 && ', '}
          <Link asChild>
            <RouterLink to={`/avvik/${l.deviationId}`}>AVV-{l.deviationNumber ?? '?'}</RouterLink>
          </Link>{' '}
          ({statusText[l.deviationStatus] ?? l.deviationStatus})
        </span>
      ))}
    </Paragraph>
  );
}

interface DeviationLinkFormProps {
  personId: string;
  target: { admissionId: string } | { referralId: string };
  /** What the avvik is linked to, for the heading (e.g. «innleggelsen på DPS Fjordvik»). */
  targetText: string;
  linked: DeviationLink[];
  onSaved(): void;
  onCancel(): void;
}

export function DeviationLinkForm({ personId, target, targetText, linked, onSaved, onCancel }: DeviationLinkFormProps) {
  const list = useApi<Items<DeviationSummary>>('/api/deviations?limit=500');
  const [deviationId, setDeviationId] = useState('');
  const submit = useSubmit();
  const id = 'admissionId' in target ? target.admissionId : target.referralId;
  const headingId = `deviation-link-${id}`;
  const already = new Set(linked.map((l) => l.deviationId));
  const eligible = (list.data?.items ?? []).filter((d) => cooperationCategories.includes(d.category) && (!d.person.linked || d.person.id === personId) && !already.has(d.id));
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await submit.run(() => api.post<Created>(`/api/persons/${personId}/specialist-deviations`, { deviationId, ...target }))) onSaved();
  }
  return (
    <FormCard heading={<>Knytt samhandlingsavvik til {targetText}</>} headingId={headingId} level={4} onSubmit={onSubmit} error={submit.error} labels={{ deviationId: 'Avvik', admissionId: 'Innleggelse', referralId: 'Henvisning' }} idPrefix="deviation-link" submitLabel="Knytt avviket" busy={submit.busy} onCancel={onCancel}>
      {list.loading && !list.data && <Loading label="Henter avvik …" />}
      <ProblemAlert error={list.error} />
      <SelectField
        id="deviation-link-deviationId"
        label="Avvik"
        description="Samhandlingsavvik du har tilgang til, som gjelder denne personen eller ingen bestemt person."
        value={deviationId}
        empty="Velg avvik"
        options={eligible.map((d) => [d.id, `${d.reference} – ${d.categoryLabel} (${d.statusLabel}): ${short(d.description)}`] as const)}
        onChange={setDeviationId}
        error={submit.fieldErrors.deviationId}
      />
      {list.data && eligible.length === 0 && (
        <Paragraph data-size="sm">
          Ingen samhandlingsavvik å knytte hit.{' '}
          <Link asChild>
            <RouterLink to="/avvik/ny">Meld avvik</RouterLink>
          </Link>
        </Paragraph>
      )}
    </FormCard>
  );
}
