// The app under its real Content-Security-Policy. The other browser tests bypass the CSP (axe-core is
// injected inline), so this one does not: the page logs in, opens a person and must report no CSP
// violation, with Designsystemet's styles applied.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webTestPassword } from '../../server/src/test/web-server.js';
import { startHarness, type Harness } from './browser.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

describe('innholdssikkerhet (CSP)', () => {
  it('appen virker under sin egen CSP: ingen brudd, Designsystemets stiler er lastet', async () => {
    const context = await h.browser.newContext({ baseURL: h.server.baseUrl, locale: 'nb-NO', bypassCSP: false, reducedMotion: 'reduce' });
    try {
      // Registered before any page script: the browser reports every blocked script, style or image here.
      await context.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      const page = await context.newPage();
      const consoleViolations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) consoleViolations.push(message.text());
      });
      const answer = await page.goto('/logg-inn');
      expect(answer?.headers()['content-security-policy']).toContain("object-src 'none'");
      await page.getByLabel('Brukernavn').fill('kari.saksbehandler');
      await page.getByLabel('Passord').fill(webTestPassword);
      await page.getByRole('button', { name: 'Logg inn' }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/logg-inn'));
      await page.getByRole('navigation', { name: 'Hovedmeny' }).waitFor();
      await page.goto(`/personer/${h.server.seed.personIds[0]}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      // Designsystemet's tokens are CSS custom properties on :root; without its stylesheet they are empty.
      const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--ds-color-accent-base-default').trim());
      expect(accent).not.toBe('');
      const buttonBackground = await page.getByRole('button').first().evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(buttonBackground).not.toBe('');
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      expect(consoleViolations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
