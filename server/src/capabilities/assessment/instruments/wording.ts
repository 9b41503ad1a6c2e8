// A licensed wording of an instrument: item texts, hints and option labels in another language, with its
// source and licence. It is checked against the instrument's structure and scoring before it is stored:
// the same items in the same order, the same option values and points, nothing added or missing, no empty
// text, no control characters. Points always come from the definition; the file's points are only checked.
import { z } from 'zod';
import type { InstrumentDefinition, SourceRef, WordingLanguage } from './types.js';

/** Languages a wording may be installed in. The user interface is in bokmål, so only 'nb' is used. */
export const installableLanguages = ['nb'] as const;
export type InstallableLanguage = (typeof installableLanguages)[number];

/** The language of the user interface: an instrument shown in any other language gets a notice. */
export const interfaceLanguage: WordingLanguage = 'nb';

export interface WordingLicence {
  /** Who holds the licence or permission (usually the municipality). */
  holder: string;
  /** The terms, or a reference to the licence agreement. */
  terms: string;
}

/** What is stored for an installed wording: texts only, keyed by item id and option value. */
export interface WordingContent {
  version: string;
  source: SourceRef;
  licence: WordingLicence;
  instructions?: string;
  items: { id: string; text: string; hint?: string; options: { value: number; label: string }[] }[];
}

/** Which wording an instrument is shown in, served with every definition. */
export interface WordingInfo {
  kind: 'built-in' | 'installed';
  language: WordingLanguage;
  source: SourceRef;
  /** Installed wordings: the stored row, its version, licence and when it was installed. */
  id?: string;
  version?: string;
  licence?: WordingLicence;
  installedAt?: string;
}

export type ServedInstrument = InstrumentDefinition & { wording: WordingInfo };

export interface WordingProblem {
  path: string;
  detail: string;
}

const problem = (path: string, detail: string): WordingProblem => ({ path, detail });

const str = (what: string) => z.string({ error: `${what} må være en tekst.` });

const optionSchema = z.strictObject(
  {
    value: z.number({ error: 'Verdien må være et tall.' }),
    points: z.number({ error: 'Poengene må være et tall.' }),
    label: str('Svaralternativets tekst'),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `Ukjente felt: ${issue.keys.join(', ')}.` : 'Et svaralternativ må være et objekt med value, points og label.') },
);

const itemSchema = z.strictObject(
  {
    id: str('Spørsmålsnummeret'),
    text: str('Spørsmålsteksten'),
    hint: str('Forklaringen').optional(),
    options: z.array(optionSchema, { error: 'options må være en liste med svaralternativer.' }),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `Ukjente felt: ${issue.keys.join(', ')}.` : 'Et spørsmål må være et objekt med id, text og options.') },
);

const strictObject = <T extends z.ZodRawShape>(shape: T, what: string) =>
  z.strictObject(shape, { error: (issue) => (issue.code === 'unrecognized_keys' ? `Ukjente felt: ${issue.keys.join(', ')}.` : `${what} må være et objekt.`) });

export const wordingFileSchema = strictObject(
  {
    version: str('Versjonen'),
    source: strictObject({ citation: str('Kildehenvisningen'), url: z.url({ protocol: /^https?$/, error: 'Lenken må være en gyldig http- eller https-adresse.' }).optional() }, 'source'),
    licence: strictObject({ holder: str('Lisensinnehaveren'), terms: str('Lisensvilkårene') }, 'licence'),
    instructions: str('Innledningen').optional(),
    items: z.array(itemSchema, { error: 'items må være en liste med spørsmål.' }),
  },
  'Filen',
);

export type WordingFile = z.infer<typeof wordingFileSchema>;

// C0 and C1 controls, zero-width and bidirectional formatting characters: none belongs in a printed question.
const controlCharacter = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;

function textProblem(path: string, where: string, value: string | undefined, max = 1000): WordingProblem | null {
  if (value === undefined) return null;
  if (value.trim() === '') return problem(path, `${where}: teksten er tom.`);
  const control = controlCharacter.exec(value);
  if (control) return problem(path, `${where}: teksten inneholder et kontrolltegn (U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}).`);
  if (value.length > max) return problem(path, `${where}: teksten er lengre enn ${max} tegn.`);
  return null;
}

const list = (values: readonly (string | number)[]): string => values.join(', ');

/**
 * Checks a wording file against an instrument definition. Returns the wording to store, or every problem,
 * each naming the item and option in Norwegian.
 */
export function checkWording(definition: InstrumentDefinition, input: unknown): { ok: true; wording: WordingContent } | { ok: false; problems: WordingProblem[] } {
  const parsed = wordingFileSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => problem(issue.path.join('.') || '(filen)', `${issue.path.join('.') || 'Filen'}: ${issue.message}`)) };
  }
  const file = parsed.data;
  const problems: WordingProblem[] = [];
  const push = (p: WordingProblem | null) => p && problems.push(p);

  push(textProblem('version', 'Versjonen', file.version, 100));
  push(textProblem('source.citation', 'Kildehenvisningen', file.source.citation));
  push(textProblem('licence.holder', 'Lisensinnehaveren', file.licence.holder, 200));
  push(textProblem('licence.terms', 'Lisensvilkårene', file.licence.terms));
  if (definition.instructions && file.instructions === undefined) {
    push(problem('instructions', `Innledningen mangler: ${definition.id} har en innledning over spørsmålene («instructions»).`));
  } else if (!definition.instructions && file.instructions !== undefined) {
    push(problem('instructions', `${definition.id} har ingen innledning over spørsmålene; fjern «instructions».`));
  } else {
    push(textProblem('instructions', 'Innledningen', file.instructions));
  }

  const expectedIds = definition.items.map((i) => i.id);
  const givenIds = file.items.map((i) => i.id);
  const beforeIds = problems.length;
  const seen = new Set<string>();
  for (const [index, id] of givenIds.entries()) {
    if (seen.has(id)) push(problem(`items.${index}.id`, `Spørsmål ${id} står mer enn én gang.`));
    seen.add(id);
  }
  for (const id of expectedIds) if (!givenIds.includes(id)) push(problem(`items`, `Spørsmål ${id} mangler. ${definition.id} har spørsmålene ${list(expectedIds)}.`));
  for (const [index, id] of givenIds.entries()) {
    if (!expectedIds.includes(id)) push(problem(`items.${index}.id`, `Spørsmål ${id} finnes ikke i ${definition.id}. ${definition.id} har spørsmålene ${list(expectedIds)}.`));
  }
  // Only when the file has exactly the instrument's items is their order worth naming.
  if (problems.length === beforeIds) {
    for (const [index, id] of givenIds.entries()) {
      if (id !== expectedIds[index]) {
        push(problem(`items.${index}.id`, `Spørsmål ${id} står som nr. ${index + 1}, men ${definition.id} har spørsmål ${expectedIds[index]} der. Spørsmålene må stå i samme rekkefølge som i instrumentet (${list(expectedIds)}).`));
      }
    }
  }

  for (const [index, item] of file.items.entries()) {
    const expected = definition.items.find((i) => i.id === item.id);
    if (!expected) continue;
    const at = `items.${index}`;
    push(textProblem(`${at}.text`, `Spørsmål ${item.id}`, item.text));
    push(textProblem(`${at}.hint`, `Spørsmål ${item.id}, forklaringen`, item.hint));
    const expectedValues = expected.options.map((o) => o.value);
    const givenValues = item.options.map((o) => o.value);
    const before = problems.length;
    for (const value of expectedValues) {
      if (!givenValues.includes(value)) push(problem(`${at}.options`, `Spørsmål ${item.id}: svaralternativet med verdi ${value} mangler. ${definition.id} har verdiene ${list(expectedValues)}.`));
    }
    for (const [optionIndex, value] of givenValues.entries()) {
      if (!expectedValues.includes(value)) {
        push(problem(`${at}.options.${optionIndex}.value`, `Spørsmål ${item.id}: svaralternativet med verdi ${value} finnes ikke i ${definition.id}. Gyldige verdier: ${list(expectedValues)}.`));
      } else if (givenValues.indexOf(value) !== optionIndex) {
        push(problem(`${at}.options.${optionIndex}.value`, `Spørsmål ${item.id}: svaralternativet med verdi ${value} står mer enn én gang.`));
      }
    }
    if (problems.length === before && givenValues.some((value, i) => value !== expectedValues[i])) {
      push(problem(`${at}.options`, `Spørsmål ${item.id}: svaralternativene står i rekkefølgen ${list(givenValues)}, men må stå som i ${definition.id} (${list(expectedValues)}).`));
    }
    for (const [optionIndex, option] of item.options.entries()) {
      const published = expected.options.find((o) => o.value === option.value);
      if (!published) continue;
      const where = `Spørsmål ${item.id}, svaralternativ ${optionIndex + 1} (verdi ${option.value})`;
      if (option.points !== published.points) {
        push(problem(`${at}.options.${optionIndex}.points`, `${where}: poengene er ${option.points} i filen, men ${published.points} i ${definition.id}. Poengene kan ikke endres.`));
      }
      push(textProblem(`${at}.options.${optionIndex}.label`, where, option.label, 300));
    }
  }
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    wording: {
      version: file.version.trim(),
      source: { citation: file.source.citation.trim(), ...(file.source.url ? { url: file.source.url } : {}) },
      licence: { holder: file.licence.holder.trim(), terms: file.licence.terms.trim() },
      ...(file.instructions !== undefined ? { instructions: file.instructions.trim() } : {}),
      items: file.items.map((i) => ({ id: i.id, text: i.text.trim(), ...(i.hint !== undefined ? { hint: i.hint.trim() } : {}), options: i.options.map((o) => ({ value: o.value, label: o.label.trim() })) })),
    },
  };
}

/** The definition as served: the built-in wording, or the installed one with the definition's values and points. */
export function withWording(definition: InstrumentDefinition, installed?: { id: string; language: WordingLanguage; installedAt: Date; content: WordingContent }): ServedInstrument {
  if (!installed) return { ...definition, wording: { kind: 'built-in', language: definition.language, source: definition.source } };
  const { content } = installed;
  const texts = new Map(content.items.map((i) => [i.id, i]));
  const { instructions: _builtInInstructions, ...rest } = definition;
  return {
    ...rest,
    language: installed.language,
    source: content.source,
    ...(content.instructions !== undefined ? { instructions: content.instructions } : {}),
    items: definition.items.map((item) => {
      const wording = texts.get(item.id)!;
      const labels = new Map(wording.options.map((o) => [o.value, o.label]));
      const { hint: _builtInHint, ...itemRest } = item;
      return { ...itemRest, text: wording.text, ...(wording.hint !== undefined ? { hint: wording.hint } : {}), options: item.options.map((o) => ({ ...o, label: labels.get(o.value)! })) };
    }),
    wording: { kind: 'installed', id: installed.id, language: installed.language, version: content.version, source: content.source, licence: content.licence, installedAt: installed.installedAt.toISOString() },
  };
}
