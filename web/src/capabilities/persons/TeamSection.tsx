// The team around the person: who to contact. team.write roles can add and end members.
import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useSubmit } from '../../platform/use-api.js';
import { useSectionForms } from '../../platform/use-section-forms.js';
import { ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { formatDate } from '../../platform/format.js';
import type { PersonDetail } from '../../platform/api-types.js';
import { AddTeamMemberForm } from './AddTeamMemberForm.js';

export function TeamSection({ person, onChanged }: { person: PersonDetail; onChanged(): void }) {
  const user = useUser();
  const canWrite = may(user, 'team.write');
  const { form, message, open, close, saved, act } = useSectionForms<'add'>(onChanged, { keepMessageOnOpen: true });
  const end = useSubmit();

  const endMember = (memberId: string, name: string) => act(() => end.run(() => api.post<void>(`/api/persons/${person.id}/team/${memberId}/end`).then(() => true)), `${name} er tatt ut av teamet.`);

  return (
    <Card data-color="neutral">
      <Heading level={2} data-size="sm">
        Team
      </Heading>
      <SuccessMessage>{message}</SuccessMessage>
      <ProblemAlert error={end.error} />
      {person.team.length === 0 ? (
        <Paragraph>Ingen i teamet rundt personen ennå.</Paragraph>
      ) : (
        <ul className="plain-list">
          {person.team.map((m) => (
            <li key={m.memberId} className="list-row">
              <span>
                <strong>{m.displayName}</strong> – {m.teamRole}
                <span className="muted"> (fra {formatDate(m.validFrom)})</span>
              </span>
              {canWrite && (
                <Button variant="tertiary" data-size="sm" onClick={() => void endMember(m.memberId, m.displayName)} aria-label={`Ta ut av teamet: ${m.displayName}`}>
                  Ta ut
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite &&
        (form === 'add' ? (
          <AddTeamMemberForm personId={person.id} existing={person.team.map((m) => m.userId)} onCancel={close} onAdded={(name) => saved(`${name} er lagt til i teamet.`)} />
        ) : (
          <div>
            <Button variant="secondary" data-size="sm" onClick={() => open('add')}>
              Legg til i teamet
            </Button>
          </div>
        ))}
    </Card>
  );
}
