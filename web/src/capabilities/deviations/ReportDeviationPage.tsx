// Meld avvik: a short form that works on a phone in under a minute. What happened, where and when
// (now by default), category, severity and whom it concerns (your own unit by default; another
// unit, NAV or an external partner). A person can be linked only among those you serve; the linked
// person is shown later only to readers with a service need.
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button, Details, Field, Heading, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { FormProblem } from '../../platform/FormProblem.js';
import { FormButtons } from '../../platform/FormButtons.js';
import { RadioGroup } from '../../platform/RadioGroup.js';
import { clientProblem } from '../../platform/client-validation.js';
import { inputToIso, nowForInput } from '../../platform/dates.js';
import { formatDate } from '../../platform/format.js';
import { useTitle } from '../../platform/use-title.js';
import type { Created, Items, Partner, PersonSummary, Unit } from '../../platform/api-types.js';
import { DeviationsNav } from './DeviationsNav.js';
import { categoryLabels, severityOptions } from './labels.js';
import type { Category, Severity } from './types.js';

const labels = {
  description: 'Hva skjedde',
  location: 'Hvor skjedde det',
  occurredAt: 'Når skjedde det',
  category: 'Kategori',
  severity: 'Alvorlighetsgrad',
  concerned: 'Hvem gjelder avviket',
  reporterUnitId: 'Du melder fra',
  personId: 'Person',
};

export function ReportDeviationPage() {
  useTitle('Meld avvik');
  const user = useUser();
  const navigate = useNavigate();
  const units = useApi<Items<Unit>>('/api/units');
  const partners = useApi<Items<Partner>>('/api/partners');
  const ownUnits = (units.data?.items ?? []).filter((u) => user.unitIds.includes(u.id));
  const [description, setDescription] = useState('');
  const [location, setLocation] = useState('');
  const [occurredAt, setOccurredAt] = useState(nowForInput());
  const [category, setCategory] = useState<Category | ''>('');
  const [severity, setSeverity] = useState<Severity | null>(null);
  const [concerned, setConcerned] = useState('');
  const [reporterUnitId, setReporterUnitId] = useState('');
  const [person, setPerson] = useState<PersonSummary | null>(null);
  const submit = useSubmit();
  const errors = submit.fieldErrors;
  const fromUnit = reporterUnitId || (ownUnits.length === 1 ? ownUnits[0]!.id : '');
  const concernedValue = concerned || (fromUnit ? `unit:${fromUnit}` : '');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing = clientProblem({
      category: !category && 'Velg kategori.',
      severity: !severity && 'Velg hvor alvorlig det var.',
      concerned: !concernedValue && 'Velg enheten eller samarbeidspartneren avviket gjelder.',
      reporterUnitId: ownUnits.length > 1 && !fromUnit && 'Velg hvilken enhet du melder fra.',
    });
    if (missing) return submit.setError(missing);
    const [kind, id] = concernedValue.split(':') as ['unit' | 'partner', string];
    const body = {
      description,
      location,
      occurredAt: inputToIso(occurredAt),
      category,
      severity,
      concerned: kind === 'unit' ? { kind, unitId: id } : { kind, partnerId: id },
      ...(fromUnit ? { reporterUnitId: fromUnit } : {}),
      ...(person ? { personId: person.id } : {}),
    };
    const created = await submit.run(() => api.post<Created>('/api/deviations', body));
    if (created) navigate(`/avvik/${created.id}`, { state: { flash: 'Avviket er meldt og sendt til lederen for enheten det gjelder. Du ser status under «Mine avvik».' } });
  }

  return (
    <>
      <Heading level={1} data-size="lg">
        Meld avvik
      </Heading>
      <DeviationsNav />
      <form onSubmit={onSubmit} noValidate className="form-stack form-narrow" aria-label="Meld avvik">
        <FormProblem error={submit.error ?? units.error ?? partners.error} labels={labels} idPrefix="deviation" />
        <Textfield
          id="deviation-description"
          label={labels.description}
          description="Beskriv kort hva som skjedde. Ikke skriv navn, fødselsnummer eller andre personopplysninger her – knytt heller avviket til personen nederst."
          multiline
          rows={4}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          error={errors.description}
        />
        <Field>
          <Label>{labels.category}</Label>
          <Select id="deviation-category" value={category} onChange={(e) => setCategory(e.target.value as Category)} aria-invalid={Boolean(errors.category)}>
            <Select.Option value="">Velg kategori</Select.Option>
            {(Object.keys(categoryLabels) as Category[]).map((c) => (
              <Select.Option key={c} value={c}>
                {categoryLabels[c]}
              </Select.Option>
            ))}
          </Select>
          {errors.category && <ValidationMessage>{errors.category}</ValidationMessage>}
        </Field>
        <RadioGroup id="deviation-severity" legend={labels.severity} options={severityOptions} value={severity} onChange={setSeverity} error={errors.severity} />
        <Field>
          <Label>{labels.concerned}</Label>
          <Field.Description>Avviket sendes til lederen for enheten det gjelder. Gjelder det en ekstern samarbeidspartner, vurderer din enhet det først og sender det videre med brev.</Field.Description>
          <Select id="deviation-concerned" value={concernedValue} onChange={(e) => setConcerned(e.target.value)}>
            {!concernedValue && <Select.Option value="">Velg enhet eller samarbeidspartner</Select.Option>}
            <Select.Optgroup label="Enheter i kommunen og NAV">
              {(units.data?.items ?? [])
                .filter((u) => u.active)
                .map((u) => (
                  <Select.Option key={u.id} value={`unit:${u.id}`}>
                    {u.name}
                    {u.id === fromUnit ? ' (min enhet)' : ''}
                  </Select.Option>
                ))}
            </Select.Optgroup>
            <Select.Optgroup label="Eksterne samarbeidspartnere">
              {(partners.data?.items ?? []).map((p) => (
                <Select.Option key={p.id} value={`partner:${p.id}`}>
                  {p.name}
                </Select.Option>
              ))}
            </Select.Optgroup>
          </Select>
          {errors.concerned && <ValidationMessage>{errors.concerned}</ValidationMessage>}
        </Field>
        <Textfield id="deviation-location" label={labels.location} description="For eksempel «Hjemmebesøk» eller «Resepsjonen, Lavterskeltilbudet»." value={location} onChange={(e) => setLocation(e.target.value)} error={errors.location} autoComplete="off" />
        <Textfield id="deviation-occurredAt" type="datetime-local" label={labels.occurredAt} value={occurredAt} max={nowForInput()} onChange={(e) => setOccurredAt(e.target.value)} error={errors.occurredAt} />
        {ownUnits.length > 1 && (
          <Field>
            <Label>{labels.reporterUnitId}</Label>
            <Select id="deviation-reporterUnitId" value={reporterUnitId} onChange={(e) => setReporterUnitId(e.target.value)}>
              <Select.Option value="">Velg din enhet</Select.Option>
              {ownUnits.map((u) => (
                <Select.Option key={u.id} value={u.id}>
                  {u.name}
                </Select.Option>
              ))}
            </Select>
            {errors.reporterUnitId && <ValidationMessage>{errors.reporterUnitId}</ValidationMessage>}
          </Field>
        )}
        {may(user, 'person.read') && <PersonLink person={person} onChange={setPerson} error={errors.personId} />}
        <FormButtons submitLabel="Send avviket" busy={submit.busy} onCancel={() => navigate('/avvik')} />
      </form>
    </>
  );
}

/** Optional: find a person among those you serve and link the avvik to them. */
function PersonLink({ person, onChange, error }: { person: PersonSummary | null; onChange(p: PersonSummary | null): void; error?: string }) {
  const [q, setQ] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  const results = useApi<Items<PersonSummary>>(query ? `/api/persons?q=${encodeURIComponent(query)}` : null);
  return (
    <Details>
      <Details.Summary>Knytt avviket til en person (valgfritt)</Details.Summary>
      <Details.Content>
        <div className="form-stack">
          <Paragraph data-size="sm">Bare personer du har tjenstlig behov for. Den som behandler avviket ser personen bare hvis de også har tjenstlig behov.</Paragraph>
          {person ? (
            <div className="button-row">
              <Paragraph id="deviation-personId">
                Knyttet til {person.givenName} {person.familyName} (født {formatDate(person.birthDate)})
              </Paragraph>
              <Button variant="tertiary" data-size="sm" onClick={() => onChange(null)}>
                Fjern
              </Button>
            </div>
          ) : (
            <>
              <div className="search-form">
                <Textfield
                  id="deviation-personId"
                  label="Navn eller fødselsnummer"
                  value={q}
                  onChange={(e) => setQ(e.target.value)}
                  onKeyDown={(e) => {
                    // Enter searches here instead of sending the whole report.
                    if (e.key === 'Enter') {
                      e.preventDefault();
                      setQuery(q.trim() || null);
                    }
                  }}
                  error={error}
                />
                <Button variant="secondary" onClick={() => setQuery(q.trim() || null)}>
                  Finn person
                </Button>
              </div>
              {results.data && results.data.items.length === 0 && <Paragraph role="status">Fant ingen du har tjenstlig behov for.</Paragraph>}
              {results.data && results.data.items.length > 0 && (
                <ul className="plain-list" aria-label="Treff">
                  {results.data.items.slice(0, 10).map((p) => (
                    <li key={p.id}>
                      <Button variant="tertiary" data-size="sm" onClick={() => onChange(p)}>
                        Velg {p.givenName} {p.familyName} (født {formatDate(p.birthDate)})
                      </Button>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </div>
      </Details.Content>
    </Details>
  );
}
