import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPostgresBinary } from './postgres-binaries.js';

const folder = mkdtempSync(join(tmpdir(), 'helhet-bin-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('findPostgresBinary', () => {
  it('takes the program on PATH first', () => {
    writeFileSync(join(folder, 'pg_dump'), '#!/bin/sh\n');
    chmodSync(join(folder, 'pg_dump'), 0o755);
    expect(findPostgresBinary('pg_dump', `/nowhere:${folder}`)).toBe(join(folder, 'pg_dump'));
  });

  it.runIf(existsSync('/usr/lib/postgresql'))('falls back to the newest /usr/lib/postgresql/<version>/bin', () => {
    expect(findPostgresBinary('pg_restore', '/nowhere')).toMatch(/^\/usr\/lib\/postgresql\/[\d.]+\/bin\/pg_restore$/);
  });

  it('answers null when the program is nowhere', () => {
    expect(findPostgresBinary('pg_nothing', '/nowhere')).toBeNull();
  });
});
