// Login, the app shell and keyboard-only use, in a real browser against the real server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeSummary, expectAccessible, jsErrors, startHarness, type Harness } from './browser.js';
import { webTestPassword } from '../../server/src/test/web-server.js';

let h: Harness;

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

    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByText('Skriv brukernavnet ditt.').waitFor();

    await page.getByLabel('Brukernavn').fill('kari.saksbehandler');
    await page.getByLabel('Passord').fill('feil-passord');
    await page.getByRole('button', { name: 'Logg inn' }).click();
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
    expect(await banner.textContent()).toContain('Saksbehandler (tildelingskontor)');
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Arbeidsliste', 'Personsøk', 'Registrer person', 'Organisasjon']);
    expect(await page.getByRole('main').count()).toBe(1);
    await expectAccessible(page, 'arbeidsliste');

    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.waitForURL('**/logg-inn');
    await page.getByText('Du er logget ut.').waitFor();
    expect(jsErrors(page)).toEqual([]);
  });

  it('en leder ser nødtilganger i menyen, men ikke registrering', async () => {
    const { page } = await h.newPage();
    await h.login(page, 'henrik.hjemmeleder');
    const links = await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link').allTextContents();
    expect(links).toEqual(['Arbeidsliste', 'Personsøk', 'Nødtilganger', 'Organisasjon']);
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
