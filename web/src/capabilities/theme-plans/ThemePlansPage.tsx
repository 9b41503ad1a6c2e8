// «Temaplaner»: plans → goals → strategies → measures per unit, with status and status reports.
// A unit a strategy concerns but that has no measure is a gap, shown in red. Unit leaders add
// measures and status reports for their unit; the quality adviser creates plans.
import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { Alert, Button, Card, Checkbox, Details, Fieldset, Heading, Link, Paragraph, Select, Field, Label, Tag, Textarea, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { api } from '../../platform/api.js';
import { useApi, useSubmit } from '../../platform/use-api.js';
import { Loading, ProblemAlert, SuccessMessage } from '../../platform/feedback.js';
import { FormProblem } from '../../platform/FormProblem.js';
import { useUser } from '../../platform/auth.js';
import { may } from '../../platform/policy.js';
import { formatDate, formatDateTime } from '../../platform/format.js';
import { useTitle } from '../../platform/use-title.js';
import type { Items, Unit } from '../../platform/api-types.js';

type Status = 'planned' | 'in-progress' | 'done' | 'stopped' | 'not-applicable';
const statusLabels: Record<Status, string> = { planned: 'Planlagt', 'in-progress': 'Pågår', done: 'Gjennomført', stopped: 'Stoppet', 'not-applicable': 'Ikke relevant for enheten' };
const statusColor: Record<Status, 'neutral' | 'info' | 'success' | 'warning'> = { planned: 'neutral', 'in-progress': 'info', done: 'success', stopped: 'warning', 'not-applicable': 'neutral' };

interface PlanSummary {
  id: string;
  title: string;
  adoptedBy: string | null;
  fromYear: number;
  toYear: number;
  strategyCount: number;
  measureCount: number;
  gapCount: number;
}
interface Measure {
  id: string;
  unit: { id: string; name: string };
  description: string;
  indicator: string | null;
  dueDate: string | null;
  status: Status;
  statusLabel: string;
  unreported: boolean;
  reports: { id: string; status: Status; text: string; reportedBy: string; reportedAt: string }[];
}
interface PlanView extends PlanSummary {
  goals: { id: string; text: string; strategies: { id: string; text: string; units: { id: string; name: string }[]; measures: Measure[] }[] }[];
  gaps: { strategyId: string; strategy: string; unitId: string; unit: string; detail: string }[];
  unreportedCount: number;
  sources: Record<string, string>;
}

export function ThemePlansPage() {
  useTitle('Temaplaner');
  const user = useUser();
  const list = useApi<Items<PlanSummary>>('/api/theme-plans');
  const items = list.data?.items ?? [];
  return (
    <>
      <Heading level={1} data-size="lg">
        Temaplaner
      </Heading>
      <Paragraph>Planer med mål og strategier. Hver enhet en strategi gjelder skal ha et tiltak (eller si hvorfor strategien ikke er relevant) og rapportere status.</Paragraph>
      <ProblemAlert error={list.error} />
      {list.loading && !list.data && <Loading label="Henter temaplaner …" />}
      {list.data && items.length === 0 && <Paragraph>Ingen temaplaner er registrert.</Paragraph>}
      {items.length > 0 && (
        <ul className="plain-list" aria-label="Temaplaner">
          {items.map((p) => (
            <li key={p.id}>
              <Card data-color="neutral">
                <div className="section-head">
                  <Heading level={2} data-size="xs">
                    <Link asChild>
                      <RouterLink to={`/temaplaner/${p.id}`}>{p.title}</RouterLink>
                    </Link>
                  </Heading>
                  {p.gapCount > 0 && <Tag data-color="danger">{p.gapCount === 1 ? '1 enhet mangler tiltak' : `${p.gapCount} enheter mangler tiltak`}</Tag>}
                </div>
                <Paragraph data-size="sm">
                  {p.fromYear}–{p.toYear}
                  {p.adoptedBy ? `, vedtatt av ${p.adoptedBy}` : ''}. {p.strategyCount} strategier, {p.measureCount} tiltak.
                </Paragraph>
              </Card>
            </li>
          ))}
        </ul>
      )}
      {may(user, 'theme-plan.write') && <CreatePlan onCreated={list.reload} />}
    </>
  );
}

export function ThemePlanPage() {
  const { planId } = useParams();
  const user = useUser();
  const [flash, setFlash] = useState<string | null>(null);
  const view = useApi<PlanView>(`/api/theme-plans/${planId}`);
  const plan = view.data;
  useTitle(plan ? plan.title : 'Temaplan');
  const canMeasure = may(user, 'theme-plan.measure');
  const mayUnit = (unitId: string) => canMeasure && (user.roles.includes('quality-adviser') || user.roles.includes('director') || user.unitIds.includes(unitId));
  const done = (message: string) => {
    setFlash(message);
    view.reload();
  };
  return (
    <>
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to="/temaplaner">Alle temaplaner</RouterLink>
        </Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {plan ? plan.title : 'Temaplan'}
      </Heading>
      <SuccessMessage>{flash}</SuccessMessage>
      <ProblemAlert error={view.error} />
      {view.loading && !plan && <Loading label="Henter planen …" />}
      {plan && (
        <>
          <Paragraph>
            {plan.fromYear}–{plan.toYear}
            {plan.adoptedBy ? `, vedtatt av ${plan.adoptedBy}` : ''}. {plan.measureCount} tiltak, {plan.unreportedCount} uten statusrapport på over ett år.
          </Paragraph>
          {plan.gaps.length > 0 ? (
            <Alert data-color="danger">
              <Heading level={2} data-size="xs">
                Enheter uten tiltak
              </Heading>
              <ul aria-label="Enheter uten tiltak">
                {plan.gaps.map((g) => (
                  <li key={`${g.strategyId}-${g.unitId}`}>
                    {g.unit} mangler tiltak for «{g.strategy}»
                  </li>
                ))}
              </ul>
            </Alert>
          ) : (
            <Paragraph role="status">Alle enheter har tiltak for strategiene som gjelder dem.</Paragraph>
          )}
          {plan.goals.map((goal, gi) => (
            <section key={goal.id} aria-labelledby={`goal-${goal.id}`}>
              <Heading level={2} data-size="sm" id={`goal-${goal.id}`}>
                Mål {gi + 1}: {goal.text}
              </Heading>
              {goal.strategies.map((s) => {
                const missing = s.units.filter((u) => !s.measures.some((m) => m.unit.id === u.id));
                return (
                  <Card key={s.id} data-color="neutral" className="stack-gap">
                    <Heading level={3} data-size="xs">
                      Strategi: {s.text}
                    </Heading>
                    <Paragraph data-size="sm" className="muted">
                      Gjelder {s.units.map((u) => u.name).join(', ')}
                    </Paragraph>
                    {s.measures.length > 0 && (
                      <ul className="plain-list" aria-label={`Tiltak for ${s.text}`}>
                        {s.measures.map((m) => (
                          <li key={m.id}>
                            <MeasureItem m={m} canReport={mayUnit(m.unit.id)} onReported={() => done('Statusrapporten er lagret.')} />
                          </li>
                        ))}
                      </ul>
                    )}
                    {missing.map((u) => (
                      <Paragraph key={u.id} data-size="sm">
                        <Tag data-color="danger">Mangler tiltak</Tag> {u.name}
                      </Paragraph>
                    ))}
                    {s.units.some((u) => mayUnit(u.id)) && <AddMeasure strategyId={s.id} units={s.units.filter((u) => mayUnit(u.id))} onAdded={() => done('Tiltaket er lagt til.')} />}
                  </Card>
                );
              })}
            </section>
          ))}
          <Paragraph data-size="xs" className="muted">
            Kilde: {Object.values(plan.sources).join(' ')}
          </Paragraph>
        </>
      )}
    </>
  );
}

function MeasureItem({ m, canReport, onReported }: { m: Measure; canReport: boolean; onReported(): void }) {
  const last = m.reports[0];
  return (
    <div className="measure">
      <Paragraph data-size="sm">
        <strong>{m.unit.name}:</strong> {m.description} <Tag data-color={statusColor[m.status]}>{m.statusLabel}</Tag> {m.unreported && <Tag data-color="warning">Ikke rapportert på over ett år</Tag>}
      </Paragraph>
      {(m.indicator || m.dueDate) && (
        <Paragraph data-size="sm" className="muted">
          {m.indicator ? `Indikator: ${m.indicator}. ` : ''}
          {m.dueDate ? `Frist ${formatDate(m.dueDate)}.` : ''}
        </Paragraph>
      )}
      {!last && (
        <Paragraph data-size="sm" className="muted">
          Ingen statusrapport ennå.
        </Paragraph>
      )}
      {last && (
        <Paragraph data-size="sm">
          Siste status ({formatDateTime(last.reportedAt)}, {last.reportedBy}): {last.text}
        </Paragraph>
      )}
      {canReport && <StatusReport measureId={m.id} current={m.status} onDone={onReported} />}
    </div>
  );
}

function StatusSelect({ id, value, onChange }: { id: string; value: Status; onChange(s: Status): void }) {
  return (
    <Field>
      <Label>Status</Label>
      <Select id={id} value={value} onChange={(e) => onChange(e.target.value as Status)}>
        {(Object.keys(statusLabels) as Status[]).map((s) => (
          <Select.Option key={s} value={s}>
            {statusLabels[s]}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

function StatusReport({ measureId, current, onDone }: { measureId: string; current: Status; onDone(): void }) {
  const [status, setStatus] = useState<Status>(current);
  const [text, setText] = useState('');
  const submit = useSubmit();
  const prefix = `report-${measureId}`;
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (await submit.run(() => api.post(`/api/theme-plan-measures/${measureId}/status-reports`, { status, text }))) {
      setText('');
      onDone();
    }
  }
  return (
    <Details>
      <Details.Summary>Rapporter status</Details.Summary>
      <Details.Content>
        <form onSubmit={(e) => void onSubmit(e)} noValidate className="form-stack">
          <FormProblem error={submit.error} labels={{ text: 'Statusrapport', status: 'Status' }} idPrefix={prefix} />
          <StatusSelect id={`${prefix}-status`} value={status} onChange={setStatus} />
          <Field>
            <Label>Statusrapport</Label>
            <Textarea id={`${prefix}-text`} value={text} onChange={(e) => setText(e.target.value)} rows={3} />
            {submit.fieldErrors.text && <ValidationMessage>{submit.fieldErrors.text}</ValidationMessage>}
          </Field>
          <div className="button-row">
            <Button type="submit" loading={submit.busy}>
              Lagre statusrapporten
            </Button>
          </div>
        </form>
      </Details.Content>
    </Details>
  );
}

function AddMeasure({ strategyId, units, onAdded }: { strategyId: string; units: { id: string; name: string }[]; onAdded(): void }) {
  const [unitId, setUnitId] = useState(units[0]?.id ?? '');
  const [description, setDescription] = useState('');
  const [indicator, setIndicator] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [status, setStatus] = useState<Status>('planned');
  const submit = useSubmit();
  const prefix = `measure-${strategyId}`;
  const errors = submit.fieldErrors;
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await submit.run(() => api.post(`/api/theme-plan-strategies/${strategyId}/measures`, { unitId, description, indicator: indicator || null, dueDate: dueDate || null, status }));
    if (result) {
      setDescription('');
      onAdded();
    }
  }
  return (
    <Details>
      <Details.Summary>Legg til tiltak</Details.Summary>
      <Details.Content>
        <form onSubmit={(e) => void onSubmit(e)} noValidate className="form-stack">
          <FormProblem error={submit.error} labels={{ unitId: 'Enhet', description: 'Tiltak', dueDate: 'Frist' }} idPrefix={prefix} />
          <Field>
            <Label>Enhet</Label>
            <Select id={`${prefix}-unitId`} value={unitId} onChange={(e) => setUnitId(e.target.value)}>
              {units.map((u) => (
                <Select.Option key={u.id} value={u.id}>
                  {u.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label>Tiltak</Label>
            <Field.Description>Hva enheten gjør, eller hvorfor strategien ikke er relevant for enheten.</Field.Description>
            <Textarea id={`${prefix}-description`} value={description} onChange={(e) => setDescription(e.target.value)} rows={3} />
            {errors.description && <ValidationMessage>{errors.description}</ValidationMessage>}
          </Field>
          <Textfield id={`${prefix}-indicator`} label="Indikator (valgfritt)" value={indicator} onChange={(e) => setIndicator(e.target.value)} />
          <Textfield id={`${prefix}-dueDate`} type="date" label="Frist (valgfritt)" value={dueDate} onChange={(e) => setDueDate(e.target.value)} error={errors.dueDate} />
          <StatusSelect id={`${prefix}-status`} value={status} onChange={setStatus} />
          <div className="button-row">
            <Button type="submit" loading={submit.busy}>
              Legg til tiltaket
            </Button>
          </div>
        </form>
      </Details.Content>
    </Details>
  );
}

interface DraftStrategy {
  text: string;
  unitIds: string[];
}

function CreatePlan({ onCreated }: { onCreated(): void }) {
  const units = useApi<Items<Unit>>('/api/units');
  const active = (units.data?.items ?? []).filter((u) => u.active);
  const year = new Date().getFullYear();
  const [title, setTitle] = useState('');
  const [adoptedBy, setAdoptedBy] = useState('');
  const [fromYear, setFromYear] = useState(String(year));
  const [toYear, setToYear] = useState(String(year + 3));
  const [goal, setGoal] = useState('');
  const [strategies, setStrategies] = useState<DraftStrategy[]>([{ text: '', unitIds: [] }]);
  const [flash, setFlash] = useState<string | null>(null);
  const submit = useSubmit();
  const errors = submit.fieldErrors;
  // Functional updates: two quick edits of one strategy must not overwrite each other.
  const updateStrategy = (i: number, change: (s: DraftStrategy) => DraftStrategy) => setStrategies((all) => all.map((x, j) => (j === i ? change(x) : x)));
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = { title, adoptedBy: adoptedBy || null, fromYear: Number(fromYear), toYear: Number(toYear), goals: [{ text: goal, strategies }] };
    if (await submit.run(() => api.post('/api/theme-plans', body))) {
      setFlash(`Temaplanen «${title}» er registrert.`);
      setTitle('');
      setGoal('');
      setStrategies([{ text: '', unitIds: [] }]);
      onCreated();
    }
  }
  return (
    <Details>
      <Details.Summary>Registrer temaplan</Details.Summary>
      <Details.Content>
        <SuccessMessage>{flash}</SuccessMessage>
        <form onSubmit={(e) => void onSubmit(e)} noValidate className="form-stack">
          <FormProblem error={submit.error} labels={{ title: 'Planens navn', fromYear: 'Fra år', toYear: 'Til år', goals: 'Mål og strategier' }} idPrefix="plan" />
          <Textfield id="plan-title" label="Planens navn" value={title} onChange={(e) => setTitle(e.target.value)} error={errors.title} autoComplete="off" />
          <Textfield id="plan-adoptedBy" label="Vedtatt av (valgfritt)" value={adoptedBy} onChange={(e) => setAdoptedBy(e.target.value)} />
          <Textfield id="plan-fromYear" type="number" inputMode="numeric" label="Fra år" value={fromYear} onChange={(e) => setFromYear(e.target.value)} error={errors.fromYear} />
          <Textfield id="plan-toYear" type="number" inputMode="numeric" label="Til år" value={toYear} onChange={(e) => setToYear(e.target.value)} error={errors.toYear} />
          <Textfield id="plan-goals" label="Mål" description="Planens hovedmål. Strategiene under hører til dette målet." value={goal} onChange={(e) => setGoal(e.target.value)} />
          {strategies.map((s, i) => (
            <Fieldset key={i}>
              <Fieldset.Legend>Strategi {i + 1}</Fieldset.Legend>
              <Textfield label={`Strategi ${i + 1}: tekst`} value={s.text} onChange={(e) => { const text = e.target.value; updateStrategy(i, (x) => ({ ...x, text })); }} />
              <Paragraph data-size="sm">Enheter strategien gjelder:</Paragraph>
              {active.map((u) => (
                <Checkbox key={u.id} label={u.name} value={u.id} checked={s.unitIds.includes(u.id)} onChange={(e) => { const on = e.target.checked; updateStrategy(i, (x) => ({ ...x, unitIds: on ? [...new Set([...x.unitIds, u.id])] : x.unitIds.filter((id) => id !== u.id) })); }} />
              ))}
            </Fieldset>
          ))}
          <div className="button-row">
            <Button type="button" variant="secondary" onClick={() => setStrategies((all) => [...all, { text: '', unitIds: [] }])}>
              Legg til strategi
            </Button>
            <Button type="submit" loading={submit.busy}>
              Registrer temaplanen
            </Button>
          </div>
        </form>
      </Details.Content>
    </Details>
  );
}
