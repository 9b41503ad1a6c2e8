// Whole-person follow-up in the browser: a temporary stay passes 2 and 3 months on the test clock
// (warning, then finding, on the person page and the housing office's overview), and an exception
// reason clears it; the somatic and NAV sections and NAV's caseload pass axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeSummary, click, expectAccessible, jsErrors, startHarness, type Harness } from './browser.js';

let h: Harness;
const start = new Date();
let clock = start;
const daysLater = (days: number) => new Date(start.getTime() + days * 86400_000);

beforeAll(async () => {
  h = await startHarness({ clock: () => clock });
});

afterAll(async () => {
  console.log(`axe-core (whole person):\n${axeSummary()}`);
  await h?.close();
});

async function housingPage(page: Page, personId: string) {
  await page.goto(`/personer/${personId}/bolig`);
  await page.getByRole('heading', { level: 2, name: 'Bolig' }).waitFor();
}

describe('helhetlig oppfølging: bolig, somatisk helse og NAV', () => {
  it('varsler etter 2 måneder, gir avvik etter 3, og unntaksgrunn fjerner avviket', async () => {
    const mohammed = h.server.seed.personIds[2]!;
    const { page } = await h.newPage();
    await h.login(page, 'bo.boligkonsulent');
    await housingPage(page, mohammed);
    await page.getByText('Ingen opphold i midlertidig botilbud.', { exact: true }).waitFor();
    await expectAccessible(page, 'bolig (tom)');
    await click(page.getByRole('button', { name: 'Registrer midlertidig botilbud' }));
    await page.getByLabel('Sted', { exact: true }).fill('Storgata 8, hybel 2');
    await page.getByLabel('Plan for varig bolig (valgfritt)').fill('Søknad om kommunal utleiebolig');
    await expectAccessible(page, 'registrer opphold');
    await click(page.getByRole('button', { name: 'Registrer opphold' }));
    await page.getByText('Oppholdet er registrert.').waitFor();
    await page.getByText('Under 2 måneder').waitFor();
    await expectAccessible(page, 'bolig med opphold');

    clock = daysLater(62);
    await h.login(page, 'bo.boligkonsulent');
    await click(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Boligkontoret' }));
    await page.getByRole('heading', { level: 1, name: 'Boligkontoret' }).waitFor();
    const row = page.locator('tr', { hasText: 'Mohammed Prøvesen' });
    await row.getByText('Varsel: over 2 måneder').waitFor();
    await row.getByRole('cell', { name: '62', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Tall per måned (hele kommunen)' }).waitFor();
    await expectAccessible(page, 'boligkontoret med varsel');

    clock = daysLater(93);
    await h.login(page, 'bo.boligkonsulent');
    await page.goto('/boligkontoret');
    await page.locator('tr', { hasText: 'Mohammed Prøvesen' }).getByText('Avvik: over 3 måneder').waitFor();
    await expectAccessible(page, 'boligkontoret med avvik');
    await click(page.getByRole('link', { name: 'Mohammed Prøvesen' }).first());
    await page.getByRole('heading', { level: 2, name: 'Bolig' }).waitFor();
    await page.getByText('Avvik: over 3 måneder').waitFor();
    const check = page.locator('[data-check="housing.temporary-stay-limit"]');
    await check.getByText('Ikke oppfylt', { exact: true }).waitFor();
    await click(page.getByRole('button', { name: 'Registrer unntaksgrunn' }));
    await click(page.getByRole('button', { name: 'Lagre unntaksgrunn' }));
    await page.getByText('Beskriv unntaksgrunnen (minst 10 tegn)').first().waitFor();
    await expectAccessible(page, 'unntaksgrunn med feil');
    await page.getByRole('textbox', { name: 'Unntaksgrunn' }).fill('Tildelt bolig med bemanning fra neste måned; venter på innflytting.');
    await click(page.getByRole('button', { name: 'Lagre unntaksgrunn' }));
    await page.getByText('Unntaksgrunnen er registrert.').waitFor();
    await page.getByText('Unntak registrert').waitFor();
    await check.getByText('Oppfylt', { exact: true }).waitFor();
    await expectAccessible(page, 'bolig med unntak');
    await page.goto('/boligkontoret');
    await page.locator('tr', { hasText: 'Mohammed Prøvesen' }).getByText('Unntak registrert').waitFor();
    expect(jsErrors(page)).toEqual([]);
  });

  it('viser somatisk helse og sender oppsummering til fastlegen', async () => {
    clock = daysLater(93);
    const ase = h.server.seed.personIds[1]!;
    const { page } = await h.newPage();
    await h.login(page, 'ola.tjenesteyter');
    await page.goto(`/personer/${ase}/somatisk-helse`);
    await page.getByRole('heading', { level: 2, name: 'Somatisk helse' }).waitFor();
    await page.getByRole('cell', { name: 'Legemiddelgjennomgang' }).waitFor();
    await expectAccessible(page, 'somatisk helse');
    await click(page.getByRole('button', { name: 'Registrer lavterskel helsekontakt' }));
    await page.getByLabel('Årsak til kontakten').fill('Sår på leggen');
    await page.getByLabel('Oppsummering til fastlegen').fill('Infisert sår på venstre legg, renset og bandasjert.');
    await expectAccessible(page, 'lavterskel helsekontakt');
    await click(page.getByRole('button', { name: 'Lagre og send til fastlegen' }));
    await page.getByText('Helsekontakten er registrert og oppsummeringen sendt til fastlegen.').waitFor();
    await page.getByText('Venter på kvittering').waitFor();
    await expectAccessible(page, 'somatisk helse med helsekontakt');
    expect(jsErrors(page)).toEqual([]);
  });

  it('viser NAV-delen og NAVs saksliste', async () => {
    clock = daysLater(93);
    const mohammed = h.server.seed.personIds[2]!;
    const { page } = await h.newPage();
    await h.login(page, 'nora.nav');
    await page.goto(`/personer/${mohammed}/nav`);
    await page.getByRole('heading', { level: 2, name: 'NAV' }).waitFor();
    await click(page.getByRole('button', { name: 'Bli fast kontaktperson' }));
    await page.getByText('Du er nå fast kontaktperson i NAV.').waitFor();
    await click(page.getByRole('button', { name: 'Ny forespørsel om råd og veiledning' }));
    await page.getByLabel('Hva personen ønsker råd og veiledning om').fill('Budsjett og husleie');
    await click(page.getByRole('button', { name: 'Registrer forespørsel' }));
    await page.getByText('Forespørselen er registrert.').waitFor();
    await expectAccessible(page, 'NAV på personsiden');
    await click(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'NAV-saksliste' }));
    await page.getByRole('heading', { level: 1, name: 'NAV – saksliste' }).waitFor();
    await page.locator('tr', { hasText: 'Mohammed Prøvesen' }).getByText('1 åpne').waitFor();
    await expectAccessible(page, 'NAV-saksliste');
    expect(jsErrors(page)).toEqual([]);
  });
});
