// The person's housing: current situation and history, temporary stays with the 2- and 3-month marks
// (R35-00), applications and waiting list, eviction risk and evictions, booppfølging with visits.
// The housing office (housing.write) registers each of these here; the forms are in the *Forms files.
import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { useApi } from '../../platform/use-api.js';
import { useSectionForms } from '../../platform/use-section-forms.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { formatDate } from '../../platform/format.js';
import { DataTable } from '../../platform/DataTable.js';
import { SectionHead } from '../../platform/SectionHead.js';
import { ChecksList } from './ChecksList.js';
import { applicationKindText, applicationStatusText, evictionKindText, levelColor, levelText } from './labels.js';
import { EndStayForm, ExceptionForm, StatusForm, StayForm } from './StayForms.js';
import { ApplicationForm, ApplicationUpdateForm } from './ApplicationForms.js';
import { EvictionForm, ResolveEvictionForm } from './EvictionForms.js';
import { EndPlanForm, PlanForm, VisitForm } from './FollowUpForms.js';
import type { FormProps, HousingView, StayView } from './types.js';

export type { StayView } from './types.js';

export function StayTag({ stay }: { stay: Pick<StayView, 'level'> }) {
  return <Tag data-color={levelColor[stay.level]}>{levelText[stay.level]}</Tag>;
}

type FormKind = 'status' | 'stay' | 'end-stay' | 'exception' | 'application' | 'application-update' | 'eviction' | 'resolve' | 'plan' | 'visit' | 'end-plan';
interface OpenForm {
  kind: FormKind;
  id?: string;
}

export function HousingSection({ personId }: { personId: string }) {
  const user = useUser();
  const canWrite = may(user, 'housing.write');
  const housing = useApi<HousingView>(`/api/persons/${personId}/housing`);
  const forms = useSectionForms<OpenForm>(housing.reload);
  const open = forms.form;
  const h = housing.data;

  const isOpen = (kind: FormKind, id?: string) => open?.kind === kind && open.id === id;
  const opener = (kind: FormKind, label: string, id?: string) =>
    canWrite && !isOpen(kind, id) ? (
      <Button
        variant="secondary"
        data-size="sm"
        onClick={() => forms.open({ kind, id })}
      >
        {label}
      </Button>
    ) : undefined;
  const formProps: FormProps = { onCancel: forms.close, onSaved: forms.saved };
  const openStay = h?.stays.find((s) => !s.endDate);
  const stay = h?.stays.find((s) => s.id === open?.id);
  const application = h?.applications.find((a) => a.id === open?.id);
  const eviction = h?.evictions.find((e) => e.id === open?.id);
  const plan = h?.plans.find((p) => p.id === open?.id);

  return (
    <section aria-labelledby="housing-heading" className="section">
      <SectionHead id="housing-heading" title="Bolig">
        {opener('status', 'Registrer endret boligsituasjon')}
      </SectionHead>
      <SuccessMessage>{forms.message}</SuccessMessage>
      {housing.loading && !h && <Loading label="Henter bolig …" />}
      <ProblemAlert error={housing.error} />
      {isOpen('status') && <StatusForm personId={personId} {...formProps} />}
      {h && (
        <>
          <Paragraph>
            Boligsituasjon nå: <strong>{h.current ? `${h.current.label} (fra ${formatDate(h.current.fromDate)})` : 'Ikke registrert'}</strong>
          </Paragraph>
          <SectionHead level={3} id="housing-stays-heading" title="Midlertidig botilbud">
            {!openStay && opener('stay', 'Registrer midlertidig botilbud')}
          </SectionHead>
          {isOpen('stay') && <StayForm personId={personId} {...formProps} />}
          <DataTable label="Tabell: opphold i midlertidig botilbud" columns={['Sted', 'Periode', 'Dager', 'Status', canWrite && 'Handling']} empty="Ingen opphold i midlertidig botilbud." rowCount={h.stays.length}>
            {h.stays.map((s) => (
              <Table.Row key={s.id} data-stay={s.id}>
                <Table.Cell>
                  {s.place}
                  {s.permanentPlan && <div className="muted">Plan for varig bolig: {s.permanentPlan}</div>}
                  {s.exceptionReason && <div className="muted">Unntaksgrunn: {s.exceptionReason} ({s.exceptionByName})</div>}
                </Table.Cell>
                <Table.Cell>
                  {formatDate(s.startDate)} – {s.endDate ? formatDate(s.endDate) : 'pågår'}
                  {!s.endDate && <div className="muted">3 måneder nås {formatDate(s.findingOn)}</div>}
                </Table.Cell>
                <Table.Cell>{s.days}</Table.Cell>
                <Table.Cell>
                  <StayTag stay={s} />
                </Table.Cell>
                {canWrite && (
                  <Table.Cell>
                    {!s.endDate && (
                      <div className="button-row">
                        {(s.level === 'warning' || s.level === 'finding') && opener('exception', 'Registrer unntaksgrunn', s.id)}
                        {opener('end-stay', 'Avslutt oppholdet', s.id)}
                      </div>
                    )}
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </DataTable>
          {stay && isOpen('exception', stay.id) && <ExceptionForm stay={stay} {...formProps} />}
          {stay && isOpen('end-stay', stay.id) && <EndStayForm stay={stay} {...formProps} />}

          <SectionHead level={3} id="housing-applications-heading" title="Søknader og venteliste">
            {opener('application', 'Registrer boligsøknad')}
          </SectionHead>
          {isOpen('application') && <ApplicationForm personId={personId} {...formProps} />}
          {h.applications.length === 0 ? (
            <Paragraph>Ingen boligsøknader.</Paragraph>
          ) : (
            <ul className="plain-list" aria-labelledby="housing-applications-heading">
              {h.applications.map((a) => (
                <li key={a.id} data-application={a.id}>
                  {applicationKindText[a.kind]}, søkt {formatDate(a.appliedOn)}: {applicationStatusText[a.status]}
                  {a.waitingPosition !== null && ` (plass ${a.waitingPosition} på ventelisten)`}
                  {a.decidedOn && `, avgjort ${formatDate(a.decidedOn)}`}
                  {a.reason && ` – ${a.reason}`} {a.status === 'waiting' && opener('application-update', 'Oppdater søknaden', a.id)}
                </li>
              ))}
            </ul>
          )}
          {application && isOpen('application-update', application.id) && <ApplicationUpdateForm application={application} {...formProps} />}

          <SectionHead level={3} id="housing-evictions-heading" title="Utkastelser og risiko for utkastelse">
            {opener('eviction', 'Registrer risiko eller utkastelse')}
          </SectionHead>
          {isOpen('eviction') && <EvictionForm personId={personId} {...formProps} />}
          {h.evictions.length === 0 ? (
            <Paragraph>Ingen registrert.</Paragraph>
          ) : (
            <ul className="plain-list" aria-labelledby="housing-evictions-heading">
              {h.evictions.map((e) => (
                <li key={e.id} data-eviction={e.id}>
                  {evictionKindText[e.kind]} {formatDate(e.occurredOn)}: {e.cause}
                  {e.resolvedOn && ` (avsluttet ${formatDate(e.resolvedOn)})`}
                  {e.kind === 'risk' && !e.resolvedOn && <> {opener('resolve', 'Avslutt risikoen', e.id)}</>}
                </li>
              ))}
            </ul>
          )}
          {eviction && isOpen('resolve', eviction.id) && <ResolveEvictionForm eviction={eviction} {...formProps} />}

          <SectionHead level={3} id="housing-plans-heading" title="Booppfølging">
            {opener('plan', 'Ny plan for booppfølging')}
          </SectionHead>
          {isOpen('plan') && <PlanForm personId={personId} {...formProps} />}
          {h.plans.length === 0 ? (
            <Paragraph>Ingen plan for booppfølging.</Paragraph>
          ) : (
            <ul className="plain-list" aria-labelledby="housing-plans-heading">
              {h.plans.map((p) => (
                <li key={p.id} data-plan={p.id}>
                  <strong>{p.unitName}</strong> fra {formatDate(p.startDate)}
                  {p.endDate && ` til ${formatDate(p.endDate)}`}: {p.goals}
                  <div>
                    Hjemmebesøk hver {p.visitIntervalDays}. dag.{' '}
                    {!p.endDate && (
                      <>
                        Neste besøk innen {formatDate(p.nextVisitDue)} {p.visitOverdue && <Tag data-color="danger">Forfalt</Tag>}
                      </>
                    )}
                  </div>
                  {p.visits.length === 0 ? (
                    <div className="muted">Ingen besøk registrert.</div>
                  ) : (
                    <ul className="plain-list tight" aria-label={`Hjemmebesøk i planen fra ${formatDate(p.startDate)}`}>
                      {p.visits.map((v) => (
                        <li key={v.id}>
                          {formatDate(v.visitedOn)} ({v.visitedByName}): {v.note}
                        </li>
                      ))}
                    </ul>
                  )}
                  {!p.endDate && (
                    <div className="button-row">
                      {opener('visit', 'Registrer hjemmebesøk', p.id)}
                      {opener('end-plan', 'Avslutt planen', p.id)}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
          {plan && isOpen('visit', plan.id) && <VisitForm plan={plan} {...formProps} />}
          {plan && isOpen('end-plan', plan.id) && <EndPlanForm plan={plan} {...formProps} />}

          <Heading level={3} data-size="xs">
            Historikk
          </Heading>
          <ul className="plain-list">
            {h.history.map((x) => (
              <li key={x.id}>
                {formatDate(x.fromDate)}: {x.label}
                {x.note && ` – ${x.note}`} <span className="muted">({x.recordedByName})</span>
              </li>
            ))}
          </ul>
          <ChecksList checks={h.checks} headingId="housing-checks-heading" />
        </>
      )}
    </section>
  );
}
