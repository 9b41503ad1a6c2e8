// Organisation administration: units, staff and partners.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeSummary, check, click, expectAccessible, jsErrors, startHarness, type Harness } from './browser.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  console.log(`axe-core (admin):\n${axeSummary()}`);
  await h?.close();
});

describe('administrasjon', () => {
  it('administrator oppretter en enhet under Psykisk helse og rus', async () => {
    const { page } = await h.newPage();
    await h.login(page, 'anne.admin');
    await page.waitForURL('**/organisasjon/enheter');
    await page.getByText('Tildelingskontoret').first().waitFor();
    await expectAccessible(page, 'enheter');

    await click(page.getByRole('button', { name: 'Opprett enhet' }));
    await page.getByText('Rett opp dette før du lagrer:').waitFor();
    await page.getByLabel('Navn').fill('Rusteamet nord');
    await page.getByLabel('Type').selectOption({ label: 'Team' });
    await page.getByLabel('Ligger under').selectOption({ label: 'Psykisk helse og rus' });
    await click(page.getByRole('button', { name: 'Opprett enhet' }));
    await page.getByText('Enheten Rusteamet nord er opprettet.').waitFor();
    const parent = page.getByRole('listitem').filter({ has: page.getByText('Psykisk helse og rus', { exact: true }) }).last();
    await parent.getByText('Rusteamet nord').waitFor();
    await expectAccessible(page, 'enheter etter oppretting');

    await page.getByLabel('Navn').fill('Rusteamet nord');
    await click(page.getByRole('button', { name: 'Opprett enhet' }));
    await page.getByText('Det finnes allerede en enhet som heter «Rusteamet nord».').first().waitFor();
  });

  it('administrator oppretter en ansatt som kan logge inn, og deaktiverer henne igjen', async () => {
    const { page } = await h.newPage();
    await h.login(page, 'anne.admin');
    await click(page.getByRole('navigation', { name: 'Organisasjon' }).getByRole('link', { name: 'Ansatte' }));
    await page.getByRole('row').filter({ hasText: 'Kari Saksbehandler' }).waitFor();
    await expectAccessible(page, 'ansatte');

    await page.getByLabel('Brukernavn').fill('ny.saksbehandler');
    await page.getByLabel('Navn', { exact: true }).fill('Nina Ny');
    await page.getByLabel('Startpassord').fill('kort');
    await click(page.getByRole('button', { name: 'Opprett ansatt' }));
    await page.getByText('Rett opp dette før du lagrer:').waitFor();
    await page.getByText('Velg minst én rolle').first().waitFor();
    await expectAccessible(page, 'ansatte med skjemafeil');

    await page.getByLabel('Startpassord').fill('et-langt-startpassord');
    await check(page.getByRole('checkbox', { name: 'Saksbehandler', exact: true }));
    await check(page.getByRole('group', { name: 'Enheter (valgfritt)' }).getByRole('checkbox', { name: 'Tildelingskontoret' }));
    await click(page.getByRole('button', { name: 'Opprett ansatt' }));
    await page.getByText('Nina Ny er opprettet.').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Nina Ny' });
    expect(await row.textContent()).toContain('Tildelingskontoret');
    expect(await row.textContent()).toContain('Aktiv');

    const other = await h.newPage();
    await other.page.goto('/logg-inn');
    await other.page.getByLabel('Brukernavn').fill('ny.saksbehandler');
    await other.page.getByLabel('Passord').fill('et-langt-startpassord');
    await click(other.page.getByRole('button', { name: 'Logg inn' }));
    await other.page.getByRole('heading', { level: 1, name: 'Arbeidsliste' }).waitFor();

    await click(row.getByRole('button', { name: 'Administrer Nina Ny' }));
    await page.getByRole('heading', { name: 'Administrer Nina Ny' }).waitFor();
    await expectAccessible(page, 'administrer ansatt');
    await click(page.getByRole('button', { name: 'Deaktiver', exact: true }));
    await page.getByText('Nina Ny er deaktivert.').waitFor();
    await check(page.getByLabel('Vis også deaktiverte'));
    await page.getByRole('row').filter({ hasText: 'Nina Ny' }).getByText('Deaktivert').waitFor();
    expect(jsErrors(page)).toEqual([]);
  });

  it('administrator registrerer en samarbeidspartner; andre ansatte ser listene uten skjemaer', async () => {
    const { page } = await h.newPage();
    await h.login(page, 'anne.admin');
    await page.goto('/organisasjon/samarbeidspartnere');
    await page.getByLabel('Navn').fill('Fjordvik kommunale akutte døgnenhet');
    await page.getByLabel('Type').selectOption({ label: 'Annen' });
    await page.getByLabel('Telefon (valgfritt)').fill('33000500');
    await click(page.getByRole('button', { name: 'Registrer' }));
    await page.getByText('Fjordvik kommunale akutte døgnenhet er registrert.').waitFor();
    await page.getByRole('row').filter({ hasText: '33000500' }).waitFor();
    await expectAccessible(page, 'samarbeidspartnere');

    const kari = await h.newPage();
    await h.login(kari.page, 'kari.saksbehandler');
    await kari.page.goto('/organisasjon/enheter');
    await kari.page.getByText('Tildelingskontoret').first().waitFor();
    expect(await kari.page.getByRole('button', { name: 'Opprett enhet' }).count()).toBe(0);
    expect(await kari.page.getByRole('button', { name: /Deaktiver/ }).count()).toBe(0);
  });

  it('administrator setter kommunens målform; saksbehandleren setter en persons målform', async () => {
    const { page } = await h.newPage();
    await h.login(page, 'anne.admin');
    await page.goto('/organisasjon/kommunen');
    await page.getByText(/skriver brev og innbyggersider på bokmål/).waitFor();
    await expectAccessible(page, 'kommunen');
    await check(page.getByRole('radio', { name: 'Nynorsk' }));
    await click(page.getByRole('button', { name: 'Lagre målform' }));
    await page.getByText('Brev og innbyggersider skrives nå på nynorsk for alle som ikke har valgt selv.').waitFor();
    await page.getByText(/skriver brev og innbyggersider på nynorsk/).waitFor();

    // Others read the setting without the form.
    const kari = await h.newPage();
    await h.login(kari.page, 'kari.saksbehandler');
    await kari.page.goto('/organisasjon/kommunen');
    await kari.page.getByText(/skriver brev og innbyggersider på nynorsk/).waitFor();
    expect(await kari.page.getByRole('button', { name: 'Lagre målform' }).count()).toBe(0);

    // The person's own choice, on the person page.
    await kari.page.goto(`/personer/${h.server.seed.personIds[0]!}`);
    const card = kari.page.locator('.dl-row').filter({ hasText: 'Målform i brev' });
    expect(await card.locator('dd').textContent()).toBe('Som kommunen');
    await kari.page.getByLabel('Målform i brev og på personens egne sider').selectOption({ label: 'Bokmål' });
    await click(kari.page.getByRole('button', { name: 'Lagre målform' }));
    await kari.page.getByText('Målform i brev: bokmål.').waitFor();
    await kari.page.waitForFunction(() => [...document.querySelectorAll('.dl-row')].some((row) => row.textContent === 'Målform i brevBokmål'));
    await expectAccessible(kari.page, 'personside med målform');
    expect(jsErrors(kari.page)).toEqual([]);

    await check(page.getByRole('radio', { name: 'Bokmål' }));
    await click(page.getByRole('button', { name: 'Lagre målform' }));
    await page.getByText(/skriver brev og innbyggersider på bokmål/).waitFor();
  });
});
