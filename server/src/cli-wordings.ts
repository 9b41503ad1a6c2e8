// Operator commands for licensed instrument wordings: install (checked against the instrument first),
// list and remove. Who ran the command is the operating-system account, as for every operator command.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Db } from './platform/db/database.js';
import { HelhetError } from './platform/errors.js';
import { installWording, listWordings, removeWording } from './capabilities/assessment/index.js';
import { withSystemContext } from './platform/db/tenant-context.js';
import { operatorName } from './platform/runtime/operator.js';

export const wordingCommands = ['install-instrument-wording', 'list-instrument-wordings', 'remove-instrument-wording'] as const;
export type WordingCommand = (typeof wordingCommands)[number];

export const wordingUsage = `  install-instrument-wording --instrument ID --language nb --file ordlyd.json --municipality NR
                                installer en lisensiert ordlyd av et instrument for kommunen (kontrolleres mot
                                instrumentets spørsmål, svarverdier og poeng; en feil avvises og ingenting lagres)
  list-instrument-wordings [--municipality NR] [--history]
                                vis installerte ordlyder (med --history også erstattede og fjernede)
  remove-instrument-wording --instrument ID --language nb --municipality NR
                                fjern kommunens ordlyd; skjemaet vises da i den innebygde ordlyden`;

interface Values {
  instrument?: string;
  language?: string;
  file?: string;
  municipality?: string;
  history?: boolean;
}

const operator = (): string => `${operatorName()} (CLI)`;
const day = (d: Date): string => d.toISOString().slice(0, 16).replace('T', ' ');

export async function runWordingCommand(command: WordingCommand, db: Db, values: Values): Promise<number> {
  try {
    switch (command) {
      case 'install-instrument-wording': {
        if (!values.instrument || !values.language || !values.file || !values.municipality) {
          console.error('install-instrument-wording trenger --instrument, --language, --file og --municipality (kommunenummer).');
          return 1;
        }
        let file: unknown;
        try {
          file = JSON.parse(readFileSync(values.file, 'utf8'));
        } catch (error) {
          console.error(`${basename(values.file)}: kan ikke lese filen som JSON (${(error as Error).message}).`);
          return 1;
        }
        const installed = await installWording(db, { municipalityNumber: values.municipality, instrumentId: values.instrument, language: values.language, file, installedBy: operator(), now: new Date() });
        console.log(`${values.instrument} på ${values.language} er installert for ${installed.municipality} (id ${installed.id})${installed.replaced ? `; erstatter ${installed.replaced}, som er beholdt i historikken` : ''}.`);
        return 0;
      }
      case 'remove-instrument-wording': {
        if (!values.instrument || !values.language || !values.municipality) {
          console.error('remove-instrument-wording trenger --instrument, --language og --municipality (kommunenummer).');
          return 1;
        }
        const removed = await removeWording(db, { municipalityNumber: values.municipality, instrumentId: values.instrument, language: values.language, removedBy: operator(), now: new Date() });
        console.log(`${values.instrument} på ${values.language} er fjernet for ${removed.municipality} (id ${removed.id}, beholdt i historikken). Skjemaet vises nå i den innebygde ordlyden.`);
        return 0;
      }
      case 'list-instrument-wordings': {
        const rows = await withSystemContext(db, 'operator', (tx) => listWordings(tx, { municipalityNumber: values.municipality, history: values.history }));
        if (rows.length === 0) console.log(values.history ? 'Ingen ordlyder er installert.' : 'Ingen ordlyder er installert (de innebygde brukes).');
        for (const r of rows) {
          const state = r.endedAt ? `${r.endReason === 'replaced' ? 'erstattet' : 'fjernet'} ${day(r.endedAt)} av ${r.endedBy}` : 'i bruk';
          console.log(`${r.municipalityNumber} ${r.municipality}: ${r.instrumentId} (versjon ${r.instrumentVersion}) på ${r.language}, ordlyd «${r.version}» – ${state}`);
          console.log(`  installert ${day(r.installedAt)} av ${r.installedBy}; id ${r.id}`);
          console.log(`  kilde: ${r.sourceCitation}${r.sourceUrl ? ` <${r.sourceUrl}>` : ''}`);
          console.log(`  lisens: ${r.licenceHolder} – ${r.licenceTerms}`);
        }
        return 0;
      }
    }
  } catch (error) {
    if (!(error instanceof HelhetError)) throw error;
    console.error(error.detailNo);
    for (const f of error.fields ?? []) console.error(`  ${f.detail}`);
    return 1;
  }
}
