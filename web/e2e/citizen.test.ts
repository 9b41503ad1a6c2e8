// For people without BankID (issue #4 item 6): the coordinator issues a one-time code on the person
// page, the person enters it at /kode in a fresh browser, reads «Min plan», comments on a goal, opens
// «Min kriseplan» and the PDF prints (normal and large type). A wrong or used code, and too many
// attempts, are explained in Norwegian. Every page is axe-checked; «Min plan» also on a phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeSummary, click, expectAccessible, jsErrors, phoneViewport, startHarness, type Harness } from './browser.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ cases: true });
});

afterAll(async () => {
  console.log(`axe-core (citizen):\n${axeSummary()}`);
  await h?.close();
});

async function issueCode(): Promise<string> {
  const per = h.server.seed.personIds[0]!;
  const { page } = await h.newPage();
  await h.login(page, 'siri.koordinator');
  await page.goto(`/personer/${per}/koordinering`);
  await page.getByRole('heading', { level: 2, name: 'Engangskode for personen' }).waitFor();
  await click(page.getByRole('button', { name: 'Lag engangskode' }));
  const code = (await page.locator('.one-time-code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await page.getByText(/Gyldig til kl\. \d\d[.:]\d\d \(30 minutter\)/).waitFor();
  return code;
}

async function enterCode(page: Page, code: string): Promise<void> {
  await page.getByLabel('Engangskode').fill(code);
  await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/citizen/code')), page.getByRole('button', { name: 'Se planen min' }).click()]);
}

async function expectPdf(page: Page, linkName: string): Promise<void> {
  const href = await page.getByRole('link', { name: linkName, exact: true }).getAttribute('href');
  expect(href).toBeTruthy();
  const response = await page.context().request.get(href!);
  expect(response.status(), href!).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
}

describe('engangskode for personer uten BankID', () => {
  it('feil kode gir en tydelig norsk feilmelding', async () => {
    const { page } = await h.newPage();
    await page.goto('/logg-inn');
    await click(page.getByRole('link', { name: 'Har du fått en engangskode?' }));
    await page.waitForURL('**/kode');
    await page.getByRole('heading', { level: 1, name: 'Se planen din med engangskode' }).waitFor();
    await expectAccessible(page, 'engangskode');
    await click(page.getByRole('button', { name: 'Se planen min' }));
    await page.getByText('Skriv koden du har fått.').waitFor();
    await enterCode(page, 'ABCD-EFGH');
    const alert = page.getByRole('alert').filter({ hasText: 'Koden virket ikke' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Koden er ugyldig, allerede brukt eller utløpt. Be om en ny kode.');
    await expectAccessible(page, 'engangskode med feil');
    expect(page.url()).toMatch(/\/kode$/);
  });

  it('personen leser planen, kommenterer et mål, ser kriseplanen og laster ned PDF', async () => {
    const code = await issueCode();
    const { page } = await h.newPage();
    await page.goto('/kode');
    await enterCode(page, code.toLowerCase().replace('-', ' '));
    await page.waitForURL('**/min-plan');
    await page.getByRole('heading', { level: 1, name: 'Min plan' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Min plan', 'Min kriseplan', 'Hvem har sett mine opplysninger']);
    expect(await page.locator('.app-user__roles').textContent()).toBe('Innbygger');

    // The goals in Per's own words, with the measures, who is responsible and the deadline.
    const goal = page.getByRole('region', { name: 'Mål 1: «Å få beholde leiligheten min.»' });
    await goal.waitFor();
    expect(await goal.textContent()).toContain('Søke bostøtte og sette opp fast trekk for husleie');
    expect(await goal.textContent()).toMatch(/Ansvarlig: .*NAV/);
    expect(await goal.textContent()).toMatch(/Frist: \d\d\.\d\d\.\d{4}/);
    await page.getByRole('region', { name: 'Mål 2: «Å ha kontakt med datteren min.»' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Hvem er med i planen' }).waitFor();
    await page.getByText('Anne Testesen').waitFor();
    await page.getByText(/Planen skal gås gjennom igjen \d\d\.\d\d\.\d{4}/).waitFor();
    await expectAccessible(page, 'min plan');

    // A comment on the first goal: an empty one is refused, a real one is shown after saving.
    await click(goal.getByRole('button', { name: 'Lagre kommentaren' }));
    await goal.getByText('Skriv kommentaren din først.').waitFor();
    await goal.getByLabel('Skriv en kommentar til målet').fill('Jeg vil gjerne ha hjelp til å søke bostøtte før jul.');
    await click(goal.getByRole('button', { name: 'Lagre kommentaren' }));
    await goal.getByText('Jeg vil gjerne ha hjelp til å søke bostøtte før jul.').waitFor();
    await goal.getByText(/^Du, \d\d\.\d\d\.\d{4}/).waitFor();
    expect(await goal.getByLabel('Skriv en kommentar til målet').inputValue()).toBe('');
    await expectAccessible(page, 'min plan med kommentar');

    await expectPdf(page, 'Last ned som PDF');
    await expectPdf(page, 'Stor skrift (PDF)');

    // On a phone the page fits the screen.
    await page.setViewportSize(phoneViewport);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Min plan' }).waitFor();
    await goal.waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phoneViewport.width);
    await expectAccessible(page, 'min plan (mobil)');
    await page.setViewportSize({ width: 1280, height: 900 });

    // The crisis plan.
    await click(nav.getByRole('link', { name: 'Min kriseplan' }));
    await page.getByRole('heading', { level: 1, name: 'Min kriseplan' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Tidlige varseltegn' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Hva hjelper' }).waitFor();
    await expectAccessible(page, 'min kriseplan');
    await expectPdf(page, 'Last ned som PDF');
    await expectPdf(page, 'Stor skrift (PDF)');

    // The access log stays reachable.
    await click(nav.getByRole('link', { name: 'Hvem har sett mine opplysninger' }));
    await page.getByRole('heading', { level: 1, name: 'Hvem har sett mine opplysninger' }).waitFor();
    expect(jsErrors(page)).toEqual([]);

    // The coordinator sees Per's comment on the plan.
    const staff = await h.newPage();
    await h.login(staff.page, 'siri.koordinator');
    await staff.page.goto(`/personer/${h.server.seed.personIds[0]!}/plan`);
    await staff.page.getByText(/Personen .*: Jeg vil gjerne ha hjelp til å søke bostøtte før jul\./).first().waitFor();

    // The code works once only.
    const again = await h.newPage();
    await again.page.goto('/kode');
    await enterCode(again.page, code);
    await again.page.getByText('Koden er ugyldig, allerede brukt eller utløpt. Be om en ny kode.').waitFor();
  });

  it('personen velger nynorsk, og sidene og utskriftene følger valget', async () => {
    const code = await issueCode();
    const { page } = await h.newPage();
    await page.goto('/kode');
    await enterCode(page, code);
    await page.waitForURL('**/min-plan');
    await page.getByRole('heading', { level: 2, name: 'Målene mine' }).waitFor();
    const choice = page.getByRole('group', { name: 'Vil du lese sidene og brevene dine på bokmål eller nynorsk?' });
    expect(await choice.getByRole('radio', { name: 'Slik kommunen skriver (bokmål)' }).isChecked()).toBe(true);

    await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/me/written-language') && r.request().method() === 'PUT'), choice.getByRole('radio', { name: 'Nynorsk' }).click()]);
    await page.getByRole('heading', { level: 2, name: 'Måla mine' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Kven er med i planen' }).waitFor();
    await page.getByText(/Vi går gjennom planen igjen \d\d\.\d\d\.\d{4}/).waitFor();
    await page.getByText('Valet ditt er lagra.').waitFor();
    expect(await page.locator('.citizen-page').evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('nn');
    expect(await page.getByText('Målene mine').count()).toBe(0);
    await expectAccessible(page, 'min plan på nynorsk');
    // The print follows the choice too (checked in detail in the server's letters test).
    const href = await page.getByRole('link', { name: 'Last ned som PDF', exact: true }).getAttribute('href');
    expect((await page.context().request.get(href!)).status()).toBe(200);

    await click(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Min kriseplan' }));
    await page.getByRole('heading', { level: 2, name: 'Tidlege varselteikn' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Kva hjelper' }).waitFor();
    await expectAccessible(page, 'min kriseplan på nynorsk');

    // Back to the municipality's form.
    await click(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Min plan' }));
    const again = page.getByRole('group', { name: 'Vil du lese sidene og breva dine på bokmål eller nynorsk?' });
    await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/me/written-language') && r.request().method() === 'PUT'), again.getByRole('radio', { name: 'Slik kommunen skriv (bokmål)' }).click()]);
    await page.getByRole('heading', { level: 2, name: 'Målene mine' }).waitFor();
    expect(jsErrors(page)).toEqual([]);
  });

  it('for mange feil forsøk stenges i en periode', async () => {
    const { page } = await h.newPage();
    await page.goto('/kode');
    // Earlier failures from this address (wrong code, used code) count too: at most five failures in
    // 15 minutes, then the door is closed (429) with a Norwegian explanation.
    const statuses: number[] = [];
    for (let i = 0; i < 6 && !statuses.includes(429); i++) {
      await page.getByLabel('Engangskode').fill(`ZZZZ-ZZZ${i + 2}`);
      const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/citizen/code')), page.getByRole('button', { name: 'Se planen min' }).click()]);
      statuses.push(response.status());
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((s) => s !== 429).length).toBeLessThanOrEqual(3);
    const alert = page.getByRole('alert').filter({ hasText: 'For mange forsøk' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('For mange mislykkede forsøk. Vent 15 minutter og prøv igjen.');
    await expectAccessible(page, 'engangskode, for mange forsøk');
  });
});
