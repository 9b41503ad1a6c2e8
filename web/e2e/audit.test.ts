// Import the Asker 2025 records, draw a seeded sample, read the audit report, grant the auditor access
// and open a sampled case as the auditor — every page checked with axe-core.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeSummary, click, expectAccessible, jsErrors, startHarness, type Harness } from './browser.js';

const fixture = fileURLToPath(new URL('../../server/src/capabilities/records-exchange/fixtures/asker-2025-sample.json', import.meta.url));
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  console.log(`axe-core (audit):\n${axeSummary()}`);
  await h?.close();
});

describe('stikkprøve', () => {
  it('kvalitetsrådgiver importerer journaler, trekker et utvalg og leser revisjonsrapporten; revisor åpner en sak', async () => {
    const { page } = await h.newPage();
    await h.login(page, 'kristin.kvalitet');

    await click(page.getByRole('link', { name: 'Import og eksport' }));
    await page.getByRole('heading', { level: 1, name: 'Import og eksport' }).waitFor();
    await page.getByLabel('JSON-fil').setInputFiles({ name: 'feil.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'helhet-records', version: 1, persons: [{ ref: 'x', nationalId: '123', givenName: 'A', familyName: 'B', units: ['Månebasen'] }] })) });
    await click(page.getByRole('button', { name: 'Importer' }));
    await page.getByRole('table', { name: 'Feil i filen – ingenting er importert' }).waitFor();
    expect(await page.getByRole('row').filter({ hasText: 'persons.0.nationalId' }).textContent()).toContain('feil.json');
    await expectAccessible(page, 'import med feilrapport');
    await page.getByLabel('JSON-fil').setInputFiles(fixture);
    await click(page.getByRole('button', { name: 'Importer' }));
    await page.getByText('Importert fra «asker-2025-sample.json»: 9 personer.').waitFor();

    await click(page.getByRole('link', { name: 'Stikkprøver' }));
    await page.getByRole('heading', { level: 1, name: 'Stikkprøver' }).waitFor();
    await click(page.getByRole('button', { name: 'Ny stikkprøve' }));
    await page.getByLabel('Navn på utvalget').fill('Asker 2025');
    await page.getByLabel('Vedtak fra og med').fill('2024-01-01');
    await page.getByLabel('Vedtak til og med').fill('2025-06-30');
    await page.getByLabel('Frø (valgfritt)').fill('asker-2025');
    await expectAccessible(page, 'trekk stikkprøve');
    await click(page.getByRole('button', { name: 'Trekk utvalg' }));
    await page.waitForURL(/\/revisjon\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 2, name: 'Tabell A: Kartlegging, kartleggingsverktøy og møte' }).waitFor();
    const tableA = page.getByRole('region', { name: 'Tabell A' });
    expect(await tableA.getByRole('row').last().textContent()).toContain('Ja 5 / Delvis 3 / Nei 1');
    expect(await page.getByRole('region', { name: 'Tabell B' }).getByRole('row').last().textContent()).toContain('Ja 2 / Delvis 1 / Nei 6');
    expect(await page.getByRole('link', { name: 'Last ned PDF' }).getAttribute('href')).toMatch(/\/report\.pdf$/);
    expect(await page.getByRole('link', { name: 'Last ned CSV' }).getAttribute('href')).toMatch(/\/report\.csv$/);
    await page.getByRole('heading', { level: 2, name: 'Fotnoter' }).waitFor();
    await expectAccessible(page, 'revisjonsrapport');

    await page.getByLabel('Revisor', { exact: true }).selectOption({ label: 'Rune Revisor' });
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Tilgang til og med').fill(inAWeek);
    await click(page.getByRole('button', { name: 'Gi tilgang' }));
    await page.getByText(/Revisor har fått lesetilgang til sakene/).waitFor();
    expect(jsErrors(page)).toEqual([]);

    const auditor = await h.newPage();
    await h.login(auditor.page, 'rune.revisor');
    await click(auditor.page.getByRole('link', { name: 'Stikkprøver' }));
    await click(auditor.page.getByRole('link', { name: 'Asker 2025' }));
    await click(auditor.page.getByRole('link', { name: /^#1 / }));
    await auditor.page.getByRole('heading', { level: 1, name: /^Sak #1: / }).waitFor();
    await auditor.page.getByText(/Lesetilgang for revisjon til/).waitFor();
    await expectAccessible(auditor.page, 'revisors sak');
    expect(jsErrors(auditor.page)).toEqual([]);
  });
});
