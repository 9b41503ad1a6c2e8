// fast-check arbitraries from the JSON Schemas in the OpenAPI document (which Fastify derives from the
// routes' Zod schemas): values that follow the schema, and the same values with one part made hostile.
import fc from 'fast-check';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
}

/** Strings that have broken, or could break, a handler or the database below it. */
export const hostileStrings = [
  'a\u0000b',
  '\u0000',
  'linje\u0001\u001f',
  '\u007f',
  '\ud800',
  '9999-12-31',
  '0001-01-01',
  '2026-02-30',
  '10000-01-01',
  '9999-12-31T23:59:59Z',
  '0001-01-01T00:00:00Z',
  '2026-02-30T10:00:00Z',
  '2026-03-01T10:00:00',
  '12345',
  '',
  ' ',
  'x'.repeat(100_000),
  "'; drop table persons; --",
  '%00',
  '../../etc/passwd',
  '\u202e\u0645\u0631\u062d\u0628\u0627',
  '😀'.repeat(50),
];
export const hostileNumbers = [2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e308, -1, 0, 1.5, 32_768, 99_999_999_999];
const hostileValues: unknown[] = [...hostileStrings, ...hostileNumbers, null, true, [], {}, [null], { '\u0000': 1 }];

export interface ArbitraryContext {
  /** Ids that exist in the database, so path and body references reach the handlers. */
  ids: string[];
}

const dateArbitrary = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true });

function stringArbitrary(schema: JsonSchema, context: ArbitraryContext): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...context.ids) }, { weight: 1, arbitrary: fc.uuid() });
  if (schema.format === 'date') return dateArbitrary.map((d) => d.toISOString().slice(0, 10));
  if (schema.format === 'date-time') return dateArbitrary.map((d) => d.toISOString());
  if (schema.format === 'email') return fc.emailAddress().filter((e) => e.length <= (schema.maxLength ?? 200));
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= (schema.maxLength ?? 10_000) && s.length >= (schema.minLength ?? 0));
    } catch {
      // a pattern JavaScript cannot compile falls through to plain text
    }
  }
  const minLength = schema.minLength ?? 0;
  return fc.string({ minLength, maxLength: Math.max(minLength, Math.min(schema.maxLength ?? 40, 40)), unit: 'grapheme' });
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1000);
  const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1000);
  const low = Math.max(min, -(2 ** 31));
  const high = Math.min(max, 2 ** 31 - 1);
  return integer ? fc.integer({ min: Math.ceil(low), max: Math.floor(high) }) : fc.double({ min: low, max: high, noNaN: true, noDefaultInfinity: true });
}

/** Values that follow the schema (as far as a JSON Schema can say). */
export function valid(schema: JsonSchema | undefined, context: ArbitraryContext, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return fc.constant(null);
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const options = schema.anyOf ?? schema.oneOf;
  if (options?.length) return fc.oneof(...options.map((o) => valid(o, context, depth + 1)));
  if (schema.allOf?.length) return valid({ ...schema.allOf[0], ...schema, allOf: undefined }, context, depth + 1);
  const types = [schema.type ?? (schema.properties ? 'object' : 'string')].flat();
  if (types.length > 1) return fc.oneof(...types.map((type) => valid({ ...schema, type }, context, depth + 1)));
  switch (types[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'array':
      return fc.array(valid(schema.items, context, depth + 1), { minLength: schema.minItems ?? 0, maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 3, 3)) });
    case 'object': {
      const properties = schema.properties ?? {};
      const record = Object.fromEntries(Object.entries(properties).map(([key, inner]) => [key, valid(inner, context, depth + 1)]));
      return fc.record(record, { requiredKeys: (schema.required ?? []).filter((k) => k in properties) });
    }
    default:
      return stringArbitrary(schema, context);
  }
}

type Path = (string | number)[];

function leafPaths(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [path];
  const entries = Object.entries(value);
  return [path, ...entries.flatMap(([key, inner]) => leafPaths(inner, [...path, Array.isArray(value) ? Number(key) : key]))];
}

function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy: any = Array.isArray(value) ? [...value] : { ...(value as object) };
  copy[head as string] = replaceAt(copy[head as string], rest, replacement);
  return copy;
}

function removeAt(value: unknown, path: Path): unknown {
  if (path.length === 0) return undefined;
  if (path.length === 1) {
    if (Array.isArray(value)) return value.filter((_, i) => i !== path[0]);
    const { [path[0] as string]: _removed, ...rest } = value as Record<string, unknown>;
    return rest;
  }
  const [head, ...tail] = path;
  const copy: any = Array.isArray(value) ? [...value] : { ...(value as object) };
  copy[head as string] = removeAt(copy[head as string], tail);
  return copy;
}

/** A valid value with one hostile change: a leaf replaced, a key removed or added, or the whole value swapped. */
export function hostile(schema: JsonSchema | undefined, context: ArbitraryContext): fc.Arbitrary<unknown> {
  return valid(schema, context).chain((value) => {
    const paths = leafPaths(value);
    return fc.oneof(
      { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...paths), fc.constantFrom(...hostileValues)).map(([path, bad]) => replaceAt(value, path, bad)) },
      { weight: 1, arbitrary: fc.constantFrom(...paths).map((path) => removeAt(value, path)) },
      { weight: 1, arbitrary: fc.constantFrom(...hostileStrings).map((key) => (value && typeof value === 'object' && !Array.isArray(value) ? { ...value, [key || 'ukjent']: 1 } : value)) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>({}, [], null, 'tekst', 0) },
    );
  });
}
