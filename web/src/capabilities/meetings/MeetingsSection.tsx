// The person page's «Teammøter»: meetings with their minutes state, search in the minutes, and
// calling a new meeting.
import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { Button, Card, Heading, Link, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert } from '../../platform/feedback.js';
import { formatDateTime } from '../../platform/format.js';
import type { Items, MeetingView, PersonDetail, PlanView } from '../../platform/api-types.js';
import { SectionHead } from '../../platform/SectionHead.js';
import { minutesStatusColors, minutesStatusLabels } from '../coordination/labels.js';
import { MeetingForm } from './MeetingForm.js';

export function MeetingsSection({ person }: { person: PersonDetail }) {
  const user = useUser();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const list = useApi<Items<MeetingView>>(`/api/persons/${person.id}/meetings${query ? `?q=${encodeURIComponent(query)}` : ''}`);
  const plan = useApi<PlanView>(`/api/persons/${person.id}/plan`);
  const canWrite = may(user, 'meeting.write');
  const items = list.data?.items ?? [];
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setQuery(q.trim());
  };
  return (
    <section aria-labelledby="meetings-heading" className="section">
      <SectionHead id="meetings-heading" title="Teammøter">
        {canWrite && !creating && (
          <Button variant="secondary" data-size="sm" onClick={() => setCreating(true)}>
            Innkall til teammøte
          </Button>
        )}
      </SectionHead>
      {creating && (
        <MeetingForm
          person={person}
          planId={plan.data && plan.data.status !== 'closed' ? plan.data.id : null}
          onCancel={() => setCreating(false)}
          onSaved={(id) => navigate(`/personer/${person.id}/moter/${id}`, { state: { flash: 'Innkallingen er sendt. Skriv referatet etter møtet.' } })}
        />
      )}
      <form role="search" onSubmit={onSearch} noValidate className="search-form">
        <Textfield label="Søk i referater" type="search" autoComplete="off" value={q} onChange={(e) => setQ(e.target.value)} />
        <Button type="submit" variant="secondary">
          Søk
        </Button>
      </form>
      {list.loading && !list.data && <Loading label="Henter teammøter …" />}
      <ProblemAlert error={list.error} />
      {list.data && items.length === 0 && <Paragraph>{query ? 'Ingen referater inneholder søket.' : 'Ingen teammøter er registrert.'}</Paragraph>}
      <ul className="plain-list">
        {items.map((m) => (
          <li key={m.id}>
            <Card data-color="neutral">
              <div className="section-head">
                <Heading level={3} data-size="xs">
                  <Link asChild>
                    <RouterLink to={`/personer/${person.id}/moter/${m.id}`}>
                      {m.purpose} – {formatDateTime(m.scheduledAt)}
                    </RouterLink>
                  </Link>
                </Heading>
                <Tag data-color={minutesStatusColors[m.minutesStatus]}>{minutesStatusLabels[m.minutesStatus]}</Tag>
              </div>
              <Paragraph data-size="sm">
                {m.location}. Innkalt av {m.organiserName}. {m.actions.filter((a) => a.status === 'open').length} åpne oppgaver.
              </Paragraph>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
