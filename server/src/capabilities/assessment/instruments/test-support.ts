// Helpers for the instrument tests: build complete answer sets that reach a given total.
import type { InstrumentDefinition } from './types.js';

/**
 * Answers to every scored item, reaching exactly `total` points: all items start at their lowest option,
 * then items are raised in order, each to the highest option that still fits.
 */
export function answersForTotal(def: InstrumentDefinition, total: number): Record<string, number> {
  const scored = def.items.filter((i) => i.scored !== false);
  const lowest = (points: number[]) => Math.min(...points);
  const answers: Record<string, number> = {};
  let remaining = total - scored.reduce((sum, i) => sum + lowest(i.options.map((o) => o.points)), 0);
  for (const item of scored) {
    const base = lowest(item.options.map((o) => o.points));
    const fitting = item.options.filter((o) => o.points - base <= remaining).sort((a, b) => b.points - a.points)[0]!;
    answers[item.id] = fitting.value;
    remaining -= fitting.points - base;
  }
  if (remaining !== 0) throw new Error(`${def.id}: cannot reach total ${total}`);
  return answers;
}

/** Answer every scored item with the option worth `points`. */
export function answerAll(def: InstrumentDefinition, points: number): Record<string, number> {
  return Object.fromEntries(
    def.items.filter((i) => i.scored !== false).map((i) => [i.id, i.options.find((o) => o.points === points)!.value]),
  );
}

export function without(answers: Record<string, number>, ...itemIds: string[]): Record<string, number> {
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !itemIds.includes(id)));
}

/**
 * A wording file that matches the definition, with synthetic test texts («Testordlyd …») — never a real
 * translation. Tests change one thing in it to see the check refuse.
 */
export function testWordingFile(def: InstrumentDefinition) {
  return {
    version: 'test-1',
    source: { citation: `Testordlyd for ${def.id}, bare til automatiske tester.`, url: 'https://example.org/testordlyd' },
    licence: { holder: 'Fjordvik kommune', terms: 'Testlisens TL-1 (ingen ekte lisens).' },
    ...(def.instructions ? { instructions: `Testordlyd: innledning til ${def.id}.` } : {}),
    items: def.items.map((item) => ({
      id: item.id,
      text: `Testordlyd: spørsmål ${item.id} i ${def.id}`,
      ...(item.hint ? { hint: `Testordlyd: forklaring til spørsmål ${item.id}` } : {}),
      options: item.options.map((o) => ({ value: o.value, points: o.points, label: `Testsvar ${o.value}` })),
    })),
  };
}
