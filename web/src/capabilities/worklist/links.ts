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
    case 'start-ip-work':
    case 'offer-coordinator':
    case 'coordinator-request':
    case 're-ask-ip':
      return { to: `${person}/koordinering`, label: 'Åpne koordinering' };
    case 'ip-review':
      return { to: `${person}/plan`, label: 'Åpne planen' };
    case 'meeting-action':
      return { to: `${person}/moter`, label: 'Åpne teammøtene' };
    case 'minutes-missing':
      return { to: `${person}/moter/${task.subjectId}`, label: 'Åpne møtet' };
    case 'crisis-plan-missing':
      return { to: `${person}/kriseplan`, label: 'Åpne kriseplanen' };
    default:
      return { to: person, label: 'Åpne personen' };
  }
}
