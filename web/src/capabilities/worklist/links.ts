// Where each kind of task is done: the record the task is about, on the person page.
import type { Task } from '../../platform/api-types.js';

export function recordLink(task: Pick<Task, 'kind' | 'personId' | 'subjectId'>): { to: string; label: string } {
  const person = `/personer/${task.personId}`;
  switch (task.kind) {
    case 'first-contact':
      return { to: `${person}/henvendelser#henvendelse-${task.subjectId}`, label: 'Åpne henvendelsen' };
    case 'reoffer-assessment':
      return { to: `${person}/kartlegging`, label: 'Åpne kartlegging' };
    case 'suicide-risk-followup':
      return { to: `${person}/kartlegging`, label: 'Åpne kartleggingen' };
    case 'evaluation':
      return { to: `${person}/vedtak/${task.subjectId}`, label: 'Åpne vedtaket' };
    case 'new-vedtak-after-evaluation':
      return { to: `${person}/vedtak`, label: 'Åpne vedtak' };
    default:
      return { to: person, label: 'Åpne personen' };
  }
}
