// The municipality's own settings: the written language form (målform) of letters and citizen pages
// for everyone who has not chosen one themselves. Everyone on staff reads it; admins change it.
import { useState, type FormEvent } from 'react';
import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { RadioGroup } from '../../platform/RadioGroup.js';
import { useTitle } from '../../platform/use-title.js';
import type { Municipality, WrittenLanguage } from '../../platform/api-types.js';
import { writtenLanguageLabels } from '../../platform/written-language.js';
import { FirstContactRoutine } from './FirstContactRoutine.js';

export function MunicipalityAdmin() {
  useTitle('Kommunen');
  const user = useUser();
  const municipality = useApi<Municipality>('/api/municipality');
  const [choice, setChoice] = useState<WrittenLanguage | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const submit = useSubmit();
  const current = municipality.data?.writtenLanguage;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const saved = await submit.run(() => api.patch<Municipality>('/api/municipality', { writtenLanguage: choice ?? current }));
    if (saved) {
      setMessage(`Brev og innbyggersider skrives nå på ${writtenLanguageLabels[saved.writtenLanguage].toLowerCase()} for alle som ikke har valgt selv.`);
      municipality.reload();
    }
  }

  return (
    <section aria-labelledby="municipality-heading" className="section">
      <Heading level={2} data-size="md" id="municipality-heading">
        Kommunen
      </Heading>
      <SuccessMessage>{message}</SuccessMessage>
      {municipality.loading && !municipality.data && <Loading label="Henter kommunens innstillinger …" />}
      <ProblemAlert error={municipality.error} />
      {municipality.data && (
        <Paragraph>
          {municipality.data.name} ({municipality.data.municipalityNumber}) skriver brev og innbyggersider på <strong>{writtenLanguageLabels[municipality.data.writtenLanguage].toLowerCase()}</strong> til alle som ikke har valgt målform selv.
        </Paragraph>
      )}
      {municipality.data && <FirstContactRoutine municipality={municipality.data} canChange={may(user, 'org.admin')} onSaved={municipality.reload} />}
      {municipality.data && may(user, 'org.admin') && (
        <Card data-color="accent" variant="tinted" className="admin-form">
          <form onSubmit={onSubmit} noValidate className="form-stack" aria-labelledby="municipality-form-heading">
            <Heading level={3} data-size="xs" id="municipality-form-heading">
              Endre målform
            </Heading>
            <ProblemAlert error={submit.error} heading="Målformen ble ikke lagret" />
            <RadioGroup<WrittenLanguage>
              id="municipality-written-language"
              legend="Målform i brev og på innbyggersidene"
              description="Gjelder vedtaksbrev, individuell plan og kriseplan, og personens egne sider. En person kan velge en annen målform selv."
              value={choice ?? current ?? null}
              onChange={setChoice}
              options={[
                { value: 'nb', label: writtenLanguageLabels.nb },
                { value: 'nn', label: writtenLanguageLabels.nn },
              ]}
              error={submit.fieldErrors.writtenLanguage}
            />
            <div>
              <Button type="submit" loading={submit.busy}>
                Lagre målform
              </Button>
            </div>
          </form>
        </Card>
      )}
    </section>
  );
}
