// Shapes of a standardised instrument definition and of a scoring result. Definitions are data: item
// wording, answer options with their published points, bands and the sources they come from.

export type Sex = 'male' | 'female';

/** 'nb' = Norwegian bokmål wording from a published Norwegian version; 'en' = the published English original. */
export type WordingLanguage = 'nb' | 'en';

export interface SourceRef {
  citation: string;
  url?: string;
  /** What was taken from this source, or caveats about it. */
  note?: string;
}

export interface AnswerOption {
  /** The value submitted for this option. Equal to the published item code. */
  value: number;
  label: string;
  /** Points towards the score, exactly as published. */
  points: number;
}

export interface InstrumentItem {
  /** Item number as printed on the form: '1', '2', … */
  id: string;
  text: string;
  /** Printed clarification belonging to the item (e.g. what one alcohol unit is). */
  hint?: string;
  options: readonly AnswerOption[];
  /** May be left unanswered without blocking the score. */
  optional?: boolean;
  /** Counts towards the score. Default true. */
  scored?: boolean;
}

/** A score band: applies from `min` (inclusive) up to the next band's `min`. Bands are listed in ascending order. */
export interface Band {
  id: string;
  /** Norwegian label shown to staff. */
  label: string;
  min: number;
}

export type BandSet = { bySex: false; bands: readonly Band[] } | { bySex: true; male: readonly Band[]; female: readonly Band[] };

export interface ScoringRule {
  /** 'sum' of points, or 'mean' of points over all scored items. */
  method: 'sum' | 'mean';
  /** Smallest and largest possible score (total for 'sum', mean for 'mean'). */
  range: { min: number; max: number };
  bands: BandSet;
  /** An item whose answer above `abovePoints` must prompt staff to ask about suicide risk. */
  suicideRiskItem?: { itemId: string; abovePoints: number };
  /** Where the cut-offs come from. */
  source: SourceRef;
  /** How the bands are applied, in Norwegian, when not self-evident. */
  note?: string;
}

export interface InstrumentDefinition<Id extends string = string> {
  id: Id;
  version: string;
  name: string;
  language: WordingLanguage;
  /** Where the item wording and answer options come from. */
  source: SourceRef;
  /** Printed instructions above the items, verbatim from the source, when the source has them. */
  instructions?: string;
  items: readonly InstrumentItem[];
  scoring: ScoringRule;
}

export type Answers = Readonly<Record<string, number>>;

export interface AnswerIssue {
  itemId: string;
  message: string;
}

export interface BandResult {
  id: string;
  label: string;
}

export interface ScoreFlags {
  /** PHQ-9 item 9 answered above 0: staff must ask about thoughts of suicide or self-harm. */
  suicideRiskPrompt?: boolean;
}

interface ResultBase {
  instrumentId: string;
  version: string;
  /** Raised from the answers given even when the instrument cannot be scored, so no warning is lost. */
  flags: ScoreFlags;
}

export interface ScoredResult extends ResultBase {
  status: 'scored';
  method: 'sum' | 'mean';
  /** Sum of points of the scored items. */
  total: number;
  /** Mean points per scored item, for mean-scored instruments (SCL-10). */
  mean?: number;
  /** The band; null when it depends on sex and sex is unknown and the sexes' bands differ. */
  band: BandResult | null;
  /** For sex-specific cut-offs when sex is not given: the band under each sex's cut-off. */
  bandsBySex?: { male: BandResult; female: BandResult };
  /** Norwegian explanation when `band` is null or partial. */
  bandNote?: string;
  source: { wording: SourceRef; scoring: SourceRef };
}

export interface CannotScoreResult extends ResultBase {
  status: 'cannot-score';
  reason: string;
  missingItems: string[];
}

export interface InvalidAnswersResult extends ResultBase {
  status: 'invalid';
  reason: string;
  issues: AnswerIssue[];
}

export type ScoreResult = ScoredResult | CannotScoreResult | InvalidAnswersResult;
