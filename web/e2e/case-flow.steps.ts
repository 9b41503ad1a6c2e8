// Helpers for the case-flow browser test: dates in Oslo, polling the worklist while the background
// job derives tasks, filling a kartlegging domain, and optional screenshots for review.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { check, click } from './browser.js';

/** Today (or `days` from today) as YYYY-MM-DD in Europe/Oslo, like the server's calendar. */
export function osloDate(days = 0): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function norwegianDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** Reloads the worklist until a row with the task label and person appears (the job runs every second). */
export async function waitForTask(page: Page, label: string, person: string, timeoutMs = 20_000): Promise<Locator> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.getByRole('heading', { level: 1, name: 'Arbeidsliste' }).waitFor();
    await page.getByText(/^I dag er /).waitFor();
    const row = page.getByRole('row').filter({ hasText: label }).filter({ hasText: person });
    if ((await row.count()) > 0) return row.first();
    if (Date.now() > deadline) throw new Error(`Oppgaven «${label}» for ${person} kom ikke på arbeidslisten innen ${timeoutMs} ms`);
    await page.waitForTimeout(500);
    await page.reload();
  }
}

/** Opens one domain of the kartlegging editor, fills status, aspects, evidence kind and finding, and saves. */
export async function recordDomain(page: Page, label: string, options: { aspects?: string[] } = {}): Promise<void> {
  await click(page.locator('summary').filter({ hasText: label }));
  const form = page.getByRole('form', { name: label });
  await check(form.getByRole('group', { name: `Er ${label.toLowerCase()} kartlagt?` }).getByRole('radio', { name: 'Dekket', exact: true }));
  for (const aspect of options.aspects ?? []) {
    await check(form.getByRole('group', { name: aspect, exact: true }).getByRole('radio', { name: 'Dekket', exact: true }));
  }
  await check(form.getByRole('radio', { name: 'Skjema', exact: true }));
  await form.getByLabel('Funn og grunnlag').fill(`Kartlagt i samtale hjemme: ${label.toLowerCase()}.`);
  await click(form.getByRole('button', { name: `Lagre ${label.toLowerCase()}` }));
  await form.getByText(`${label} er lagret.`).waitFor();
}

/** When HELHET_SCREENSHOT_DIR is set: the whole page as screen-sized tiles (for looking at the layout). */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.HELHET_SCREENSHOT_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.waitForTimeout(400); // let Details and alerts finish animating
  const viewport = page.viewportSize() ?? { width: 1024, height: 768 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, i = 1; y < height; y += viewport.height, i++) {
    const clip = { x: 0, y, width: viewport.width, height: Math.min(viewport.height, height - y) };
    await page.screenshot({ path: join(dir, `${name}-${i}.png`), fullPage: true, clip });
  }
}
