// Import (file upload, all or nothing, with the error report per record and field) and export of case records.
import { useState, type FormEvent } from 'react';
import { Button, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { api, asApiError, ApiError } from '../../platform/api.js';
import { ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { useTitle } from '../../platform/use-title.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';

interface ImportError {
  file: string;
  recordIndex: number | null;
  recordRef: string | null;
  field: string;
  reason: string;
}

export function RecordsExchangePage() {
  useTitle('Import og eksport');
  const user = useUser();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const importErrors = (error?.problem.importErrors as ImportError[] | undefined) ?? [];

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    setError(null);
    if (!file) {
      setError(new ApiError({ status: 0, code: 'CLIENT', detail: 'Velg en fil å importere.' }));
      return;
    }
    setBusy(true);
    try {
      let data: unknown;
      try {
        data = JSON.parse(await file.text());
      } catch {
        throw new ApiError({ status: 0, code: 'CLIENT', detail: `Filen «${file.name}» er ikke gyldig JSON.` });
      }
      const result = await api.post<{ persons: unknown[]; counts: Record<string, number> }>(`/api/records/import?fileName=${encodeURIComponent(file.name)}`, data);
      setMessage(`Importert fra «${file.name}»: ${result.persons.length} personer.`);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Heading level={1} data-size="lg">
        Import og eksport
      </Heading>
      <Paragraph>
        Saksopplysninger i Helhets format, versjon 1 (personer, henvendelser, kartlegginger, vedtak, individuell plan, møter, kriseplaner og journalnotater). En fil importeres helt eller ikke i det hele tatt.
      </Paragraph>
      {may(user, 'records.import') && (
        <form onSubmit={onSubmit} noValidate className="form-stack" aria-labelledby="import-heading">
          <Heading level={2} data-size="sm" id="import-heading">
            Importer fil
          </Heading>
          <label htmlFor="records-file">JSON-fil</label>
          <input id="records-file" type="file" accept="application/json,.json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          <SuccessMessage>{message}</SuccessMessage>
          <ProblemAlert error={error} focus />
          {importErrors.length > 0 && (
            <Table data-size="sm">
              <caption>Feil i filen – ingenting er importert</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>Fil</Table.HeaderCell>
                  <Table.HeaderCell>Post</Table.HeaderCell>
                  <Table.HeaderCell>Felt</Table.HeaderCell>
                  <Table.HeaderCell>Feil</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {importErrors.map((e, i) => (
                  <Table.Row key={i}>
                    <Table.Cell>{e.file}</Table.Cell>
                    <Table.Cell>{e.recordIndex === null ? '–' : `${e.recordIndex}${e.recordRef ? ` (${e.recordRef})` : ''}`}</Table.Cell>
                    <Table.Cell>{e.field}</Table.Cell>
                    <Table.Cell>{e.reason}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
          <div>
            <Button type="submit" loading={busy}>
              Importer
            </Button>
          </div>
        </form>
      )}
      {may(user, 'records.export') && (
        <section aria-labelledby="export-heading">
          <Heading level={2} data-size="sm" id="export-heading">
            Eksporter
          </Heading>
          <Paragraph>
            Eksporten tar med personene du har tjenstlig behov for, og logges per person. <Link href="/api/records/export">Last ned eksport (JSON)</Link>
          </Paragraph>
        </section>
      )}
    </>
  );
}
