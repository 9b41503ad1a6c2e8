// Henvisninger: referrals to specialist or municipal services, with their outcome.
import { useState } from 'react';
import { Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { SuccessMessage } from '../../platform/feedback.js';
import { formatDateTime } from '../../platform/format.js';
import type { Referral } from '../../platform/api-types.js';
import { SectionHead } from '../../platform/SectionHead.js';
import { ReferralForm, ReferralOutcomeForm } from './ReferralForms.js';
import { referralLevelLabels, referralOutcomeLabels } from './labels.js';

const outcomeColor = { pending: 'warning', accepted: 'success', rejected: 'danger' } as const;

export function ReferralsSection({ personId, referrals, canWrite, onChanged }: { personId: string; referrals: Referral[]; canWrite: boolean; onChanged(): void }) {
  const [adding, setAdding] = useState(false);
  const [answering, setAnswering] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const saved = (text: string) => {
    setAdding(false);
    setAnswering(null);
    setMessage(text);
    onChanged();
  };
  return (
    <section aria-labelledby="referrals-heading" className="section">
      <SectionHead id="referrals-heading" title="Henvisninger">
        {canWrite && !adding && (
          <Button variant="secondary" data-size="sm" onClick={() => { setMessage(null); setAdding(true); }}>
            Registrer henvisning
          </Button>
        )}
      </SectionHead>
      <SuccessMessage>{message}</SuccessMessage>
      {adding && <ReferralForm personId={personId} onCancel={() => setAdding(false)} onSaved={() => saved('Henvisningen er registrert.')} />}
      {referrals.length === 0 && <Paragraph>Ingen henvisninger.</Paragraph>}
      {referrals.length > 0 && (
        <ul className="plain-list">
          {referrals.map((r) => (
            <li key={r.id}>
              <Card data-color="neutral">
                <div className="section-head">
                  <Heading level={3} data-size="2xs">
                    {referralLevelLabels[r.level]}
                    {r.partnerName ? ` – ${r.partnerName}` : ''}
                  </Heading>
                  <Tag data-color={outcomeColor[r.outcome]}>{referralOutcomeLabels[r.outcome]}</Tag>
                </div>
                <Paragraph data-size="sm">
                  {r.reason} <span className="muted">(henvist {formatDateTime(r.referredAt)})</span>
                </Paragraph>
                {r.outcomeReason && <Paragraph data-size="sm">Begrunnelse: {r.outcomeReason}</Paragraph>}
                {canWrite && r.outcome === 'pending' && answering !== r.id && (
                  <div>
                    <Button data-color="accent" variant="secondary" data-size="sm" onClick={() => { setMessage(null); setAnswering(r.id); }}>
                      Registrer utfall
                    </Button>
                  </div>
                )}
                {answering === r.id && <ReferralOutcomeForm referralId={r.id} onCancel={() => setAnswering(null)} onSaved={() => saved('Utfallet av henvisningen er registrert.')} />}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
