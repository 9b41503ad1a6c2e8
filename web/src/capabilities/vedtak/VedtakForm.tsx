// Creating a vedtak draft from a completed kartlegging, or editing a draft. Service from the catalogue,
// dates, who evaluates, the person's participation and the reasoning. Finalize problems (placeholders,
// missing assessment) arrive as `initialError` and are shown on the fields.
import { useEffect, useState, type FormEvent } from 'react';
import { Field, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { api, type ApiError } from '../../platform/api.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { useOwnUnits } from '../../platform/use-own-units.js';
import { staffMay } from '../../platform/policy.js';
import { FormCard } from '../../platform/FormCard.js';
import { formatDate } from '../../platform/format.js';
import { localDate } from '../../platform/dates.js';
import type { Created, Items, Kartlegging, Service, StaffMember, Vedtak } from '../../platform/api-types.js';
import { vedtakFieldLabels as labels } from './labels.js';
import { LegalBasisChoice } from './LegalBasisChoice.js';

type Fields = Record<'unitId' | 'kartleggingId' | 'serviceId' | 'scope' | 'startDate' | 'endDate' | 'evaluationDate' | 'evaluationResponsibleId' | 'participation' | 'reasoning' | 'missingDomainsReason', string>;

function initial(v: Vedtak | undefined, kartleggingId: string | undefined): Fields {
  return {
    unitId: v?.unitId ?? '',
    kartleggingId: v ? (v.kartleggingId ?? '') : (kartleggingId ?? ''),
    serviceId: v?.service.id ?? '',
    scope: v?.scope ?? '',
    startDate: v?.startDate ?? localDate(),
    endDate: v?.endDate ?? '',
    evaluationDate: v?.evaluationDate ?? '',
    evaluationResponsibleId: v?.evaluationResponsible?.id ?? '',
    participation: v?.participation ?? '',
    reasoning: v?.reasoning ?? '',
    missingDomainsReason: v?.missingDomainsReason ?? '',
  };
}

interface Props {
  personId: string;
  vedtak?: Vedtak;
  kartleggingId?: string;
  initialError?: ApiError | null;
  onSaved(id: string): void;
  onCancel(): void;
}

export function VedtakForm({ personId, vedtak, kartleggingId, initialError = null, onSaved, onCancel }: Props) {
  const own = useOwnUnits();
  const kartlegginger = useApi<Items<Kartlegging>>(`/api/persons/${personId}/kartlegginger`);
  const services = useApi<Items<Service>>('/api/services');
  const staff = useApi<Items<StaffMember>>('/api/staff');
  const [fields, setFields] = useState<Fields>(() => initial(vedtak, kartleggingId));
  /** Null: all of the service's bases (the usual case). */
  const [bases, setBases] = useState<string[] | null>(() => (vedtak?.legalBasisIds.length ? vedtak.legalBasisIds : null));
  const submit = useSubmit();
  const error = submit.error ?? (submit.busy ? null : initialError);
  const errors = error?.fieldErrors ?? {};
  const set = (name: keyof Fields) => (e: { target: { value: string } }) => {
    if (name === 'serviceId') setBases(null);
    setFields((f) => ({ ...f, [name]: e.target.value }));
  };
  const completed = (kartlegginger.data?.items ?? []).filter((k) => k.status === 'completed' || k.id === fields.kartleggingId);
  const activeServices = (services.data?.items ?? []).filter((s) => s.active || s.id === fields.serviceId);
  const responsible = (staff.data?.items ?? []).filter((s) => s.active && staffMay(s.roles, 'evaluation.write'));
  const service = activeServices.find((s) => s.id === fields.serviceId);
  const firstUnit = own.units[0]?.id;
  const latest = completed[0]?.id;

  useEffect(() => {
    if (!vedtak && firstUnit) setFields((f) => (f.unitId ? f : { ...f, unitId: firstUnit }));
  }, [vedtak, firstUnit]);
  useEffect(() => {
    if (!vedtak && latest) setFields((f) => (f.kartleggingId ? f : { ...f, kartleggingId: latest }));
  }, [vedtak, latest]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = {
      kartleggingId: fields.kartleggingId || null,
      serviceId: fields.serviceId,
      legalBasisIds: bases ?? undefined,
      scope: fields.scope,
      startDate: fields.startDate,
      endDate: fields.endDate || null,
      evaluationDate: fields.evaluationDate,
      evaluationResponsibleId: fields.evaluationResponsibleId,
      participation: fields.participation,
      reasoning: fields.reasoning,
      missingDomainsReason: fields.missingDomainsReason.trim() || null,
    };
    const saved = vedtak
      ? await submit.run(() => api.patch<void>(`/api/vedtak/${vedtak.id}`, body).then(() => ({ id: vedtak.id })))
      : await submit.run(() => api.post<Created>(`/api/persons/${personId}/vedtak`, { ...body, unitId: fields.unitId }));
    if (saved) onSaved(saved.id);
  }

  const select = (name: keyof Fields, empty: string | null, options: { value: string; label: string }[], description?: string) => (
    <Field>
      <Label>{labels[name]}</Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Select id={`vedtak-${name}`} value={fields[name]} onChange={set(name)}>
        {empty !== null && <Select.Option value="">{empty}</Select.Option>}
        {options.map((o) => (
          <Select.Option key={o.value} value={o.value}>
            {o.label}
          </Select.Option>
        ))}
      </Select>
      {errors[name] && <ValidationMessage>{errors[name]}</ValidationMessage>}
    </Field>
  );
  const text = (name: keyof Fields, label: string, props: { description?: string; rows?: number; type?: 'date' } = {}) =>
    props.rows ? (
      <Textfield id={`vedtak-${name}`} label={label} description={props.description} multiline rows={props.rows} value={fields[name]} onChange={set(name)} error={errors[name]} />
    ) : (
      <Textfield id={`vedtak-${name}`} label={label} description={props.description} type={props.type} value={fields[name]} onChange={set(name)} error={errors[name]} />
    );

  return (
    <FormCard
      heading={vedtak ? 'Endre vedtaksutkastet' : 'Nytt vedtak (utkast)'}
      headingId="vedtak-form-heading"
      onSubmit={onSubmit}
      error={error ?? own.error ?? services.error ?? staff.error}
      labels={labels}
      idPrefix="vedtak"
      {...(error && error === initialError ? { problemHeading: 'Vedtaket kan ikke fattes ennå. Rett opp dette:', hideDetail: true } : {})}
      submitLabel={vedtak ? 'Lagre endringene' : 'Lagre utkast'}
      busy={submit.busy}
      onCancel={onCancel}
    >
    <div className="form-columns">
      {!vedtak && select('unitId', null, own.units.map((u) => ({ value: u.id, label: u.name })))}
      {select('kartleggingId', 'Ingen kartlegging', completed.map((k) => ({ value: k.id, label: `Kartlegging ${formatDate(k.occasion)} (${k.unitName})` })), 'Vedtaket må bygge på en fullført kartlegging.')}
    </div>
    {select('serviceId', 'Velg tjeneste', activeServices.map((s) => ({ value: s.id, label: s.name })))}
    {service && <Paragraph data-size="sm" className="muted">{service.description}</Paragraph>}
    {service && <LegalBasisChoice serviceBasisIds={service.legalBasisIds} chosen={bases ?? service.legalBasisIds} onChange={setBases} error={errors.legalBasisIds} />}
    {text('scope', 'Omfang', { description: 'Hva personen får, hvor ofte og hvor lenge, for eksempel «To timer i uken».', rows: 3 })}
    <div className="form-columns form-columns--3">
      {text('startDate', 'Startdato', { type: 'date' })}
      {text('endDate', 'Sluttdato (valgfritt)', { type: 'date' })}
      {text('evaluationDate', 'Evalueringsdato', { type: 'date' })}
    </div>
    <Paragraph data-size="sm" className="muted">
      Evalueringen kommer på arbeidslisten til den ansvarlige fire uker før evalueringsdatoen (eller sluttdatoen, om den kommer først).
    </Paragraph>
    {select('evaluationResponsibleId', 'Velg ansatt', responsible.map((s) => ({ value: s.id, label: `${s.displayName}${s.title ? ` (${s.title})` : ''}` })), 'Den ansvarlige må ha tjenstlig behov for personen for å se oppgaven.')}
    {text('participation', 'Personens medvirkning', { description: 'Hvordan personen har medvirket, og hva personen mener.', rows: 3 })}
    {text('reasoning', 'Begrunnelse', { description: 'Hvilke behov kartleggingen viste, og hvorfor tjenesten dekker dem.', rows: 5 })}
    {text('missingDomainsReason', 'Hvorfor vedtaket kan fattes selv om ikke alle områder er kartlagt (valgfritt)', { rows: 2 })}
    </FormCard>
  );
}
