// Personalia, GP and the units serving the person, as cards on the person page.
import type { ReactNode } from 'react';
import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { formatDate, formatDateTime, formatNationalId } from '../../platform/format.js';
import type { PersonDetail } from '../../platform/api-types.js';
import { languageName } from './language.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { WrittenLanguageForm, writtenLanguageText } from './WrittenLanguageForm.js';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="dl-row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const missing = <span className="muted">Ikke registrert</span>;

export function Personalia({ person: p, onChanged }: { person: PersonDetail; onChanged(): void }) {
  const user = useUser();
  const address = [p.address, [p.postalCode, p.postalPlace].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return (
    <>
      <Card data-color="neutral">
        <Heading level={2} data-size="sm">
          Personalia
        </Heading>
        <dl className="dl">
          <Row term="Fødselsdato">{formatDate(p.birthDate)}</Row>
          <Row term={p.nationalIdKind === 'dnr' ? 'D-nummer' : 'Fødselsnummer'}>{formatNationalId(p.nationalId)}</Row>
          <Row term="Telefon">{p.phone ? <a href={`tel:${p.phone.replace(/\s/g, '')}`}>{p.phone}</a> : missing}</Row>
          <Row term="E-post">{p.email ?? missing}</Row>
          <Row term="Adresse">{address || missing}</Row>
          <Row term="Språk">
            {languageName(p.preferredLanguage)}
            {p.interpreterNeeded ? ' – trenger tolk' : ''}
          </Row>
          <Row term="Målform i brev">{writtenLanguageText(p.writtenLanguage)}</Row>
          <Row term="BankID">{p.hasBankId ? 'Ja' : 'Nei – kan ikke logge inn selv'}</Row>
          <Row term="Reservasjoner">{p.reservations.length ? p.reservations.join('; ') : 'Ingen'}</Row>
        </dl>
        {may(user, 'person.update') && <WrittenLanguageForm person={p} onSaved={onChanged} />}
      </Card>
      <Card data-color="neutral">
        <Heading level={2} data-size="sm">
          Fastlege
        </Heading>
        <dl className="dl">
          <Row term="Lege">{p.gp.gpName ?? missing}</Row>
          <Row term="Legekontor">{p.gp.partnerName ?? missing}</Row>
          <Row term="Telefon">{p.gp.phone ? <a href={`tel:${p.gp.phone}`}>{p.gp.phone}</a> : missing}</Row>
        </dl>
      </Card>
      <Card data-color="neutral">
        <Heading level={2} data-size="sm">
          Enheter som gir tjenester
        </Heading>
        {p.units.length === 0 ? (
          <Paragraph>Ingen aktive saker eller tjenester.</Paragraph>
        ) : (
          <ul className="plain-list">
            {p.units.map((u) => (
              <li key={u.relationId}>
                <strong>{u.unitName}</strong>
                <span className="muted">
                  {' '}
                  – {u.reason}, fra {formatDateTime(u.validFrom)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
