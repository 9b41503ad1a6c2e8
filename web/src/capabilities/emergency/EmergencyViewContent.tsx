// One phone screen with what on-call staff need: who the person is, whom to call, and the
// reminder that this access is logged and when it expires.
import type { ReactNode } from 'react';
import { Alert, Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { accessBasisText, formatDate, formatDateTime, formatNationalId, formatTime, fullName } from '../../platform/format.js';
import type { EmergencyView } from '../../platform/api-types.js';
import { languageName } from '../persons/language.js';
import { CrisisPlanContent } from '../crisis-plans/CrisisPlanView.js';

const riskLevelText = { green: 'grønt nivå', yellow: 'gult nivå', red: 'rødt nivå' } as const;
const tel = (phone: string) => `tel:${phone.replace(/\s/g, '')}`;

function expiryText(iso: string): string {
  const expires = new Date(iso);
  const sameDay = expires.toDateString() === new Date().toDateString();
  return sameDay ? `i dag kl. ${formatTime(iso)}` : formatDateTime(iso);
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="em-row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function EmergencyViewContent({ view }: { view: EmergencyView }) {
  const { person: p, gp, team, units, access } = view;
  const address = [p.address, [p.postalCode, p.postalPlace].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return (
    <div className="emergency">
      <Alert data-color="warning" className="emergency-banner" role="status">
        <Paragraph className="emergency-banner__title">
          <strong>{access.emergencyAccessId ? 'Nødtilgang: alt logges' : 'Akuttvisning: oppslaget logges'}</strong>
        </Paragraph>
        <Paragraph data-size="sm">
          {access.expiresAt
            ? `Utløper ${expiryText(access.expiresAt)}. Lederen din går gjennom tilgangen.`
            : `Du har tilgang via ${accessBasisText(access.basis)}.`}
        </Paragraph>
      </Alert>

      <div className="emergency-id">
        <Heading level={1} data-size="md">
          {fullName(p)}
        </Heading>
        <p className="emergency-id__line">
          <span>Født {formatDate(p.birthDate)}</span> <span>Fnr. {formatNationalId(p.nationalId)}</span>
        </p>
      </div>

      {view.riskFlags.length > 0 && (
        <Alert data-color="danger" className="emergency-important">
          <Heading level={2} data-size="xs">
            Risiko
          </Heading>
          <ul className="plain-list">
            {view.riskFlags.map((f) => (
              <li key={`${f.kind}-${f.since}`}>
                <strong>
                  {f.label}
                  {f.level ? ` (${riskLevelText[f.level]})` : ''}
                </strong>
                {f.safetyMeasure ? `: ${f.safetyMeasure}` : ''} (siden {formatDate(f.since.slice(0, 10))})
              </li>
            ))}
          </ul>
        </Alert>
      )}

      {(p.reservations.length > 0 || p.interpreterNeeded) && (
        <Alert data-color="danger" className="emergency-important">
          <ul className="plain-list">
            {p.interpreterNeeded && (
              <li>
                <strong>Trenger tolk</strong> ({languageName(p.preferredLanguage)})
              </li>
            )}
            {p.reservations.map((r) => (
              <li key={r}>
                <strong>Reservasjon:</strong> {r}
              </li>
            ))}
          </ul>
        </Alert>
      )}

      <div className="call-buttons">
        {p.phone && (
          <Button asChild data-size="lg">
            <a href={tel(p.phone)}>Ring {p.givenName} – {p.phone}</a>
          </Button>
        )}
        {gp.phone && (
          <Button asChild variant="secondary" data-size="lg">
            <a href={tel(gp.phone)}>Ring fastlegen – {gp.phone}</a>
          </Button>
        )}
        {view.coordinator?.phone && (
          <Button asChild variant="secondary" data-size="lg">
            <a href={tel(view.coordinator.phone)}>Ring koordinator – {view.coordinator.phone}</a>
          </Button>
        )}
      </div>

      <Card data-color="neutral" className="emergency-card">
        <Heading level={2} data-size="xs">
          Kriseplan
        </Heading>
        {view.crisisPlan ? (
          <CrisisPlanContent plan={view.crisisPlan} level={3} />
        ) : (
          <Paragraph>{view.crisisPlanStatus === 'not-shared' ? 'Personen har en kriseplan, men har ikke samtykket til at den deles med din enhet.' : 'Personen har ingen kriseplan.'}</Paragraph>
        )}
      </Card>

      <Card data-color="neutral" className="emergency-card">
        <dl className="em-list">
          <Row term="Team">
            {team.length ? (
              <ul className="plain-list tight">
                {team.map((m) => (
                  <li key={`${m.displayName}-${m.teamRole}`}>
                    <strong>{m.displayName}</strong>, {m.teamRole}
                  </li>
                ))}
              </ul>
            ) : (
              'Ingen i teamet'
            )}
          </Row>
          <Row term="Koordinator">{view.coordinator ? `${view.coordinator.displayName}${view.coordinator.phone ? `, tlf. ${view.coordinator.phone}` : ''}` : 'Ingen koordinator'}</Row>
          <Row term="Nærmeste pårørende">{view.closestRelative ?? 'Ikke registrert'}</Row>
          <Row term="Fastlege">
            {gp.name ?? 'Ikke registrert'}
            {gp.office && <span className="muted">, {gp.office}</span>}
          </Row>
          <Row term="Adresse">{address || 'Ikke registrert'}</Row>
          <Row term="Språk">
            {languageName(p.preferredLanguage)}
            {p.interpreterNeeded ? ' – trenger tolk' : ' – ikke tolk'}
          </Row>
          <Row term="Tjenester">{units.length ? units.map((u) => u.unitName).join(', ') : 'Ingen aktive tjenester'}</Row>
          <Row term="Reservasjoner">{p.reservations.length ? p.reservations.join('; ') : 'Ingen'}</Row>
        </dl>
      </Card>
    </div>
  );
}
