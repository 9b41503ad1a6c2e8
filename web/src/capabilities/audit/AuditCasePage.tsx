// The auditor's read-only view of one sampled case, opened through the time-limited grant.
import { useParams } from 'react-router';
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert } from '../../platform/feedback.js';
import { useTitle } from '../../platform/use-title.js';
import { formatDate, formatDateTime } from '../../platform/format.js';
import type { AuditCase } from './types.js';

export function AuditCasePage() {
  const { sampleId, personId } = useParams();
  const view = useApi<AuditCase>(`/api/audit/samples/${sampleId}/cases/${personId}`);
  const c = view.data;
  useTitle(c ? `Sak ${c.nr}` : 'Sak i utvalget');
  return (
    <>
      <Heading level={1} data-size="lg">
        {c ? `Sak ${c.nr}: ${c.person.name}` : 'Sak i utvalget'}
      </Heading>
      {view.loading && <Loading label="Henter saken …" />}
      <ProblemAlert error={view.error} />
      {c && (
        <>
          <Paragraph role="status">Lesetilgang for revisjon til {formatDateTime(c.validTo)}. Det du ser her, er logget.</Paragraph>
          <Heading level={2} data-size="sm">Kartlegginger</Heading>
          {c.kartlegginger.length === 0 ? <Paragraph>Ingen kartleggingsskjema.</Paragraph> : (
            <ul>
              {c.kartlegginger.map((k) => (
                <li key={k.id}>
                  {formatDate(k.occasion)}: {k.status === 'completed' ? 'fullført' : k.status === 'declined' ? 'avslått' : 'ikke fullført'}, {k.domains.length} av 8 domener, møte {k.meetingDate ? formatDate(k.meetingDate) : 'ikke registrert'}
                </li>
              ))}
            </ul>
          )}
          <Heading level={2} data-size="sm">Kartleggingsverktøy</Heading>
          <Paragraph>{c.instruments.length === 0 ? 'Ingen.' : c.instruments.map((r) => `${r.instrumentId} ${formatDate(r.administeredOn)}`).join(', ')}</Paragraph>
          <Heading level={2} data-size="sm">Vedtak</Heading>
          <ul>
            {c.vedtak.map((v) => (
              <li key={v.id}>
                {v.serviceName} fra {formatDate(v.startDate)} ({v.status === 'draft' ? 'utkast' : v.status === 'ended' ? 'avsluttet' : 'fattet'}){v.hasPlaceholders ? ' – inneholder plassholdertekst' : ''}
              </li>
            ))}
          </ul>
          <Heading level={2} data-size="sm">Individuell plan</Heading>
          <Paragraph>
            {c.ipInformation.length ? `Informert om retten til IP ${c.ipInformation.map((i) => formatDate(i.informedOn)).join(', ')}. ` : 'Ingen registrering av informasjon om IP. '}
            {c.plans.length ? c.plans.map((p) => `Plan opprettet ${formatDate(p.createdOn)} (${p.goals} mål, ${p.activeParticipants} deltakere, neste revisjon ${formatDate(p.nextReviewDate)}).`).join(' ') : 'Ingen plan i IP-modulen.'}
          </Paragraph>
          <Heading level={2} data-size="sm">Opplysninger i dokumentene</Heading>
          {c.claims.length === 0 ? <Paragraph>Ingen.</Paragraph> : (
            <Table data-size="sm">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>Dato</Table.HeaderCell>
                  <Table.HeaderCell>Kilde</Table.HeaderCell>
                  <Table.HeaderCell>Står det</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {c.claims.map((claim, i) => (
                  <Table.Row key={i}>
                    <Table.Cell>{formatDate(claim.statedOn)}</Table.Cell>
                    <Table.Cell>{claim.source === 'journal-note' ? `Journalnotat ${claim.sourceTitle ?? ''}` : claim.source === 'user-card' ? 'Tjenestekort' : `Vedtak ${claim.sourceTitle ?? ''}`}</Table.Cell>
                    <Table.Cell>{claim.text}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
          <Heading level={2} data-size="sm">Journalnotater</Heading>
          {c.notes.map((n) => (
            <article key={n.id} aria-label={n.title}>
              <Heading level={3} data-size="xs">{n.title} – {formatDateTime(n.createdAt)}</Heading>
              <Paragraph>{n.body}</Paragraph>
            </article>
          ))}
          {c.hiddenRestrictedCount > 0 && <Paragraph>{c.hiddenRestrictedCount} skjermede notater vises ikke.</Paragraph>}
        </>
      )}
    </>
  );
}
