// A vedtak's content as a description list, and its evaluation once recorded.
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { Card, Heading, Link } from '@digdir/designsystemet-react';
import { formatDate, formatDateTime } from '../../platform/format.js';
import type { Vedtak } from '../../platform/api-types.js';
import { nextStepLabels, outcomeLabels } from './labels.js';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="dl-row">
      <dt>{term}</dt>
      <dd className="note-body">{children}</dd>
    </div>
  );
}

export function VedtakDetails({ v }: { v: Vedtak }) {
  return (
    <Card data-color="neutral" className="record-card">
      <Heading level={3} data-size="xs">
        Innhold
      </Heading>
      <dl className="dl">
        <Row term="Tjeneste">{v.service.name}</Row>
        <Row term="Hjemmel">{v.legalBasis}</Row>
        <Row term="Omfang">{v.scope}</Row>
        <Row term="Periode">
          Fra {formatDate(v.startDate)}
          {v.endDate ? ` til ${formatDate(v.endDate)}` : ', uten sluttdato'}
        </Row>
        <Row term="Evalueringsdato">
          {v.evaluationDate ? formatDate(v.evaluationDate) : 'Ikke satt'} {v.evaluationTaskDate ? <span className="muted">(på arbeidslisten fra {formatDate(v.evaluationTaskDate)})</span> : null}
        </Row>
        <Row term="Ansvarlig for evalueringen">{v.evaluationResponsible?.displayName ?? 'Ikke satt'}</Row>
        <Row term="Kartlegging">
          {v.kartleggingId ? (
            <Link asChild>
              <RouterLink to={`/personer/${v.personId}/kartlegging/${v.kartleggingId}`}>Se kartleggingen</RouterLink>
            </Link>
          ) : (
            'Ingen'
          )}
        </Row>
        <Row term="Personens medvirkning">{v.participation}</Row>
        <Row term="Begrunnelse">{v.reasoning}</Row>
        {v.missingDomainsReason && <Row term="Områder som ikke er kartlagt">{v.missingDomainsReason}</Row>}
        <Row term="Klageadgang">{v.appealInfo}</Row>
        <Row term="Fattet av">{`${v.unitName}${v.finalizedAt ? `, ${formatDateTime(v.finalizedAt)}` : ' – ikke fattet ennå'}`}</Row>
      </dl>
    </Card>
  );
}

export function EvaluationView({ e }: { e: NonNullable<Vedtak['evaluation']> }) {
  return (
    <Card data-color="neutral" className="record-card">
      <Heading level={4} data-size="xs">
        Evaluert {formatDate(e.evaluatedOn)}
      </Heading>
      <dl className="dl">
        <Row term="Personen deltok">{e.personParticipated ? 'Ja' : 'Nei'}</Row>
        <Row term="Personens syn">{e.personView}</Row>
        {e.relativesView && <Row term="Pårørendes syn">{e.relativesView}</Row>}
        <Row term="Resultat">{outcomeLabels[e.outcome]}</Row>
        <Row term="Revisjonsnotat">{e.revisionNote}</Row>
        <Row term="Neste steg">{nextStepLabels[e.nextStep]}</Row>
        <Row term="Registrert av">{`${e.recordedByName}, ${formatDateTime(e.recordedAt)}`}</Row>
      </dl>
    </Card>
  );
}
