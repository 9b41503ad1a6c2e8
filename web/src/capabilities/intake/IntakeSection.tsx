// The person's intake: henvendelser with first-contact deadlines and triage, the pathway (hovedforløp)
// and referrals. A link from the worklist (#henvendelse-…) scrolls to and focuses that henvendelse.
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import type { IntakeOverview } from '../../platform/api-types.js';
import { SectionHead } from '../../platform/SectionHead.js';
import { HenvendelseForm } from './HenvendelseForm.js';
import { HenvendelseCard } from './HenvendelseCard.js';
import { PathwaySection } from './PathwaySection.js';
import { ReferralsSection } from './ReferralsSection.js';

export function IntakeSection({ personId }: { personId: string }) {
  const user = useUser();
  const canWrite = may(user, 'intake.write');
  const { hash } = useLocation();
  const intake = useApi<IntakeOverview>(`/api/persons/${personId}/intake`);
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const loaded = Boolean(intake.data);

  useEffect(() => {
    if (!loaded || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [loaded, hash]);

  const changed = (text: string) => {
    setMessage(text);
    intake.reload();
  };

  if (!intake.data) return intake.loading ? <Loading label="Henter henvendelser …" /> : <ProblemAlert error={intake.error} />;
  const data = intake.data;
  return (
    <>
      <section aria-labelledby="henvendelser-heading" className="section">
        <SectionHead id="henvendelser-heading" title="Henvendelser">
          {canWrite && !adding && (
            <Button variant="secondary" data-size="sm" onClick={() => { setMessage(null); setAdding(true); }}>
              Registrer henvendelse
            </Button>
          )}
        </SectionHead>
        <SuccessMessage>{message}</SuccessMessage>
        <ProblemAlert error={intake.error} />
        {adding && (
          <HenvendelseForm
            personId={personId}
            onCancel={() => setAdding(false)}
            onSaved={() => {
              setAdding(false);
              changed('Henvendelsen er registrert. Første kontakt skal skje innen fristen i kommunens rutine, og oppgaven vises på arbeidslisten.');
            }}
          />
        )}
        {data.henvendelser.length === 0 && <Paragraph>Ingen henvendelser er registrert.</Paragraph>}
        {data.henvendelser.length > 0 && (
          <ul className="plain-list">
            {data.henvendelser.map((h) => (
              <li key={h.id}>
                <HenvendelseCard h={h} canWrite={canWrite} onChanged={changed} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <PathwaySection personId={personId} current={data.pathway} history={data.pathwayHistory} canWrite={canWrite} onChanged={intake.reload} />
      <ReferralsSection personId={personId} referrals={data.referrals} canWrite={canWrite} onChanged={intake.reload} />
    </>
  );
}
