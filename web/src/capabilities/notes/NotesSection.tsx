// Journal notes the viewer may see, the count of hidden restricted notes, and writing a note.
import { Alert, Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi } from '../../platform/use-api.js';
import { useSectionForms } from '../../platform/use-section-forms.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { formatDateTime } from '../../platform/format.js';
import type { NotesResponse } from '../../platform/api-types.js';
import { SectionHead } from '../../platform/SectionHead.js';
import { NoteForm } from './NoteForm.js';

export function hiddenText(count: number): string {
  return count === 1 ? '1 begrenset notat er skjult' : `${count} begrensede notater er skjult`;
}

export function NotesSection({ personId }: { personId: string }) {
  const user = useUser();
  const notes = useApi<NotesResponse>(`/api/persons/${personId}/notes`);
  const { form, message, open, close, saved } = useSectionForms<'write'>(notes.reload);

  return (
    <section aria-labelledby="notes-heading" className="section">
      <SectionHead id="notes-heading" title="Journalnotater">
        {may(user, 'note.write') && !form && (
          <Button variant="secondary" data-size="sm" onClick={() => open('write')}>
            Skriv notat
          </Button>
        )}
      </SectionHead>
      <SuccessMessage>{message}</SuccessMessage>
      {form === 'write' && <NoteForm personId={personId} onCancel={close} onSaved={() => saved('Notatet er lagret.')} />}
      {notes.loading && <Loading label="Henter notater …" />}
      <ProblemAlert error={notes.error} />
      {notes.data && notes.data.hiddenRestrictedCount > 0 && (
        <Alert data-color="info" className="hidden-notes">
          <Paragraph>
            <strong>{hiddenText(notes.data.hiddenRestrictedCount)}.</strong> Begrensede notater (for eksempel terapinotater) vises bare for enheten som skrev dem, eller enheter personen har samtykket til deling med.
          </Paragraph>
        </Alert>
      )}
      {notes.data && notes.data.items.length === 0 && <Paragraph>Ingen notater du har tilgang til.</Paragraph>}
      {notes.data && notes.data.items.length > 0 && (
        <ul className="plain-list note-list">
          {notes.data.items.map((note) => (
            <li key={note.id}>
              <Card data-color="neutral" asChild>
                <article aria-labelledby={`note-${note.id}`}>
                  <div className="section-head">
                    <Heading level={3} data-size="xs" id={`note-${note.id}`}>
                      {note.title}
                    </Heading>
                    {note.classification === 'restricted' ? <Tag data-color="warning">Begrenset</Tag> : <Tag data-color="neutral">Delt</Tag>}
                  </div>
                  <Paragraph data-size="sm" className="muted">
                    {note.authorName}, {note.authorUnitName} – {formatDateTime(note.createdAt)}
                  </Paragraph>
                  <Paragraph className="note-body">{note.body}</Paragraph>
                </article>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
