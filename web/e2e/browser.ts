// Shared helpers for the browser tests: Debian's Chromium through playwright-core, logging in as a
// demo user, and an axe-core check that fails on serious or critical violations.
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
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

/** Pages still open, with the API calls that were refused on each: printed when a test fails. */
const openPages = new Map<Page, { refused: string[]; pending: Map<object, string> }>();

afterEach(async (context) => {
  if (context.task.result?.state !== 'fail') return;
  for (const [page, { refused, pending }] of openPages) {
    const main = await page.getByRole('main').textContent({ timeout: 2000 }).catch(() => '(ingen main)');
    console.log(
      `Side ved feil: ${page.url()} (nå ${new Date().toISOString().slice(11, 23)})\n  Avviste API-kall: ${refused.slice(-8).join('; ') || 'ingen'}\n  Ubesvarte API-kall: ${[...pending.values()].join('; ') || 'ingen'}\n  Innhold: ${(main ?? '').replace(/\s+/g, ' ').slice(0, 1500)}`,
    );
  }
});

export async function startHarness(options: { clock?: () => Date; cases?: boolean } = {}): Promise<Harness> {
  const server = await startWebServer(options);
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
        // Designsystemet animates a disclosure's height for 0.4 s unless the user prefers reduced
        // motion; on a starved machine a form inside one can still be moving when it is clicked.
        reducedMotion: 'reduce',
        ...(options.phone
          ? { viewport: phoneViewport, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
          : options.tablet
            ? { viewport: tabletViewport, hasTouch: true }
            : { viewport: { width: 1280, height: 900 } }),
      });
      contexts.push(context);
      const page = await context.newPage();
      // CI machines are shared and slow; a step that waits longer than this is stuck, not slow.
      page.setDefaultTimeout(process.env.CI ? 30_000 : 15_000);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      (page as Page & { jsErrors?: string[] }).jsErrors = errors;
      const refused: string[] = [];
      const pending = new Map<object, string>();
      const api = (r: { url(): string }) => r.url().includes('/api/');
      const label = (r: { method(): string; url(): string }) => `${r.method()} ${new URL(r.url()).pathname}`;
      page.on('request', (r) => {
        if (api(r)) pending.set(r, `${label(r)} (sendt ${new Date().toISOString().slice(11, 23)})`);
      });
      page.on('response', (r) => {
        pending.delete(r.request());
        if (api(r) && r.status() >= 400) refused.push(`${label(r.request())} → ${r.status()}`);
      });
      page.on('requestfailed', (r) => {
        pending.delete(r);
        if (api(r)) refused.push(`${label(r)} → feilet: ${r.failure()?.errorText ?? 'ukjent'}`);
      });
      openPages.set(page, { refused, pending });
      page.on('close', () => openPages.delete(page));
      return { context, page };
    },
    async login(page, username) {
      await page.goto('/logg-inn');
      await page.getByLabel('Brukernavn').fill(username);
      await page.getByLabel('Passord').fill(webTestPassword);
      await click(page.getByRole('button', { name: 'Logg inn' }));
      await page.waitForURL((url) => !url.pathname.startsWith('/logg-inn'));
      await settle(page);
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Clicks an element and makes sure the click reached it. On the starved CI machine the page now and
 * then moves between Playwright's hit-target check and the mouse event (a section above finishes
 * loading), so the click lands beside the element and nothing happens. A capturing listener tells
 * whether the element got the click; if not, the element is clicked directly (HTMLElement.click()).
 */
export async function click(target: Locator): Promise<void> {
  const handle = await target.elementHandle();
  if (!handle) throw new Error('Fant ikke elementet som skulle klikkes.');
  await handle.evaluate((el) => {
    const mark = el as Element & { e2eClicked?: boolean };
    mark.e2eClicked = false;
    el.addEventListener('click', () => (mark.e2eClicked = true), { capture: true, once: true });
  });
  await target.click();
  const reached = () =>
    handle.evaluate((el) => !el.isConnected || (el as Element & { e2eClicked?: boolean }).e2eClicked === true).catch(() => true);
  if (!(await reached())) {
    await target.page().waitForTimeout(300);
    if (!(await reached())) {
      console.warn(`[e2e] the click missed ${target}; clicking the element directly`);
      await handle.evaluate((el) => (el as HTMLElement).click()).catch(() => undefined);
    }
  }
  await handle.dispose();
}

/**
 * Leaves exactly the named checkboxes of a group checked. On a starved machine a click now and then
 * lands on a neighbour; this reads every box back and corrects it until the group is as asked.
 */
export async function checkOnly(group: Locator, names: string[]): Promise<void> {
  for (let round = 0; round < 3; round++) {
    let changed = false;
    for (const box of await group.getByRole('checkbox').all()) {
      const name = (await box.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '')).trim();
      if ((await box.isChecked()) !== names.includes(name)) {
        await box.click();
        await box.page().waitForTimeout(200);
        changed = true;
      }
    }
    if (!changed) return;
  }
  throw new Error(`Avkrysningene ble ikke som ønsket: ${names.join(', ')}`);
}

/**
 * Waits until the page has no API call in flight (twice, 150 ms apart) and has painted the answers.
 * Sections load their data independently; clicking while one is still loading can hit a button that
 * the arriving content is about to move, and the click lands elsewhere.
 */
export async function settle(page: Page, timeoutMs = 20_000): Promise<void> {
  const pending = openPages.get(page)?.pending;
  if (!pending) return;
  const deadline = Date.now() + timeoutMs;
  for (let quiet = 0; quiet < 2; ) {
    if (Date.now() > deadline) throw new Error(`Siden ble ikke ferdig med å laste: ${[...pending.values()].join('; ')}`);
    await page.waitForTimeout(150);
    quiet = pending.size === 0 ? quiet + 1 : 0;
  }
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
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

/**
 * Checks a checkbox or radio. Playwright's own check() now and then reports «did not change its
 * state» on a controlled React input that does end up checked (microsoft/playwright#13470); this
 * waits for the state instead, and clicks again only if the first click really was lost.
 */
export async function check(locator: Locator): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await locator.check();
      return;
    } catch (error) {
      if (attempt === 3 || !String(error).includes('did not change its state')) throw error;
      // A starved browser may render the state change late: give it time before clicking again,
      // or a second click would toggle the box back (or, in a list, add the item twice).
      const deadline = Date.now() + 5_000;
      while (Date.now() < deadline && !(await locator.isChecked())) await locator.page().waitForTimeout(100);
      if (await locator.isChecked()) return;
    }
  }
}
