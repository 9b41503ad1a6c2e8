// The person page: personalia, GP, serving units, team, notes and consents, for whoever has a need
// to know. A refusal (403) is explained; on-call staff are offered the emergency-access flow instead.
import { Link as RouterLink, useLocation, useParams } from 'react-router';
import { Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { accessBasisText, fullName } from '../../platform/format.js';
import { useTitle } from '../../platform/use-title.js';
import type { PersonDetail } from '../../platform/api-types.js';
import { NotesSection } from '../notes/NotesSection.js';
import { ConsentsSection } from '../notes/ConsentsSection.js';
import { NotInScope } from './NotInScope.js';
import { Personalia } from './Personalia.js';
import { TeamSection } from './TeamSection.js';

export function PersonPage() {
  const { personId = '' } = useParams();
  const user = useUser();
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash ?? null;
  const person = useApi<PersonDetail>(`/api/persons/${encodeURIComponent(personId)}`);
  useTitle(person.data ? fullName(person.data) : 'Personside');

  if (person.loading && !person.data) {
    return (
      <>
        <Heading level={1} data-size="lg">
          Personside
        </Heading>
        <Loading label="Henter personen …" />
      </>
    );
  }
  if (person.error?.code === 'PERSON_NOT_IN_SCOPE') return <NotInScope personId={personId} error={person.error} />;
  if (!person.data) {
    return (
      <>
        <Heading level={1} data-size="lg">
          Personside
        </Heading>
        <ProblemAlert error={person.error} />
      </>
    );
  }

  const p = person.data;
  return (
    <>
      <SuccessMessage>{flash}</SuccessMessage>
      <div className="page-head">
        <div>
          <Heading level={1} data-size="lg">
            {fullName(p)}
          </Heading>
          <div className="tag-row">
            <Tag data-color="info">Tilgang via: {accessBasisText(p.accessBasis)}</Tag>
            {p.syntheticId && <Tag data-color="neutral">Syntetisk</Tag>}
          </div>
        </div>
        {may(user, 'emergency.open') && (
          <Button asChild variant="secondary">
            <RouterLink to={`/personer/${p.id}/akutt`}>Vis akuttvisning</RouterLink>
          </Button>
        )}
      </div>
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/personer/${p.id}/tilgangslogg`}>Tilgangslogg: hvem har sett opplysningene</RouterLink>
        </Link>
      </Paragraph>
      <div className="card-grid">
        <Personalia person={p} />
        <TeamSection person={p} onChanged={person.reload} />
      </div>
      <NotesSection personId={p.id} />
      <ConsentsSection personId={p.id} />
    </>
  );
}
