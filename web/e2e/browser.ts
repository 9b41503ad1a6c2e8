// Shared helpers for the browser tests: Debian's Chromium through playwright-core, logging in as a
// demo user, and an axe-core check that fails on serious or critical violations.
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';
import { startWebServer, webTestPassword, type RunningWebApp } from '../../server/src/test/web-server.js';

export const phoneViewport = { width: 390, height: 844 };
/** A tablet in landscape, as used on home visits. */
export const tabletViewport = { width: 1024, height: 768 };

const axePath = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

export interface Harness {
  server: RunningWebApp;
  browser: Browser;
  /** A fresh browser context (no cookies) and a page in it. */
  newPage(options?: { phone?: boolean; tablet?: boolean }): Promise<{ context: BrowserContext; page: Page }>;
  /** Logs in through the login form and waits until the app has left the login page. */
  login(page: Page, username: string): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const server = await startWebServer();
  const browser = await chromium.launch({
    executablePath: process.env.HELHET_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const contexts: BrowserContext[] = [];
  return {
    server,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({
        baseURL: server.baseUrl,
        locale: 'nb-NO',
        timezoneId: 'Europe/Oslo',
        // axe-core is injected as an inline script, which the app's CSP would otherwise block.
        bypassCSP: true,
        ...(options.phone
          ? { viewport: phoneViewport, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
          : options.tablet
            ? { viewport: tabletViewport, hasTouch: true }
            : { viewport: { width: 1280, height: 900 } }),
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      (page as Page & { jsErrors?: string[] }).jsErrors = errors;
      return { context, page };
    },
    async login(page, username) {
      await page.goto('/logg-inn');
      await page.getByLabel('Brukernavn').fill(username);
      await page.getByLabel('Passord').fill(webTestPassword);
      await page.getByRole('button', { name: 'Logg inn' }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/logg-inn'));
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await server.close();
    },
  };
}

/** JavaScript errors thrown in the page since it was opened. */
export function jsErrors(page: Page): string[] {
  return (page as Page & { jsErrors?: string[] }).jsErrors ?? [];
}

function describeViolation(v: Result): string {
  const nodes = v.nodes
    .slice(0, 5)
    .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
    .join('\n');
  return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
}

export interface AxeReport {
  label: string;
  serious: Result[];
  other: Result[];
}

/** Every axe report of this test file, for the summary printed at the end. */
export const axeReports: AxeReport[] = [];

/** Runs axe-core on the page as it is now and throws if there are serious or critical violations. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ path: axePath });
  const results = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const other = results.violations.filter((v) => !serious.includes(v));
  axeReports.push({ label, serious, other });
  if (serious.length > 0) {
    throw new Error(`axe-core fant alvorlige brudd på «${label}» (${page.url()}):\n${serious.map(describeViolation).join('\n')}`);
  }
}

/** One line per checked page, for the test log. */
export function axeSummary(): string {
  return axeReports
    .map((r) => `${r.label}: ${r.serious.length} alvorlige, ${r.other.length} andre${r.other.length ? ` (${r.other.map((v) => `${v.id}/${v.impact}`).join(', ')})` : ''}`)
    .join('\n');
}
