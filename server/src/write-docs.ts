// `npm run docs:legal`: writes the documents generated from the legal-source register —
// docs/legal-sources.md, and each check's entry (with its source) in docs/compliance-checks.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderLegalSourcesDoc } from './platform/law/docs.js';
import { legalSources } from './platform/law/register.js';
import { repoRoot, scanRepository } from './platform/law/repository-scan.js';
import { catalogue } from './capabilities/compliance/index.js';
import { withCheckEntries } from './capabilities/compliance/docs.js';

writeFileSync(join(repoRoot, 'docs/legal-sources.md'), renderLegalSourcesDoc(legalSources, scanRepository().uses));
const checksDoc = join(repoRoot, 'docs/compliance-checks.md');
writeFileSync(checksDoc, withCheckEntries(readFileSync(checksDoc, 'utf8'), catalogue));
