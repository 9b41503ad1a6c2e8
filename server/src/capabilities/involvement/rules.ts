// Pure rules for user involvement at system level: answer scales, anonymous result tables with small
// groups suppressed, the user council's meeting count and follow-up of its input.
import { cite, upperFirst } from '../../platform/law/index.js';
export const involvementSources = {
  surveys: upperFirst(`${cite('kvalitetsforskriften', '§ 8', 'bokstav d')} (virksomheten vurderes på bakgrunn av erfaringer fra pasienter, brukere og pårørende); ${cite('hol', '§ 3-10')}; ${cite('asker-2026', 'pkt. 6.4.1 (R-004-75)')}`),
  anonymity: upperFirst(`${cite('popplyl', '§ 1')} og ${cite('gdpr', 'art. 5', 'nr. 1 bokstav c og e')} (dataminimering, lagringsbegrensning): anonyme svar lagres uten person, bruker, klokkeslett eller annen koblingsbar metadata; grupper med færre enn 5 svar vises ikke (SSBs og Helsedirektoratets praksis for prikking av små tall)`),
  council: upperFirst(`${cite('hol', '§ 3-10')} (brukermedvirkning på systemnivå); ${cite('asker-2026', 'pkt. 6.4.1')}: brukerrådet møtes minst seks ganger i året, og tilbakemeldingene dokumenteres og følges opp (R-004-74)`),
  peerWorkers: upperFirst(`${cite('veileder-psykisk-helse-rus', 'erfaringskompetanse')}: erfaringskompetanse i tjenesteutviklingen; ${cite('sarpsborg-2025', 'R-002-38')}; ${cite('asker-2026', 'pkt. 6.4.1')}`),
} as const;

export const scales = {
  'agree-5': ['Helt uenig', 'Litt uenig', 'Verken enig eller uenig', 'Litt enig', 'Helt enig'],
  'satisfied-5': ['Svært misfornøyd', 'Misfornøyd', 'Verken eller', 'Fornøyd', 'Svært fornøyd'],
  'smiley-3': ['Dårlig', 'Middels', 'Bra'],
  'yes-no': ['Nei', 'Ja'],
} as const satisfies Record<string, readonly string[]>;
export type Scale = keyof typeof scales;
export const scaleIds = Object.keys(scales) as Scale[];

/** Options of a scale: values 1…n with their labels. */
export function scaleOptions(scale: Scale): { value: number; label: string }[] {
  return scales[scale].map((label, i) => ({ value: i + 1, label }));
}

/** Fewer answers than this in a cell: the cell is not shown. */
export const minCellSize = 5;

export interface AnswerInput {
  questionId: string;
  value: number;
}

/** Problems with one answer set: unknown question, a question twice, a value outside the scale, nothing answered. */
export function answerProblems(questions: { id: string; scale: Scale }[], answers: AnswerInput[], base = 'body/answers'): { path: string; detail: string }[] {
  const problems: { path: string; detail: string }[] = [];
  const seen = new Set<string>();
  answers.forEach((a, i) => {
    const q = questions.find((x) => x.id === a.questionId);
    if (!q) problems.push({ path: `${base}/${i}/questionId`, detail: 'Spørsmålet hører ikke til denne undersøkelsen' });
    else if (a.value < 1 || a.value > scales[q.scale].length) problems.push({ path: `${base}/${i}/value`, detail: `Svaret må være mellom 1 og ${scales[q.scale].length}` });
    if (seen.has(a.questionId)) problems.push({ path: `${base}/${i}/questionId`, detail: 'Spørsmålet er besvart to ganger' });
    seen.add(a.questionId);
  });
  if (answers.length === 0) problems.push({ path: base, detail: 'Svar på minst ett spørsmål' });
  return problems;
}

export interface Cell<K> {
  key: K;
  values: number[];
}

export type ShownCell<K> =
  | { key: K; suppressed: false; n: number; mean: number; distribution: { value: number; label: string; count: number }[] }
  | { key: K; suppressed: true; n: null; mean: null; distribution: null; detail: string };

/**
 * Cells with fewer than `minCellSize` answers are suppressed. When exactly one cell of a split is
 * suppressed, the next smallest cell is suppressed too — otherwise its count could be worked out
 * from the total (secondary suppression).
 */
export function suppressCells<K>(scale: Scale, cells: Cell<K>[]): ShownCell<K>[] {
  const small = new Set(cells.filter((c) => c.values.length < minCellSize));
  if (small.size === 1 && cells.length > 1) {
    const next = cells.filter((c) => !small.has(c)).sort((a, b) => a.values.length - b.values.length)[0];
    if (next) small.add(next);
  }
  return cells.map((c) => {
    if (small.has(c)) return { key: c.key, suppressed: true, n: null, mean: null, distribution: null, detail: c.values.length < minCellSize ? `Færre enn ${minCellSize} svar — vises ikke` : 'Skjult for at en mindre gruppe ikke skal kunne regnes ut' };
    const n = c.values.length;
    return {
      key: c.key,
      suppressed: false,
      n,
      mean: Math.round((c.values.reduce((a, b) => a + b, 0) / n) * 100) / 100,
      distribution: scaleOptions(scale).map((o) => ({ ...o, count: c.values.filter((v) => v === o.value).length })),
    };
  });
}

/** The user council must meet at least this often per year (Asker 6.4.1). */
export const councilMeetingsPerYear = 6;
/** Input without a recorded follow-up this many days after the meeting is overdue. */
export const councilFollowUpDays = 90;

export function inputOverdue(input: { status: string }, meetingDay: number, today: number): boolean {
  return (input.status === 'received' || input.status === 'in-progress') && today - meetingDay > councilFollowUpDays;
}
