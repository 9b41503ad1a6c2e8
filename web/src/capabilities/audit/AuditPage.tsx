// Stikkprøver: the leader draws a seeded sample; the auditor sees the samples granted to them.
import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { Button, Heading, Link, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { Loading, ProblemAlert } from '../../platform/feedback.js';
import { FormButtons } from '../../platform/FormButtons.js';
import { useTitle } from '../../platform/use-title.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { formatDate } from '../../platform/format.js';
import type { SampleSummary } from './types.js';

function DrawForm({ onCancel }: { onCancel: () => void }) {
  const navigate = useNavigate();
  const submit = useSubmit();
  const [fields, setFields] = useState({ title: '', from: '', to: '', serviceCodes: 'oppfolging-psykisk-helse-rus', size: '9', seed: '' });
  const set = (key: keyof typeof fields) => (e: { target: { value: string } }) => setFields({ ...fields, [key]: e.target.value });
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = {
      title: fields.title,
      from: fields.from,
      to: fields.to,
      serviceCodes: fields.serviceCodes.split(',').map((c) => c.trim()).filter(Boolean),
      size: Number(fields.size),
      ...(fields.seed.trim() ? { seed: fields.seed.trim() } : {}),
    };
    const created = await submit.run(() => api.post<{ id: string }>('/api/audit/samples', body));
    if (created) navigate(`/revisjon/${created.id}`);
  }
  const errors = submit.fieldErrors;
  return (
    <form onSubmit={onSubmit} noValidate className="form-stack" aria-labelledby="draw-heading">
      <Heading level={2} data-size="sm" id="draw-heading">
        Trekk en stikkprøve
      </Heading>
      <Paragraph>Kandidatene er personer med fattet vedtak som startet i perioden. Utvalget trekkes tilfeldig med et frø som lagres, så samme frø gir samme utvalg.</Paragraph>
      <ProblemAlert error={submit.error && Object.keys(errors).length === 0 ? submit.error : null} focus />
      <Textfield label="Navn på utvalget" value={fields.title} onChange={set('title')} error={errors.title} required />
      <Textfield label="Vedtak fra og med" type="date" value={fields.from} onChange={set('from')} error={errors.from} required />
      <Textfield label="Vedtak til og med" type="date" value={fields.to} onChange={set('to')} error={errors.to} required />
      <Textfield label="Tjenester (koder, kommaseparert)" description="Tomt felt gir alle tjenester." value={fields.serviceCodes} onChange={set('serviceCodes')} error={errors.serviceCodes} />
      <Textfield label="Antall saker" type="number" min={1} max={200} value={fields.size} onChange={set('size')} error={errors.size} required />
      <Textfield label="Frø (valgfritt)" description="Uten frø velger Helhet et tilfeldig frø og lagrer det." value={fields.seed} onChange={set('seed')} error={errors.seed} />
      <FormButtons submitLabel="Trekk utvalg" busy={submit.busy} onCancel={onCancel} />
    </form>
  );
}

export function AuditPage() {
  useTitle('Stikkprøver');
  const user = useUser();
  const manager = may(user, 'audit.manage');
  const [drawing, setDrawing] = useState(false);
  const list = useApi<{ items: SampleSummary[] }>('/api/audit/samples');
  return (
    <>
      <Heading level={1} data-size="lg">
        Stikkprøver
      </Heading>
      <Paragraph>
        {manager
          ? 'Trekk saker til revisjon, gi revisor tidsbegrenset lesetilgang til akkurat disse sakene, og skriv ut revisjonens tabeller.'
          : 'Utvalg du har fått lesetilgang til. Tilgangen gjelder bare sakene i utvalget og er tidsbegrenset; alt du åpner, logges.'}
      </Paragraph>
      {manager && !drawing && (
        <p>
          <Button type="button" onClick={() => setDrawing(true)}>
            Ny stikkprøve
          </Button>
        </p>
      )}
      {manager && drawing && <DrawForm onCancel={() => setDrawing(false)} />}
      {list.loading && <Loading label="Henter utvalg …" />}
      <ProblemAlert error={list.error} />
      {list.data && list.data.items.length === 0 && <Paragraph role="status">Ingen utvalg ennå.</Paragraph>}
      {list.data && list.data.items.length > 0 && (
        <Table>
          <caption>Utvalg</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Utvalg</Table.HeaderCell>
              <Table.HeaderCell>Periode</Table.HeaderCell>
              <Table.HeaderCell>Saker</Table.HeaderCell>
              <Table.HeaderCell>Frø</Table.HeaderCell>
              <Table.HeaderCell>Trukket</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {list.data.items.map((s) => (
              <Table.Row key={s.id}>
                <Table.Cell>
                  <Link asChild>
                    <RouterLink to={`/revisjon/${s.id}`}>{s.title}</RouterLink>
                  </Link>
                </Table.Cell>
                <Table.Cell>
                  {formatDate(s.criteria.from)}–{formatDate(s.criteria.to)}
                </Table.Cell>
                <Table.Cell>
                  {s.caseCount} av {s.candidateCount}
                </Table.Cell>
                <Table.Cell>{s.seed}</Table.Cell>
                <Table.Cell>
                  {formatDate(s.drawnAt.slice(0, 10))} av {s.drawnByName}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </>
  );
}
