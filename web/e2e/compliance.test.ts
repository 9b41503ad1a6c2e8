// Etterlevelse: the leader's dashboard with drill-down (names only where there is a relation), the
// person page section, and findings on the allocation office's worklist.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFull } from '../../server/src/capabilities/compliance/index.js';
import { axeSummary, click, expectAccessible, jsErrors, startHarness, type Harness } from './browser.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ cases: true });
  await runFull(h.server.database.db, new Date());
});

afterAll(async () => {
  console.log(`axe-core (compliance):\n${axeSummary()}`);
  await h?.close();
});

describe('etterlevelse', () => {
  it('enhetslederen ser tall og prosent per kontroll, trenden og sakene bak et tall uten navn hun ikke har tjenstlig behov for', async () => {
    const { page } = await h.newPage();
    await h.login(page, 'lena.leder');
    await click(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Etterlevelse' }));
    await page.getByRole('heading', { level: 1, name: 'Etterlevelse' }).waitFor();
    await page.getByRole('table', { name: 'Resultat per kontroll' }).waitFor();
    await page.getByRole('table', { name: 'Andel oppfylte kontrollresultater per måned' }).waitFor();
    expect(await page.getByText(/av \d+ kontrollresultater er oppfylt/).textContent()).toContain('i hele kommunen');
    await expectAccessible(page, 'etterlevelse, hele kommunen');

    await page.getByLabel('Enhet').selectOption({ label: 'Tildelingskontoret' });
    await page.getByText(/for Tildelingskontoret\./).waitFor();
    const row = page.getByRole('row', { name: /Første kontakt skal skje innen fristen i kommunens rutine/ });
    await click(row.getByRole('link', { name: /ikke oppfylt: vis sakene/ }));
    await page.getByRole('heading', { level: 1, name: 'Saker bak tallet' }).waitFor();
    await page.getByText(/vises ikke med navn fordi du ikke har tjenstlig behov for dem/).waitFor();
    expect(await page.getByText('Jonas Dæhli').count()).toBe(0);
    await expectAccessible(page, 'etterlevelse, saker bak tallet');
    expect(jsErrors(page)).toEqual([]);
  });

  it('saksbehandleren ser hva som mangler for en person, hvorfor og hvilken lov, og manglene på enhetens arbeidsliste', async () => {
    const { page } = await h.newPage();
    await h.login(page, 'kari.saksbehandler');
    await click(page.locator('label', { hasText: 'Enhetens oppgaver' }));
    const findings = page.getByRole('region', { name: 'Tabell: mangler i etterlevelse' });
    await page.getByRole('heading', { name: 'Mangler enheten skal følge opp' }).waitFor();
    const jonas = findings.getByRole('row', { name: /Jonas Dæhli.*Første kontakt/ });
    await jonas.waitFor();
    await expectAccessible(page, 'arbeidsliste med mangler');

    await click(jonas.getByRole('link', { name: 'Jonas Dæhli' }));
    await page.getByRole('heading', { level: 2, name: 'Etterlevelse' }).waitFor();
    const item = page.getByRole('listitem').filter({ hasText: 'Første kontakt skal skje innen fristen i kommunens rutine' });
    expect(await item.textContent()).toMatch(/Ikke oppfylt.*har ikke fått første kontakt.*Kilde: Kommunens rutine/);
    await click(page.getByText(/Ikke aktuelt for personen \(\d+\)/));
    await expectAccessible(page, 'personside, etterlevelse');
    expect(jsErrors(page)).toEqual([]);
  });
});
