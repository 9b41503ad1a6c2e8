// Break the glass on a phone, and the leader's review of it afterwards.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from './api-client.js';
import { axeSummary, click, expectAccessible, jsErrors, phoneViewport, startHarness, type Harness } from './browser.js';

let h: Harness;
const reason = 'Ringte 113: personen er forvirret og trenger helsehjelp nå.';
export const emergencyScreenshot = join(tmpdir(), 'helhet-akuttvisning-390x844.png');

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  console.log(`axe-core (emergency):\n${axeSummary()}\nSkjermbilde av akuttvisningen: ${emergencyScreenshot}`);
  await h?.close();
});

describe('nødtilgang', () => {
  it('vakt på mobil åpner nødtilgang til Emma Berg med begrunnelse og ser akuttvisningen', async () => {
    const emma = h.server.seed.personIds[7]!;
    const { page } = await h.newPage({ phone: true });
    await h.login(page, 'vakt.hjemmesykepleie');
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/emergency-access')) posts.push(request.url());
    });

    await page.goto(`/personer/${emma}`);
    await page.getByRole('heading', { level: 1, name: 'Ingen tilgang til personen' }).waitFor();
    await page.getByRole('heading', { name: 'Åpne nødtilgang' }).waitFor();
    await expectAccessible(page, 'nødtilgang-skjema (mobil)');

    await click(page.getByRole('button', { name: 'Åpne nødtilgang' }));
    await page.getByText('Du må oppgi en begrunnelse for nødtilgang.').waitFor();
    expect(posts).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('emergency-reason');
    await expectAccessible(page, 'nødtilgang uten begrunnelse (mobil)');

    await page.getByLabel('Begrunnelse').fill(reason);
    await click(page.getByRole('button', { name: 'Åpne nødtilgang' }));
    await page.waitForURL(`**/personer/${emma}/akutt`);
    await page.getByRole('heading', { level: 1, name: 'Emma Berg' }).waitFor();
    expect(posts).toHaveLength(1);
    const banner = page.getByRole('status').filter({ hasText: 'Nødtilgang' });
    expect(await banner.textContent()).toMatch(/Nødtilgang: alt logges/);
    expect(await banner.textContent()).toMatch(/Utløper/);
    const main = (await page.getByRole('main').textContent()) ?? '';
    for (const text of ['Født 14.02.1995', 'Fnr.', 'Parkveien 5', 'Lege Lars Fastlege', 'Fjordvik legesenter', 'Norsk bokmål', 'Reservasjoner', 'Team']) {
      expect(main).toContain(text);
    }
    expect(await page.getByRole('link', { name: /Ring Emma – 40000008/ }).getAttribute('href')).toBe('tel:40000008');
    expect(await page.getByRole('link', { name: /Ring fastlegen/ }).getAttribute('href')).toBe('tel:33000100');

    // One phone screen: no sideways scrolling, and the banner, name and call button are in the first screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phoneViewport.width);
    for (const target of [banner, page.getByRole('heading', { level: 1, name: 'Emma Berg' }), page.getByRole('link', { name: /Ring Emma/ })]) {
      const box = await target.boundingBox();
      expect(box && box.y + box.height).toBeLessThanOrEqual(phoneViewport.height);
    }
    await page.screenshot({ path: emergencyScreenshot });
    await expectAccessible(page, 'akuttvisning (mobil)');
    expect(jsErrors(page)).toEqual([]);
  });

  it('henrik.hjemmeleder ser nødtilgangen i gjennomgangslisten og går den gjennom', async () => {
    const { page } = await h.newPage();
    await h.login(page, 'henrik.hjemmeleder');
    await click(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Nødtilganger' }));
    await page.getByRole('heading', { level: 1, name: 'Nødtilganger til gjennomgang' }).waitFor();
    const card = page.getByRole('article', { name: 'Viktor Vakt åpnet Emma Berg' });
    await card.waitFor();
    expect(await card.textContent()).toContain(reason);
    await expectAccessible(page, 'gjennomgangsliste');

    await click(card.getByRole('button', { name: 'Marker som gjennomgått' }));
    await card.getByText('Skriv en kommentar til gjennomgangen (minst 3 tegn).').waitFor();
    await card.getByLabel('Kommentar til gjennomgangen').fill('Nødvendig: akutt forverring, ingen andre tilgjengelig.');
    await click(card.getByRole('button', { name: 'Marker som gjennomgått' }));
    await page.getByText('Nødtilgangen til Emma Berg er markert som gjennomgått.').waitFor();
    await page.getByText('Ingen nødtilganger venter på gjennomgang.').waitFor();

    await click(page.getByRole('group', { name: 'Vis nødtilganger' }).getByText('Alle', { exact: true }));
    const reviewed = page.getByRole('article', { name: 'Viktor Vakt åpnet Emma Berg' });
    await reviewed.getByText('Gjennomgått', { exact: true }).waitFor();
    expect(await reviewed.textContent()).toContain('Henrik Hjemmeleder');
    await expectAccessible(page, 'gjennomgangsliste, alle');
  });

  it('en leder i en annen enhet ser ikke nødtilgangen', async () => {
    const { page } = await h.newPage();
    await h.login(page, 'lena.leder');
    await page.goto('/nodtilganger');
    await click(page.getByRole('group', { name: 'Vis nødtilganger' }).getByText('Alle', { exact: true }));
    await page.getByText('Ingen nødtilganger er registrert.').waitFor();
  });

  it('lena.leder går gjennom en rolle som er gitt til en ansatt i enheten hennes; direktøren ser listen', async () => {
    const admin = await apiClient(h.server.baseUrl, 'anne.admin');
    const ola = h.server.seed.userIds['ola.tjenesteyter']!;
    expect((await admin.patch(`/api/staff/${ola}`, { roles: ['service-provider', 'coordinator'] })).status).toBe(204);

    const { page } = await h.newPage();
    await h.login(page, 'lena.leder');
    await page.goto('/nodtilganger');
    await page.getByRole('heading', { level: 2, name: 'Tilgangsendringer til gjennomgang' }).waitFor();
    const card = page.getByRole('article', { name: 'Rolle gitt: Ola Tjenesteyter' });
    await card.waitFor();
    expect(await card.textContent()).toContain('Koordinator');
    expect(await card.textContent()).toContain('Anne Administrator');
    await expectAccessible(page, 'tilgangsendringer til gjennomgang');

    await click(card.getByRole('button', { name: 'Marker som gjennomgått' }));
    await card.getByText('Skriv en kommentar til gjennomgangen (minst 3 tegn).').waitFor();
    await card.getByLabel('Kommentar til gjennomgangen').fill('Ola skal være koordinator i FACT.');
    await click(card.getByRole('button', { name: 'Marker som gjennomgått' }));
    await page.getByText('«Rolle gitt» for Ola Tjenesteyter er markert som gjennomgått.').waitFor();
    await page.getByText('Ingen tilgangsendringer venter på gjennomgang.').waitFor();
    await click(page.getByRole('group', { name: 'Vis tilgangsendringer' }).getByText('Alle', { exact: true }));
    const reviewed = page.getByRole('article', { name: 'Rolle gitt: Ola Tjenesteyter' });
    await reviewed.getByText('Gjennomgått', { exact: true }).waitFor();
    expect(await reviewed.textContent()).toContain('Lena Leder');
    await expectAccessible(page, 'tilgangsendringer, alle');

    const director = await h.newPage();
    await h.login(director.page, 'dina.direktor');
    await click(director.page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Tilgangsendringer' }));
    await director.page.getByRole('heading', { level: 1, name: 'Tilgangsendringer til gjennomgang' }).waitFor();
    expect(jsErrors(page)).toEqual([]);
  });
});
