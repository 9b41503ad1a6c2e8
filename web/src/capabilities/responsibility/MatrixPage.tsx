// Ansvarsmatrise: ROP tasks × units and partners (Ansvarlig / Deltar / Informeres). Shows the current
// approved version (or the one chosen), its findings — a task with no responsible unit or with two —
// the versions, and lets the director approve a draft.
import { useLocation, useNavigate, useParams, Link as RouterLink } from 'react-router';
import { Alert, Button, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { api } from '../../platform/api.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { ScrollRegion } from '../../platform/ScrollRegion.js';
import { formatDate } from '../../platform/format.js';
import { useTitle } from '../../platform/use-title.js';
import type { CurrentMatrix, Matrix, MatrixList } from './types.js';
import { MatrixEditor } from './MatrixEditor.js';

const statusLabels: Record<Matrix['status'], { text: string; color: 'success' | 'warning' | 'neutral' }> = {
  current: { text: 'Gjeldende', color: 'success' },
  draft: { text: 'Utkast', color: 'warning' },
  superseded: { text: 'Erstattet', color: 'neutral' },
};

export function MatrixPage() {
  useTitle('Ansvarsmatrise');
  const { matrixId } = useParams();
  const user = useUser();
  const versions = useApi<MatrixList>('/api/responsibility-matrices');
  const current = useApi<CurrentMatrix>(matrixId ? null : '/api/responsibility-matrices/current');
  const chosen = useApi<Matrix>(matrixId ? `/api/responsibility-matrices/${encodeURIComponent(matrixId)}` : null);
  const approve = useSubmit();
  const location = useLocation();
  const navigate = useNavigate();
  const [message, setMessage] = useState<string | null>((location.state as { flash?: string } | null)?.flash ?? null);
  const [editing, setEditing] = useState(false);
  // The same page serves every version: take the flash message of each navigation.
  useEffect(() => {
    const flash = (location.state as { flash?: string } | null)?.flash;
    if (flash) setMessage(flash);
  }, [location.key, location.state]);
  const matrix = matrixId ? chosen.data : current.data?.matrix;
  const loading = matrixId ? chosen.loading : current.loading;
  const draft = versions.data?.items.find((v) => v.status === 'draft');
  const mayWrite = may(user, 'responsibility.write');
  const ready = Boolean(versions.data) && !loading;

  return (
    <>
      <Heading level={1} data-size="lg">
        Ansvarsmatrise
      </Heading>
      <Paragraph>Hvem har ansvaret for hva i ROP-feltet. Hver oppgave skal ha nøyaktig én ansvarlig enhet.</Paragraph>
      <SuccessMessage>{message}</SuccessMessage>
      <ProblemAlert error={versions.error ?? current.error ?? chosen.error ?? approve.error} />
      {mayWrite && ready && !editing && (matrix?.status === 'draft' || !draft) && (
        <div>
          <Button variant="secondary" data-size="sm" onClick={() => { setMessage(null); setEditing(true); }}>
            {matrix?.status === 'draft' ? 'Endre utkastet' : matrix ? 'Lag ny versjon' : 'Lag ansvarsmatrise'}
          </Button>
        </div>
      )}
      {editing && (
        <MatrixEditor
          matrix={matrix ?? null}
          onCancel={() => setEditing(false)}
          onSaved={(id, flash) => {
            setEditing(false);
            if (id === matrixId) {
              setMessage(flash);
              chosen.reload();
              versions.reload();
            } else navigate(`/ansvarsmatrise/${id}`, { state: { flash } });
          }}
        />
      )}
      {loading && !matrix && <Loading label="Henter ansvarsmatrisen …" />}
      {!loading && !matrix && !matrixId && current.data && <Paragraph>Ingen ansvarsmatrise er godkjent ennå.</Paragraph>}
      {matrix && (
        <section aria-labelledby="matrix-heading" className="section">
          <div className="section-head">
            <Heading level={2} data-size="md" id="matrix-heading">
              {matrix.title} (versjon {matrix.version})
            </Heading>
            <Tag data-color={statusLabels[matrix.status].color}>{statusLabels[matrix.status].text}</Tag>
          </div>
          <Paragraph data-size="sm" className="muted">
            {matrix.approvedBy && matrix.approvedAt ? `Godkjent av ${matrix.approvedBy.displayName} ${formatDate(matrix.approvedAt)}.` : `Laget av ${matrix.createdBy.displayName}, ikke godkjent.`}
            {matrix.note ? ` ${matrix.note}` : ''}
          </Paragraph>
          {matrix.status === 'draft' && may(user, 'responsibility.approve') && (
            <div>
              <Button
                loading={approve.busy}
                onClick={() =>
                  void approve.run(() => api.post<void>(`/api/responsibility-matrices/${matrix.id}/approve`, {}).then(() => true)).then((ok) => {
                    if (!ok) return;
                    setMessage(`Versjon ${matrix.version} er godkjent og gjelder nå.`);
                    chosen.reload();
                    versions.reload();
                  })
                }
              >
                Godkjenn versjon {matrix.version}
              </Button>
            </div>
          )}
          {matrix.findings.length > 0 ? (
            <Alert data-color="warning">
              <Heading level={3} data-size="xs">
                {matrix.findings.length === 1 ? '1 oppgave har uklart ansvar' : `${matrix.findings.length} oppgaver har uklart ansvar`}
              </Heading>
              <ul>
                {matrix.findings.map((f) => (
                  <li key={f.task + f.kind}>{f.detail}</li>
                ))}
              </ul>
            </Alert>
          ) : (
            <Paragraph>Alle oppgavene har én ansvarlig.</Paragraph>
          )}
          <MatrixTable matrix={matrix} />
        </section>
      )}
      <section aria-labelledby="versions-heading" className="section">
        <Heading level={2} data-size="sm" id="versions-heading">
          Versjoner
        </Heading>
        <ul className="plain-list tight">
          {(versions.data?.items ?? []).map((v) => (
            <li key={v.id}>
              <Link asChild>
                <RouterLink to={`/ansvarsmatrise/${v.id}`} aria-current={v.id === matrix?.id ? 'page' : undefined}>
                  Versjon {v.version}: {v.title}
                </RouterLink>
              </Link>{' '}
              – {statusLabels[v.status].text}
              {v.findingCount > 0 ? `, ${v.findingCount} funn` : ''}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function MatrixTable({ matrix }: { matrix: Matrix }) {
  const flagged = new Set(matrix.findings.map((f) => f.task));
  return (
    <ScrollRegion label="Ansvarsmatrisen: oppgaver og enheter">
      <Table data-size="sm" className="matrix-table">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Oppgave</Table.HeaderCell>
            {matrix.parties.map((p) => (
              <Table.HeaderCell key={`${p.party}:${p.id}`}>{p.name}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {matrix.tasks.map((t) => (
            <Table.Row key={t.id}>
              <Table.HeaderCell scope="row">
                {t.name}
                {flagged.has(t.name) && (
                  <>
                    {' '}
                    <Tag data-color="warning" data-size="sm">
                      Uklart ansvar
                    </Tag>
                  </>
                )}
              </Table.HeaderCell>
              {matrix.parties.map((p) => {
                const a = t.assignments.find((x) => x.party === p.party && x.id === p.id);
                return (
                  <Table.Cell key={`${p.party}:${p.id}`}>
                    {a ? a.level === 'responsible' ? <strong>{a.levelLabel}</strong> : a.levelLabel : <span className="muted">–</span>}
                  </Table.Cell>
                );
              })}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}
