// Login, the app shell and keyboard-only use, in a real browser against the real server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeSummary, click, expectAccessible, jsErrors, startHarness, type Harness } from './browser.js';
import type { Page } from 'playwright-core';
import { webTestPassword } from '../../server/src/test/web-server.js';

let h: Harness;

/** The main menu as { group label: link texts }, read from the labelled lists in the navigation. */
async function menuGroups(page: Page): Promise<Record<string, string[]>> {
  const lists = page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('list');
  const groups: Record<string, string[]> = {};
  for (const list of await lists.all()) {
    const label = await list.evaluate((el) => document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent ?? '');
    groups[label] = await list.getByRole('link').allTextContents();
  }
  return groups;
}

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  console.log(`axe-core (login):\n${axeSummary()}`);
  await h?.close();
});

describe('innlogging', () => {
  it('sender uinnloggede til innlogging og viser norsk feilmelding ved feil passord', async () => {
    const { page } = await h.newPage();
    await page.goto('/personer');
    await page.waitForURL('**/logg-inn');
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
    await page.getByRole('heading', { level: 1, name: 'Logg inn i Helhet' }).waitFor();
    await expectAccessible(page, 'innlogging');

    await click(page.getByRole('button', { name: 'Logg inn' }));
    await page.getByText('Skriv brukernavnet ditt.').waitFor();

    await page.getByLabel('Brukernavn').fill('kari.saksbehandler');
    await page.getByLabel('Passord').fill('feil-passord');
    await click(page.getByRole('button', { name: 'Logg inn' }));
    const alert = page.getByRole('alert');
    await alert.getByText('Feil brukernavn eller passord.').waitFor();
    expect(await alert.textContent()).not.toMatch(/Error|stack|at /);
    expect(page.url()).toContain('/logg-inn');
    await expectAccessible(page, 'innlogging med feilmelding');
  });

  it('riktig passord gir arbeidslisten, navn og roller i toppen, og rollestyrt meny', async () => {
    const { page } = await h.newPage();
    await h.login(page, 'kari.saksbehandler');
    await page.waitForURL('**/arbeidsliste');
    await page.getByRole('heading', { level: 1, name: 'Arbeidsliste' }).waitFor();
    const banner = page.getByRole('banner');
    expect(await banner.textContent()).toContain('Kari Saksbehandler');
    await expect.poll(async () => banner.textContent()).toContain('Saksbehandler · Tildelingskontoret');
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    expect(await menuGroups(page)).toEqual({
      Oppfølging: ['Arbeidsliste', 'Personsøk', 'Registrer person'],
      Tjenester: ['Boligkontoret', 'Aktivitetstilbud'],
      'Kvalitet og internkontroll': ['Avvik', 'Rutiner', 'Ansvarsmatrise', 'Samarbeidsavtaler', 'Temaplaner', 'Brukermedvirkning'],
      Administrasjon: ['Organisasjon', 'Import og eksport'],
    });
    expect(await nav.getByRole('link').count()).toBe(13);
    expect(await nav.getByRole('button', { name: 'Meny' }).isVisible()).toBe(false); // folds only on a phone
    expect(await page.getByRole('main').count()).toBe(1);
    await expectAccessible(page, 'arbeidsliste');

    await click(page.getByRole('button', { name: 'Logg ut' }));
    await page.waitForURL('**/logg-inn');
    await page.getByText('Du er logget ut.').waitFor();
    expect(jsErrors(page)).toEqual([]);
  });

  it('på mobil ligger den lange menyen bak «Meny», og den lukkes når du har valgt en side', async () => {
    const { page } = await h.newPage({ phone: true });
    await h.login(page, 'kari.saksbehandler');
    await page.getByRole('heading', { level: 1, name: 'Arbeidsliste' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    const toggle = nav.getByRole('button', { name: 'Meny' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByRole('link', { name: 'Personsøk' }).isVisible()).toBe(false);
    await expectAccessible(page, 'meny lukket (mobil)');
    await click(toggle);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await expectAccessible(page, 'meny åpen (mobil)');
    await click(nav.getByRole('link', { name: 'Personsøk' }));
    await page.waitForURL('**/personer');
    await page.getByRole('heading', { level: 1, name: 'Personsøk' }).waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByRole('link', { name: 'Personsøk' }).isVisible()).toBe(false);
    expect(jsErrors(page)).toEqual([]);
  });

  it('en leder ser nødtilganger i menyen, men ikke registrering', async () => {
    const { page } = await h.newPage();
    await h.login(page, 'henrik.hjemmeleder');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).waitFor();
    expect(await menuGroups(page)).toEqual({
      Oppfølging: ['Arbeidsliste', 'Personsøk', 'Nødtilganger'],
      Tjenester: ['Aktivitetstilbud'],
      'Kvalitet og internkontroll': ['Etterlevelse', 'Egenvurdering', 'Avvik', 'Rutiner', 'Ansvarsmatrise', 'Samarbeidsavtaler', 'Temaplaner', 'Brukermedvirkning'],
      Administrasjon: ['Organisasjon'],
    });
  });

  it('innloggingen kan fullføres med bare Tab og Enter, og hopp-lenken er første stopp etterpå', async () => {
    const { page } = await h.newPage();
    await page.goto('/logg-inn');
    await page.getByRole('button', { name: 'Logg inn' }).waitFor();
    let focused = '';
    for (let i = 0; i < 8 && focused !== 'username'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('name') ?? '');
    }
    expect(focused).toBe('username');
    await page.keyboard.type('kari.saksbehandler');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('password');
    await page.keyboard.type(webTestPassword);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/arbeidsliste');
    await page.getByRole('heading', { level: 1, name: 'Arbeidsliste' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Arbeidsliste' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hopp til hovedinnholdet');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});
