// The scan over this repository's server and web code; the register itself is where citations are written.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { scanCitations } from './usage.js';

export const repoRoot = join(fileURLToPath(new URL('.', import.meta.url)), '../../../..');

export const scanRepository = () => scanCitations(repoRoot, ['server/src', 'web/src'], (file) => file.startsWith('server/src/platform/law/'));
