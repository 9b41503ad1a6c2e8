// A completed or declined kartlegging, read-only: the conversation, what matters, and relatives.
import type { ReactNode } from 'react';
import { Card, Heading } from '@digdir/designsystemet-react';
import { formatDate } from '../../platform/format.js';
import type { Kartlegging } from '../../platform/api-types.js';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="dl-row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const yesNo = (value: boolean | null | undefined) => (value === true ? 'Ja' : value === false ? 'Nei' : 'Ikke besvart');

export function KartleggingFacts({ k }: { k: Kartlegging }) {
  const r = k.relatives;
  return (
    <Card data-color="neutral" className="record-card">
      <Heading level={2} data-size="sm">
        Samtalen og pårørende
      </Heading>
      <dl className="dl">
        {k.status === 'declined' && <Row term="Nytt tilbud om kartlegging">{k.reofferDate ? formatDate(k.reofferDate) : '–'}</Row>}
        <Row term="Dato for samtalen">{k.meetingDate ? formatDate(k.meetingDate) : '–'}</Row>
        <Row term="Deltakere">{k.meetingParticipants.join(', ') || '–'}</Row>
        <Row term="Hva er viktig for deg?">{k.whatMatters ?? '–'}</Row>
        <Row term="Har pårørende">{yesNo(r?.hasRelatives)}</Row>
        {r?.hasRelatives && (
          <>
            <Row term="Nærmeste pårørende">{r.closestRelative ?? '–'}</Row>
            <Row term="Barn eller mindreårige søsken berøres">{yesNo(r.childrenOrMinorSiblingsAffected)}</Row>
            <Row term="Hvordan involvere pårørende">{r.howToInvolve ?? '–'}</Row>
            <Row term="Pårørendes egne behov kartlagt">{yesNo(r.ownNeedsMapped)}</Row>
          </>
        )}
        {k.missingDomainsReason && <Row term={k.status === 'declined' ? 'Merknad' : 'Hvorfor ikke alle områder er kartlagt'}>{k.missingDomainsReason}</Row>}
      </dl>
    </Card>
  );
}
