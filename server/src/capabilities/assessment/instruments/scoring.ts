// Validating and scoring answers to a standardised instrument. Pure: no I/O, no clock.
//
// Rules:
// - Every non-optional item must be answered; otherwise the result is 'cannot-score' and no number is
//   given (the instruments are not validated for prorating missing answers).
// - Unknown item ids and values that are not one of the item's published options make the answers
//   'invalid'. `validateAnswers` reports these; missing answers are not a validation issue.
// - Sex-specific cut-offs (AUDIT-C, DUDIT) need `sex`. Without it the total is still given, with the band
//   under both sexes' cut-offs; `band` is set only when the two agree.
// - Warning flags (PHQ-9 item 9) are raised from whatever valid answers there are, also when the
//   instrument cannot be scored, so a warning is never hidden by an incomplete form.
import { getInstrument, type InstrumentId } from './registry.js';
import type {
  AnswerIssue,
  Answers,
  Band,
  BandResult,
  InstrumentDefinition,
  InstrumentItem,
  ScoredResult,
  ScoreFlags,
  ScoreResult,
  Sex,
} from './types.js';

const epsilon = 1e-9;

export type ValidationResult = { ok: true } | { ok: false; issues: AnswerIssue[] };

function itemRange(def: InstrumentDefinition): string {
  const ids = def.items.map((i) => i.id);
  return ids.length > 1 ? `${ids[0]}–${ids[ids.length - 1]}` : (ids[0] ?? '');
}

function listValues(item: InstrumentItem): string {
  const values = item.options.map((o) => String(o.value));
  return values.length > 1 ? `${values.slice(0, -1).join(', ')} eller ${values[values.length - 1]}` : (values[0] ?? '');
}

function optionFor(item: InstrumentItem, value: unknown) {
  return typeof value === 'number' ? item.options.find((o) => o.value === value) : undefined;
}

/** Checks that every answer is to a known item and is one of that item's options. Missing answers are allowed here. */
export function validateAnswers(id: InstrumentId, answers: Answers): ValidationResult {
  const def = getInstrument(id);
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    return { ok: false, issues: [{ itemId: '', message: 'Svarene må være et objekt med spørsmålsnummer som nøkler.' }] };
  }
  const issues: AnswerIssue[] = [];
  for (const [itemId, value] of Object.entries(answers)) {
    const item = def.items.find((i) => i.id === itemId);
    if (!item) {
      issues.push({ itemId, message: `${def.id} har ikke spørsmål «${itemId}». Gyldige spørsmål er ${itemRange(def)}.` });
    } else if (typeof value !== 'number' || !Number.isFinite(value)) {
      issues.push({ itemId, message: `Svaret på spørsmål ${itemId} må være et tall (${listValues(item)}).` });
    } else if (!optionFor(item, value)) {
      issues.push({ itemId, message: `Ugyldig svar ${value} på spørsmål ${itemId}. Tillatte verdier er ${listValues(item)}.` });
    }
  }
  return issues.length === 0 ? { ok: true } : { ok: false, issues };
}

/** The band a score falls in: the last band whose lower bound is at or below the score. */
export function bandFor(bands: readonly Band[], score: number): Band {
  let found: Band | undefined;
  for (const band of bands) if (score >= band.min - epsilon) found = band;
  if (!found) throw new RangeError(`Skåren ${score} er lavere enn laveste bånd.`);
  return found;
}

const asResult = (band: Band): BandResult => ({ id: band.id, label: band.label });

function flagsFor(def: InstrumentDefinition, answers: Answers): ScoreFlags {
  const rule = def.scoring.suicideRiskItem;
  if (!rule) return {};
  const item = def.items.find((i) => i.id === rule.itemId);
  const option = item && typeof answers === 'object' && answers !== null ? optionFor(item, answers[rule.itemId]) : undefined;
  return { suicideRiskPrompt: option !== undefined && option.points > rule.abovePoints };
}

export interface ScoringContext {
  sex?: Sex;
}

export function scoreInstrument(id: InstrumentId, answers: Answers, context: ScoringContext = {}): ScoreResult {
  const def = getInstrument(id);
  if (context.sex !== undefined && context.sex !== 'male' && context.sex !== 'female') {
    throw new RangeError(`Ugyldig kjønn «${String(context.sex)}»: bruk 'male' eller 'female'.`);
  }
  const base = { instrumentId: def.id, version: def.version, flags: flagsFor(def, answers) };

  const validation = validateAnswers(id, answers);
  if (!validation.ok) {
    const ids = validation.issues.map((i) => i.itemId).join(', ');
    return {
      ...base,
      status: 'invalid',
      reason: `Kan ikke beregne: ${validation.issues.length} ${validation.issues.length === 1 ? 'ugyldig' : 'ugyldige'} svar (${ids}).`,
      issues: validation.issues,
    };
  }

  const required = def.items.filter((i) => !i.optional);
  const missingItems = required.filter((i) => answers[i.id] === undefined).map((i) => i.id);
  if (missingItems.length > 0) {
    return {
      ...base,
      status: 'cannot-score',
      reason: `Kan ikke beregne: ${missingItems.length} av ${required.length} spørsmål mangler svar (${missingItems.join(', ')}).`,
      missingItems,
    };
  }

  const scored = def.items.filter((i) => i.scored !== false);
  const total = scored.reduce((sum, item) => sum + (optionFor(item, answers[item.id])?.points ?? 0), 0);
  const mean = def.scoring.method === 'mean' ? total / scored.length : undefined;
  const score = mean ?? total;

  const result: ScoredResult = {
    ...base,
    status: 'scored',
    method: def.scoring.method,
    total,
    ...(mean !== undefined ? { mean } : {}),
    band: null,
    source: { wording: def.source, scoring: def.scoring.source },
  };

  const bands = def.scoring.bands;
  if (!bands.bySex) {
    result.band = asResult(bandFor(bands.bands, score));
  } else if (context.sex) {
    result.band = asResult(bandFor(bands[context.sex], score));
  } else {
    const male = asResult(bandFor(bands.male, score));
    const female = asResult(bandFor(bands.female, score));
    result.bandsBySex = { male, female };
    if (male.id === female.id) {
      result.band = male;
    } else {
      result.bandNote =
        `Kjønn er ikke oppgitt, og ${def.id} har ulike grenseverdier for menn og kvinner. ` +
        `Tolkning for menn: ${male.label}. Tolkning for kvinner: ${female.label}.`;
    }
  }
  return result;
}
