// One sample: its cases, the auditor's access, and the report (HTML here; PDF, CSV and printable HTML as links).
import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { Button, Field, Heading, Label, Link, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { useTitle } from '../../platform/use-title.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { formatDate, formatDateTime } from '../../platform/format.js';
import type { Report, SampleDetail } from './types.js';
import { ReportTables } from './ReportTables.js';

interface Staff {
  id: string;
  displayName: string;
  roles: string[];
  active: boolean;
}

function GrantForm({ sampleId, onGranted }: { sampleId: string; onGranted: (message: string) => void }) {
  const staff = useApi<{ items: Staff[] }>('/api/staff');
  const auditors = (staff.data?.items ?? []).filter((s) => s.active && s.roles.includes('auditor'));
  const [auditor, setAuditor] = useState('');
  const [validTo, setValidTo] = useState('');
  const submit = useSubmit();
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const done = await submit.run(() => api.post(`/api/audit/samples/${sampleId}/grants`, { auditorUserId: auditor, validTo: validTo ? new Date(`${validTo}T23:59:00`).toISOString() : '' }));
    if (done) onGranted(`Revisor har fått lesetilgang til sakene til og med ${formatDate(validTo)}.`);
  }
  return (
    <form onSubmit={onSubmit} noValidate className="form-stack" aria-labelledby="grant-heading">
      <Heading level={2} data-size="sm" id="grant-heading">
        Gi revisor tilgang
      </Heading>
      <Paragraph>Revisor får lesetilgang til akkurat sakene i utvalget, til og med datoen du velger (høyst 90 dager). Hver lesing logges i tilgangsloggen.</Paragraph>
      <ProblemAlert error={submit.error && Object.keys(submit.fieldErrors).length === 0 ? submit.error : null} focus />
      <Field>
        <Label>Revisor</Label>
        <Select id="grant-auditor" value={auditor} onChange={(e) => setAuditor(e.target.value)}>
          <Select.Option value="">Velg revisor</Select.Option>
          {auditors.map((a) => (
            <Select.Option key={a.id} value={a.id}>
              {a.displayName}
            </Select.Option>
          ))}
        </Select>
        {submit.fieldErrors.auditorUserId && <ValidationMessage>{submit.fieldErrors.auditorUserId}</ValidationMessage>}
      </Field>
      <Textfield label="Tilgang til og med" type="date" value={validTo} onChange={(e) => setValidTo(e.target.value)} error={submit.fieldErrors.validTo} />
      <div>
        <Button type="submit" loading={submit.busy}>
          Gi tilgang
        </Button>
      </div>
    </form>
  );
}

export function SamplePage() {
  const { sampleId } = useParams();
  const user = useUser();
  const manager = may(user, 'audit.manage');
  const sample = useApi<SampleDetail>(`/api/audit/samples/${sampleId}`);
  const report = useApi<Report>(`/api/audit/samples/${sampleId}/report`);
  const [message, setMessage] = useState<string | null>(null);
  useTitle(sample.data ? `Stikkprøve: ${sample.data.title}` : 'Stikkprøve');
  const base = `/api/audit/samples/${sampleId}`;
  return (
    <>
      <Heading level={1} data-size="lg">
        {sample.data ? `Stikkprøve: ${sample.data.title}` : 'Stikkprøve'}
      </Heading>
      {(sample.loading || report.loading) && <Loading label="Henter utvalget …" />}
      <ProblemAlert error={sample.error ?? report.error} />
      <SuccessMessage>{message}</SuccessMessage>
      {sample.data && (
        <>
          <Paragraph>
            {sample.data.caseCount} av {sample.data.candidateCount} personer med vedtak som startet {formatDate(sample.data.criteria.from)}–{formatDate(sample.data.criteria.to)}. Trukket {formatDateTime(sample.data.drawnAt)} av {sample.data.drawnByName} med frøet «{sample.data.seed}».
          </Paragraph>
          <Heading level={2} data-size="sm">
            Saker i utvalget
          </Heading>
          <ul>
            {sample.data.cases.map((c) => (
              <li key={c.personId}>
                {may(user, 'audit.read') ? (
                  <Link asChild>
                    <RouterLink to={`/revisjon/${sampleId}/saker/${c.personId}`}>
                      {c.nr} {c.name}
                    </RouterLink>
                  </Link>
                ) : (
                  `${c.nr} ${c.name}`
                )}
              </li>
            ))}
          </ul>
          {sample.data.grants.length > 0 && (
            <Paragraph>
              Revisortilgang:{' '}
              {sample.data.grants.map((g) => `${g.auditorName} (${g.cases} saker, til ${formatDateTime(g.validTo)})`).join('; ')}.
            </Paragraph>
          )}
          {manager && (
            <GrantForm
              sampleId={sampleId!}
              onGranted={(text) => {
                setMessage(text);
                sample.reload();
              }}
            />
          )}
        </>
      )}
      {report.data && (
        <>
          <Heading level={2} data-size="md">
            Rapport
          </Heading>
          <Paragraph>
            <Link href={`${base}/report.pdf`}>Last ned PDF</Link> · <Link href={`${base}/report.csv`}>Last ned CSV</Link> · <Link href={`${base}/report.html`}>Utskriftsvennlig HTML</Link>
          </Paragraph>
          <ReportTables report={report.data} />
        </>
      )}
    </>
  );
}
