// The team around the person: who to contact. team.write roles can add and end members.
import { useState } from 'react';
import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useSubmit } from '../../platform/use-api.js';
import { ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { formatDate } from '../../platform/format.js';
import type { PersonDetail } from '../../platform/api-types.js';
import { AddTeamMemberForm } from './AddTeamMemberForm.js';

export function TeamSection({ person, onChanged }: { person: PersonDetail; onChanged(): void }) {
  const user = useUser();
  const canWrite = may(user, 'team.write');
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const end = useSubmit();

  async function endMember(memberId: string, name: string) {
    setMessage(null);
    const done = await end.run(() => api.post<void>(`/api/persons/${person.id}/team/${memberId}/end`).then(() => true));
    if (done) {
      setMessage(`${name} er tatt ut av teamet.`);
      onChanged();
    }
  }

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
        (adding ? (
          <AddTeamMemberForm
            personId={person.id}
            existing={person.team.map((m) => m.userId)}
            onCancel={() => setAdding(false)}
            onAdded={(name) => {
              setAdding(false);
              setMessage(`${name} er lagt til i teamet.`);
              onChanged();
            }}
          />
        ) : (
          <div>
            <Button variant="secondary" data-size="sm" onClick={() => setAdding(true)}>
              Legg til i teamet
            </Button>
          </div>
        ))}
    </Card>
  );
}
