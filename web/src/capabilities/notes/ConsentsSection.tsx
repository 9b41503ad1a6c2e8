// The person's consents to share: list, record (consent.write) and withdraw.
import { Button, Table, Tag } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { useSectionForms } from '../../platform/use-section-forms.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { formatDateTime } from '../../platform/format.js';
import type { Consent, Items } from '../../platform/api-types.js';
import { consentScopeLabels } from './consent-labels.js';
import { ConsentForm } from './ConsentForm.js';
import { DataTable } from '../../platform/DataTable.js';
import { SectionHead } from '../../platform/SectionHead.js';

export function ConsentsSection({ personId }: { personId: string }) {
  const user = useUser();
  const canWrite = may(user, 'consent.write');
  const consents = useApi<Items<Consent>>(`/api/persons/${personId}/consents`);
  const { form, message, open, close, saved, act } = useSectionForms<'add'>(consents.reload, { keepMessageOnOpen: true });
  const withdraw = useSubmit();

  const onWithdraw = (consent: Consent) => act(() => withdraw.run(() => api.post<void>(`/api/persons/${personId}/consents/${consent.id}/withdraw`).then(() => true)), 'Samtykket er trukket tilbake.');

  return (
    <section aria-labelledby="consents-heading" className="section">
      <SectionHead id="consents-heading" title="Samtykker">
        {canWrite && !form && (
          <Button variant="secondary" data-size="sm" onClick={() => open('add')}>
            Registrer samtykke
          </Button>
        )}
      </SectionHead>
      <SuccessMessage>{message}</SuccessMessage>
      <ProblemAlert error={withdraw.error} focus />
      {form === 'add' && <ConsentForm personId={personId} onCancel={close} onSaved={() => saved('Samtykket er registrert.')} />}
      {consents.loading && <Loading label="Henter samtykker …" />}
      <ProblemAlert error={consents.error} />
      {consents.data && (
        <DataTable label="Tabell: samtykker" columns={['Gjelder', 'Til', 'Gitt', 'Status', canWrite && 'Handling']} empty="Ingen samtykker er registrert." rowCount={consents.data.items.length}>
          {consents.data.items.map((c) => (
            <Table.Row key={c.id}>
              <Table.Cell>
                {consentScopeLabels[c.scope]}
                {c.note && <div className="muted">{c.note}</div>}
              </Table.Cell>
              <Table.Cell>{c.toUnitName ?? c.toPartnerName ?? '–'}</Table.Cell>
              <Table.Cell>{formatDateTime(c.givenAt)}</Table.Cell>
              <Table.Cell>
                {c.withdrawnAt ? <Tag data-color="neutral">Trukket tilbake {formatDateTime(c.withdrawnAt)}</Tag> : <Tag data-color="success">Gjeldende</Tag>}
              </Table.Cell>
              {canWrite && (
                <Table.Cell>
                  {!c.withdrawnAt && (
                    <Button variant="tertiary" data-size="sm" loading={withdraw.busy} onClick={() => void onWithdraw(c)} aria-label={`Trekk tilbake samtykke: ${consentScopeLabels[c.scope]}`}>
                      Trekk tilbake
                    </Button>
                  )}
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </DataTable>
      )}
    </section>
  );
}
