// The access log: the staff view for a person, and "who has looked at my data" for the person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeSummary, click, expectAccessible, startHarness, type Harness } from './browser.js';
import { webTestPassword } from '../../server/src/test/web-server.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  console.log(`axe-core (access-log):\n${axeSummary()}`);
  await h?.close();
});

/** A refused read of Per by the emergency-ward doctor, straight through the API. */
async function refusedRead(personId: string): Promise<void> {
  const login = await fetch(`${h.server.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'vakt.legevakt', password: webTestPassword }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const read = await fetch(`${h.server.baseUrl}/api/persons/${personId}`, { headers: { cookie } });
  expect(read.status).toBe(403);
}

describe('tilgangslogg', () => {
  it('personen selv ser hvem som har sett opplysningene, også saksbehandlerens oppslag og nektede forsøk', async () => {
    const per = h.server.seed.personIds[0]!;
    const staff = await h.newPage();
    await h.login(staff.page, 'kari.saksbehandler');
    await staff.page.goto(`/personer/${per}`);
    await staff.page.getByRole('heading', { level: 1, name: 'Per Testesen' }).waitFor();
    await refusedRead(per);

    // On a phone: the log is stacked per entry there, and must keep its table semantics.
    const { page } = await h.newPage({ phone: true });
    await h.login(page, 'per.testesen');
    await page.waitForURL('**/min-plan');
    const nav = await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link').allTextContents();
    expect(nav).toEqual(['Min plan', 'Min kriseplan', 'Hvem har sett mine opplysninger']);
    await click(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Hvem har sett mine opplysninger' }));
    await page.getByRole('heading', { level: 1, name: 'Hvem har sett mine opplysninger' }).waitFor();
    const kariRead = page.getByRole('row').filter({ hasText: 'Kari Saksbehandler' }).filter({ hasText: 'Leste personsiden' });
    await kariRead.first().waitFor();
    expect(await kariRead.first().textContent()).toContain('Enhet: Tildelingskontoret');
    const refused = page.getByRole('row').filter({ hasText: 'Lise Legevaktlege' });
    expect(await refused.first().textContent()).toContain('Nektet');
    expect(await page.getByRole('columnheader').allTextContents()).toEqual(['Tidspunkt', 'Hvem', 'Hva', 'Grunnlag', 'Utfall']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'hvem har sett mine opplysninger (mobil)');

    // The staff pages are not for people logging in themselves; the app says so without asking the API.
    await page.goto(`/personer/${per}`);
    await page.getByRole('heading', { level: 1, name: 'Ingen tilgang' }).waitFor();
    await expectAccessible(page, 'ingen tilgang for personbruker');
  });

  it('saksbehandleren åpner tilgangsloggen fra personsiden', async () => {
    const per = h.server.seed.personIds[0]!;
    const { page } = await h.newPage();
    await h.login(page, 'kari.saksbehandler');
    await page.goto(`/personer/${per}`);
    await click(page.getByRole('link', { name: 'Tilgangslogg: hvem har sett opplysningene' }));
    await page.getByRole('heading', { level: 1, name: 'Tilgangslogg' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'Leste personsiden' }).first().waitFor();
    await page.getByRole('row').filter({ hasText: 'Leste journalnotater' }).first().waitFor();
    await expectAccessible(page, 'tilgangslogg for person');
  });
});
