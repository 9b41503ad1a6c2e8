// `npm run docs:legal`: writes docs/legal-sources.md from the register and the code's citations.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderLegalSourcesDoc } from './docs.js';
import { legalSources } from './register.js';
import { repoRoot, scanRepository } from './repository-scan.js';

writeFileSync(join(repoRoot, 'docs/legal-sources.md'), renderLegalSourcesDoc(legalSources, scanRepository().uses));
