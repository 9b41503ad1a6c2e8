// Pårørende og barn: relatives with consent and scope, their own needs assessments, children as relatives
// with clarification, information and follow-up by the child-responsible staff, and the checks.
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Button, Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { formatDate } from '../../platform/format.js';
import type { Relative, RelativesOverview } from '../../platform/api-types.js';
import { SectionHead } from '../../platform/SectionHead.js';
import { ChecksList } from './ChecksList.js';
import { ChildFollowUpForm, NeedsForm, RelativeForm } from './RelativeForms.js';
import { careBurdenLabels, childFollowUpLabels, consentScopeLabels, consentStatusLabels, supportLabels } from './labels.js';

type Open = { relativeId: string; form: 'needs' | 'clarification' | 'information' | 'follow-up' } | null;

export function RelativesSection({ personId }: { personId: string }) {
  const user = useUser();
  const canWrite = may(user, 'relatives.write');
  const view = useApi<RelativesOverview>(`/api/persons/${personId}/relatives`);
  const [adding, setAdding] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const [message, setMessage] = useState<string | null>(null);
  const saved = (text: string) => {
    setAdding(false);
    setOpen(null);
    setMessage(text);
    view.reload();
  };
  const data = view.data;

  return (
    <>
      <section aria-labelledby="relatives-heading" className="section">
        <SectionHead id="relatives-heading" title="Pårørende og barn som pårørende">
          {canWrite && !adding && (
            <Button variant="secondary" data-size="sm" onClick={() => { setMessage(null); setAdding(true); }}>
              Registrer pårørende
            </Button>
          )}
        </SectionHead>
        <SuccessMessage>{message}</SuccessMessage>
        {adding && <RelativeForm personId={personId} onCancel={() => setAdding(false)} onSaved={() => saved('Den pårørende er registrert.')} />}
        {view.loading && !data && <Loading label="Henter pårørende …" />}
        <ProblemAlert error={view.error} />
        {data?.firstContact && (
          <Paragraph data-size="sm">
            Fra kartleggingen {formatDate(data.firstContact.occasion)}: {data.firstContact.closestRelative ? `nærmeste pårørende ${data.firstContact.closestRelative}` : 'ingen nærmeste pårørende oppgitt'}
            {data.firstContact.childrenOrMinorSiblingsAffected ? '; barn eller mindreårige søsken er berørt' : ''}.{' '}
            <Link asChild>
              <RouterLink to={`/personer/${personId}/kartlegging`}>Se kartleggingen</RouterLink>
            </Link>
          </Paragraph>
        )}
        {data && data.relatives.length === 0 && <Paragraph>Ingen pårørende er registrert.</Paragraph>}
        {data && data.relatives.length > 0 && (
          <ul className="plain-list">
            {data.relatives.map((r) => (
              <li key={r.id}>
                <RelativeCard personId={personId} relative={r} canWrite={canWrite} open={open?.relativeId === r.id ? open.form : null} setOpen={(form) => { setMessage(null); setOpen(form ? { relativeId: r.id, form } : null); }} onSaved={saved} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {data && (
        <section aria-labelledby="child-responsible-heading" className="section">
          <Heading level={2} data-size="sm" id="child-responsible-heading">
            Barneansvarlig i enhetene
          </Heading>
          <ul className="plain-list">
            {data.servingUnits.filter((u) => u.needsChildResponsible).map((u) => (
              <li key={u.id}>
                {u.name}: {u.childResponsibleName ?? <Tag data-color="danger">Ledig rolle som barneansvarlig</Tag>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {data && <ChecksList checks={data.checks} id="relatives-checks" />}
    </>
  );
}

function RelativeCard({ personId, relative: r, canWrite, open, setOpen, onSaved }: { personId: string; relative: Relative; canWrite: boolean; open: NonNullable<Open>['form'] | null; setOpen(form: NonNullable<Open>['form'] | null): void; onSaved(text: string): void }) {
  return (
    <Card data-color="neutral">
      <div className="section-head">
        <Heading level={3} data-size="2xs">
          {r.name} ({r.relation}){r.isChild && r.birthDate ? `, født ${formatDate(r.birthDate)}` : ''}
        </Heading>
        <div className="tag-row">
          {r.isChild && <Tag data-color="info">Barn under 18</Tag>}
          {r.closest && <Tag data-color="accent">Nærmeste pårørende</Tag>}
          <Tag data-color={r.consentStatus === 'given' ? 'success' : r.consentStatus === 'declined' ? 'danger' : 'warning'}>{consentStatusLabels[r.consentStatus]}</Tag>
        </div>
      </div>
      {r.phone && <Paragraph data-size="sm">Telefon {r.phone}</Paragraph>}
      {r.consentScopes.length > 0 && <Paragraph data-size="sm">Samtykket omfatter: {r.consentScopes.map((s) => consentScopeLabels[s].toLowerCase()).join(', ')}.</Paragraph>}
      {!r.isChild && (
        <>
          <Heading level={4} data-size="2xs">
            Egne behov
          </Heading>
          {r.needsAssessments.length === 0 ? (
            <Paragraph data-size="sm">Ikke kartlagt.</Paragraph>
          ) : (
            <ul className="plain-list tight">
              {r.needsAssessments.map((a) => (
                <li key={a.id}>
                  {formatDate(a.assessedOn)} ({a.byName}): {a.needs}. Belastning: {careBurdenLabels[a.careBurden].toLowerCase()}. Tilbudt: {a.supportOffered.map((k) => supportLabels[k]).join(', ') || 'ingenting'}; takket ja: {a.supportAccepted.map((k) => supportLabels[k]).join(', ') || 'ingenting'}.
                </li>
              ))}
            </ul>
          )}
          {canWrite && open !== 'needs' && (
            <div>
              <Button variant="secondary" data-size="sm" onClick={() => setOpen('needs')}>
                Kartlegg egne behov
              </Button>
            </div>
          )}
          {open === 'needs' && <NeedsForm personId={personId} relativeId={r.id} name={r.name} onCancel={() => setOpen(null)} onSaved={() => onSaved('Kartleggingen av egne behov er lagret.')} />}
        </>
      )}
      {r.isChild && (
        <>
          <Heading level={4} data-size="2xs">
            Oppfølging av barnet
          </Heading>
          {r.childFollowUps.length === 0 ? (
            <Paragraph data-size="sm">Ingen avklaring eller oppfølging er registrert.</Paragraph>
          ) : (
            <ul className="plain-list tight">
              {r.childFollowUps.map((c) => (
                <li key={c.id}>
                  <strong>{childFollowUpLabels[c.kind]}</strong> {formatDate(c.occurredOn)} ({c.byName}
                  {c.unitName ? `, barneansvarlig i ${c.unitName}` : ''}): {c.summary}
                  {c.form && (
                    <span>
                      {' '}
                      Omsorg: {c.form.caregiver}. Kjenner til situasjonen: {c.form.childKnows ? 'ja' : 'nei'}. Behov: {c.form.childNeeds}. Bekymring: {c.form.barnevernConcern ? 'ja' : 'nei'}.
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
          {canWrite && !open && (
            <div className="button-row">
              {(['clarification', 'information', 'follow-up'] as const).map((kind) => (
                <Button key={kind} variant="secondary" data-size="sm" onClick={() => setOpen(kind)}>
                  {childFollowUpLabels[kind]}
                </Button>
              ))}
            </div>
          )}
          {open && open !== 'needs' && <ChildFollowUpForm personId={personId} relativeId={r.id} name={r.name} kind={open} onCancel={() => setOpen(null)} onSaved={() => onSaved(`${childFollowUpLabels[open]} er registrert.`)} />}
        </>
      )}
    </Card>
  );
}
