// Finds a PostgreSQL program (pg_dump, pg_restore, initdb, …): on PATH, else in the newest
// /usr/lib/postgresql/<version>/bin (Debian and Ubuntu install the server programs there, off PATH).
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export function findPostgresBinary(name: string, path: string = process.env.PATH ?? ''): string | null {
  for (const folder of path.split(delimiter).filter(Boolean)) {
    const candidate = join(folder, name);
    if (existsSync(candidate)) return candidate;
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
  for (const version of versions) {
    const candidate = join(root, version, 'bin', name);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}
