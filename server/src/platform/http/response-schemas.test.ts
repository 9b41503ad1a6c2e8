import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { oneWayTransforms } from './response-schemas.js';

describe('response schemas', () => {
  it('finds a one-way transform, which cannot encode a reply', () => {
    const schema = z.object({ relatives: z.object({ closest: z.string().nullable().optional().transform((v) => v ?? null) }), at: z.date() });
    expect(oneWayTransforms(schema)).toEqual(['properties.relatives.properties.closest']);
  });

  it('accepts dates, defaults and plain objects', () => {
    expect(oneWayTransforms(z.object({ at: z.date(), closest: z.string().nullable().default(null), items: z.array(z.object({ id: z.uuid() })) }))).toEqual([]);
  });
});
