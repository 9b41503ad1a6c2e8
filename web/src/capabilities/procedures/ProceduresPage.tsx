// Rutiner: what I must read (new and changed versions that apply to me), the process map
// (henvendelse → kartlegging → vedtak → IP → oppfølging → evaluering → avslutning) with the
// procedures of each step, and the register with revision status.
import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { Alert, Button, Heading, Link, Paragraph, Switch, Table, Tag } from '@digdir/designsystemet-react';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { ProcedureForm } from './ProcedureForm.js';
import { useApi } from '../../platform/use-api.js';
import { Loading, ProblemAlert } from '../../platform/feedback.js';
import { ScrollRegion } from '../../platform/ScrollRegion.js';
import { formatDate } from '../../platform/format.js';
import { useTitle } from '../../platform/use-title.js';
import type { Items } from '../../platform/api-types.js';
import { SectionHead } from '../../platform/SectionHead.js';
import { ProceduresNav } from './ProceduresNav.js';
import { revisionLabels } from './labels.js';
import type { ProcedureSummary, ProcessMap, ToAcknowledge } from './types.js';

const procedureLink = (p: { id: string; title: string }) => (
  <Link asChild>
    <RouterLink to={`/rutiner/${p.id}`}>{p.title}</RouterLink>
  </Link>
);

export function ProceduresPage() {
  useTitle('Rutiner');
  const [mine, setMine] = useState(false);
  const [creating, setCreating] = useState(false);
  const user = useUser();
  const navigate = useNavigate();
  const toRead = useApi<ToAcknowledge>('/api/procedures/to-acknowledge');
  const map = useApi<ProcessMap>(`/api/procedures/process-map?mine=${mine}`);
  const all = useApi<Items<ProcedureSummary>>('/api/procedures');
  const unread = toRead.data?.items ?? [];
  return (
    <>
      <Heading level={1} data-size="lg">
        Rutiner
      </Heading>
      <ProceduresNav />
      <ProblemAlert error={toRead.error ?? map.error ?? all.error} />
      {may(user, 'procedure.write') && !creating && (
        <div>
          <Button variant="secondary" data-size="sm" onClick={() => setCreating(true)}>
            Ny rutine
          </Button>
        </div>
      )}
      {creating && <ProcedureForm onCancel={() => setCreating(false)} onSaved={(id, flash) => navigate(`/rutiner/${id}`, { state: { flash } })} />}
      {unread.length > 0 && (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            Nye og endrede rutiner du skal lese ({unread.length})
          </Heading>
          <ul>
            {unread.map((r) => (
              <li key={r.versionId}>
                {procedureLink({ id: r.procedureId, title: r.title })} (versjon {r.version}, {r.stepLabel}, gjelder fra {formatDate(r.validFrom)}): {r.changeSummary}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {toRead.data && unread.length === 0 && <Paragraph>Du har lest alle rutinene som gjelder deg.</Paragraph>}

      <section aria-labelledby="process-map-heading" className="section">
        <SectionHead id="process-map-heading" title="Prosesskart">
          <Switch checked={mine} onChange={(e) => setMine(e.target.checked)} label="Bare rutiner som gjelder meg" />
        </SectionHead>
        {map.loading && !map.data && <Loading label="Henter prosesskartet …" />}
        {map.data && (
          <>
            <ol className="process-map" aria-label="Forløpet steg for steg">
              {map.data.steps
                .filter((s) => s.main)
                .map((s) => (
                  <ProcessStep key={s.step} label={s.label} procedures={s.procedures} />
                ))}
            </ol>
            <ul className="process-map process-map--other" aria-label="Gjelder ved behov eller hele forløpet">
              {map.data.steps
                .filter((s) => !s.main)
                .map((s) => (
                  <ProcessStep key={s.step} label={s.label} procedures={s.procedures} />
                ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="register-heading" className="section">
        <Heading level={2} data-size="md" id="register-heading">
          Alle rutiner
        </Heading>
        {all.data && (
          <ScrollRegion label="Tabell over alle rutiner">
            <Table data-size="sm">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>Rutine</Table.HeaderCell>
                  <Table.HeaderCell>Steg</Table.HeaderCell>
                  <Table.HeaderCell>Versjon</Table.HeaderCell>
                  <Table.HeaderCell>Dokumentansvarlig</Table.HeaderCell>
                  <Table.HeaderCell>Revisjon</Table.HeaderCell>
                  <Table.HeaderCell>Lest av meg</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {all.data.items.map((p) => (
                  <Table.Row key={p.id}>
                    <Table.Cell>{procedureLink(p)}</Table.Cell>
                    <Table.Cell>{p.stepLabel}</Table.Cell>
                    <Table.Cell>{p.current ? `${p.current.version}` : 'Ingen godkjent'}{p.draft ? ` (utkast ${p.draft.version})` : ''}</Table.Cell>
                    <Table.Cell>{p.owner.displayName}</Table.Cell>
                    <Table.Cell>
                      {p.revisionStatus && p.current ? (
                        <>
                          {formatDate(p.current.revisionDue)} <Tag data-color={revisionLabels[p.revisionStatus].color}>{revisionLabels[p.revisionStatus].text}</Tag>
                        </>
                      ) : (
                        '–'
                      )}
                    </Table.Cell>
                    <Table.Cell>{!p.appliesToMe ? 'Gjelder ikke meg' : p.acknowledgedByMe ? 'Lest' : 'Ikke lest'}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollRegion>
        )}
      </section>
    </>
  );
}

function ProcessStep({ label, procedures }: { label: string; procedures: ProcedureSummary[] }) {
  return (
    <li className="process-step">
      <Heading level={3} data-size="2xs">
        {label}
      </Heading>
      {procedures.length === 0 ? (
        <Paragraph data-size="sm" className="muted">
          Ingen rutiner
        </Paragraph>
      ) : (
        <ul className="plain-list tight">
          {procedures.map((p) => (
            <li key={p.id}>
              {procedureLink(p)}
              {p.appliesToMe && !p.acknowledgedByMe && <span className="muted"> (ikke lest)</span>}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
