// The housing office on a person's housing page: Bo Boligkonsulent registers a change of housing
// situation, a housing application and its new place on the waiting list, eviction risk and its end,
// a booppfølging plan with a home visit (overdue, then not), and ends a temporary stay. Each form is
// first sent with one bad input: the API's precise Norwegian error is shown at the field and nothing
// is saved. axe runs on every form state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { axeSummary, check, click, expectAccessible, jsErrors, startHarness, type Harness } from './browser.js';

let h: Harness;

/** Today in Oslo (the browser's and the server's calendar), `offset` days later, as YYYY-MM-DD. */
function day(offset = 0): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86400_000).toISOString().slice(0, 10);
}
const shown = (iso: string) => iso.split('-').reverse().join('.');

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  console.log(`axe-core (housing office):\n${axeSummary()}`);
  await h?.close();
});

async function housingPage(page: Page, personId: string) {
  await page.goto(`/personer/${personId}/bolig`);
  await page.getByRole('heading', { level: 2, name: 'Bolig' }).waitFor();
}

/** The field error under the input: Designsystemet marks the input invalid and ties the message to it. */
async function expectFieldError(field: Locator, text: string) {
  const describedText = () =>
    field.evaluate((el) => {
      const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      return `${el.getAttribute('aria-invalid')}|${ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')}`;
    });
  await expect.poll(describedText).toContain(`true|`);
  await expect.poll(describedText).toContain(text);
}

describe('boligkontoret på personens boligside', () => {
  it('registrerer boligsituasjon, søknad, risiko for utkastelse, booppfølging og avslutter et opphold', async () => {
    const mohammed = h.server.seed.personIds[2]!;
    const { page } = await h.newPage();
    await h.login(page, 'bo.boligkonsulent');
    await housingPage(page, mohammed);
    await page.getByText('Ingen opphold i midlertidig botilbud.', { exact: true }).waitFor();
    await expectAccessible(page, 'bolig (tom)');

    // 1. A change of housing situation: nothing chosen first.
    await click(page.getByRole('button', { name: 'Registrer endret boligsituasjon' }));
    await page.getByLabel('Merknad (valgfritt)').fill('Mistet hybelen');
    await click(page.getByRole('button', { name: 'Registrer boligsituasjon' }));
    await page.getByRole('link', { name: 'Boligsituasjon: Velg boligsituasjon' }).waitFor();
    await expect.poll(() => page.getByRole('group', { name: 'Boligsituasjon' }).getByText('Velg boligsituasjon', { exact: true }).count()).toBe(1);
    await expectAccessible(page, 'boligsituasjon med feil');
    await expect.poll(() => page.getByText('Boligsituasjon nå: Ikke registrert').count()).toBe(1);
    await check(page.getByRole('group', { name: 'Boligsituasjon' }).getByLabel('Uten bolig'));
    await page.getByLabel('Fra dato').fill(day(-20));
    await expectAccessible(page, 'boligsituasjon utfylt');
    await click(page.getByRole('button', { name: 'Registrer boligsituasjon' }));
    await page.getByText('Den nye boligsituasjonen er registrert.').waitFor();
    await page.getByText(`Uten bolig (fra ${shown(day(-20))})`).waitFor();
    await page.getByText(`${shown(day(-20))}: Uten bolig – Mistet hybelen`).waitFor();

    // 2. A housing application, then a new place on the waiting list.
    await click(page.getByRole('button', { name: 'Registrer boligsøknad' }));
    await check(page.getByRole('group', { name: 'Type bolig' }).getByLabel('Kommunal utleiebolig'));
    await page.getByLabel('Søknadsdato').fill(day(-15));
    const position = page.getByLabel('Plass på ventelisten (valgfritt)');
    await position.fill('0');
    await click(page.getByRole('button', { name: 'Registrer søknaden' }));
    await page.getByRole('link', { name: 'Plass på ventelisten: Plass på ventelisten må være minst 1' }).waitFor();
    await expectFieldError(position, 'Plass på ventelisten må være minst 1');
    await expectAccessible(page, 'boligsøknad med feil');
    expect(await page.getByText('Ingen boligsøknader.', { exact: true }).count()).toBe(1);
    await position.fill('5');
    await click(page.getByRole('button', { name: 'Registrer søknaden' }));
    await page.getByText('Boligsøknaden er registrert.').waitFor();
    const application = page.locator('li[data-application]');
    await application.getByText(`Kommunal utleiebolig, søkt ${shown(day(-15))}: På venteliste (plass 5 på ventelisten)`).waitFor();

    await click(application.getByRole('button', { name: 'Oppdater søknaden' }));
    await check(page.getByRole('group', { name: 'Status' }).getByLabel('Avslått'));
    await click(page.getByRole('button', { name: 'Lagre søknaden' }));
    const reason = page.getByLabel('Begrunnelse for avslaget');
    await page.getByRole('link', { name: 'Begrunnelse: Et avslag må begrunnes' }).waitFor();
    await expectFieldError(reason, 'Et avslag må begrunnes');
    await expectAccessible(page, 'oppdater søknad med feil');
    await check(page.getByRole('group', { name: 'Status' }).getByLabel('På venteliste'));
    await page.getByLabel('Plass på ventelisten', { exact: true }).fill('2');
    await expectAccessible(page, 'oppdater søknad');
    await click(page.getByRole('button', { name: 'Lagre søknaden' }));
    await page.getByText('Søknaden er oppdatert.').waitFor();
    await application.getByText('På venteliste (plass 2 på ventelisten)').waitFor();
    expect(await page.getByText('Avslått').count()).toBe(0);

    // 3. Eviction risk with its cause, then resolved.
    await click(page.getByRole('button', { name: 'Registrer risiko eller utkastelse' }));
    await check(page.getByRole('group', { name: 'Hva gjelder det' }).getByLabel('Risiko for utkastelse'));
    await page.getByLabel('Dato', { exact: true }).fill(day(-5));
    await click(page.getByRole('button', { name: 'Registrer', exact: true }));
    await page.getByRole('link', { name: 'Årsak: Oppgi årsaken' }).waitFor();
    await expectFieldError(page.getByLabel('Årsak'), 'Oppgi årsaken');
    await expectAccessible(page, 'utkastelse med feil');
    expect(await page.getByText('Ingen registrert.', { exact: true }).count()).toBe(1);
    await page.getByLabel('Årsak').fill('Husleierestanse i tre måneder');
    await click(page.getByRole('button', { name: 'Registrer', exact: true }));
    await page.getByText('Risikoen for utkastelse er registrert.').waitFor();
    const eviction = page.locator('li[data-eviction]');
    await eviction.getByText(`Risiko for utkastelse ${shown(day(-5))}: Husleierestanse i tre måneder`).waitFor();
    await page.locator('[data-check="housing.eviction-risk-follow-up"]').getByText('Ikke oppfylt', { exact: true }).waitFor();

    await click(eviction.getByRole('button', { name: 'Avslutt risikoen' }));
    const resolvedOn = page.getByLabel('Avsluttet dato');
    await resolvedOn.fill(day(-10));
    await click(page.getByRole('button', { name: 'Avslutt risikoen' }));
    await page.getByRole('link', { name: 'Avsluttet dato: Datoen kan ikke være før risikoen ble registrert' }).waitFor();
    await expectFieldError(resolvedOn, 'Datoen kan ikke være før risikoen ble registrert');
    await expectAccessible(page, 'avslutt risiko med feil');
    expect(await eviction.getByText('avsluttet').count()).toBe(0);
    await resolvedOn.fill(day(-1));
    await click(page.getByRole('button', { name: 'Avslutt risikoen' }));
    await page.getByText('Risikoen for utkastelse er avsluttet.').waitFor();
    await eviction.getByText(`(avsluttet ${shown(day(-1))})`).waitFor();

    // 4. A booppfølging plan (overdue: started 20 days ago, visits every 14 days), then a visit.
    await click(page.getByRole('button', { name: 'Ny plan for booppfølging' }));
    await expect.poll(() => page.getByLabel('Enhet som gir booppfølgingen').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text)).toBe('Boligkontoret');
    await page.getByLabel('Startdato').fill(day(-20));
    await click(page.getByRole('button', { name: 'Lagre planen' }));
    await page.getByRole('link', { name: 'Mål: Beskriv målene for booppfølgingen' }).waitFor();
    await expectFieldError(page.getByLabel('Mål for booppfølgingen'), 'Beskriv målene for booppfølgingen');
    await expectAccessible(page, 'booppfølging med feil');
    expect(await page.getByText('Ingen plan for booppfølging.', { exact: true }).count()).toBe(1);
    await page.getByLabel('Mål for booppfølgingen').fill('Betale husleie til rett tid');
    await page.getByLabel('Hjemmebesøk hver (dager)').fill('14');
    await click(page.getByRole('button', { name: 'Lagre planen' }));
    await page.getByText('Planen for booppfølging er lagret.').waitFor();
    const plan = page.locator('li[data-plan]');
    await plan.getByText('Betale husleie til rett tid').waitFor();
    await plan.getByText(`Neste besøk innen ${shown(day(-6))}`).waitFor();
    await plan.getByText('Forfalt', { exact: true }).waitFor();
    await expectAccessible(page, 'bolig med forfalt besøk');

    await click(plan.getByRole('button', { name: 'Registrer hjemmebesøk' }));
    const visitedOn = page.getByLabel('Besøksdato');
    await visitedOn.fill(day(-25));
    await page.getByLabel('Notat fra besøket').fill('Gikk gjennom husleien sammen');
    await click(page.getByRole('button', { name: 'Registrer besøket' }));
    await page.getByRole('link', { name: 'Besøksdato: Besøket kan ikke være før planen startet' }).waitFor();
    await expectFieldError(visitedOn, 'Besøket kan ikke være før planen startet');
    await expectAccessible(page, 'hjemmebesøk med feil');
    expect(await plan.getByText('Ingen besøk registrert.').count()).toBe(1);
    await visitedOn.fill(day(-2));
    await click(page.getByRole('button', { name: 'Registrer besøket' }));
    await page.getByText('Hjemmebesøket er registrert.').waitFor();
    await plan.getByText(`${shown(day(-2))} (Bo Boligkonsulent): Gikk gjennom husleien sammen`).waitFor();
    await plan.getByText(`Neste besøk innen ${shown(day(12))}`).waitFor();
    expect(await plan.getByText('Forfalt', { exact: true }).count()).toBe(0);

    // The plan ends: not before it started; afterwards no more visits are due.
    await click(plan.getByRole('button', { name: 'Avslutt planen' }));
    const planEnd = page.getByLabel('Sluttdato');
    await planEnd.fill(day(-30));
    await click(page.getByRole('button', { name: 'Avslutt booppfølgingen' }));
    await page.getByRole('link', { name: 'Sluttdato: Sluttdatoen kan ikke være før planen startet' }).waitFor();
    await expectFieldError(planEnd, 'Sluttdatoen kan ikke være før planen startet');
    await expectAccessible(page, 'avslutt booppfølging med feil');
    await planEnd.fill(day(-1));
    await click(page.getByRole('button', { name: 'Avslutt booppfølgingen' }));
    await page.getByText('Planen for booppfølging er avsluttet.').waitFor();
    await plan.getByText(`til ${shown(day(-1))}`, { exact: false }).waitFor();
    expect(await plan.getByRole('button', { name: 'Registrer hjemmebesøk' }).count()).toBe(0);
    expect(await plan.getByText('Neste besøk innen', { exact: false }).count()).toBe(0);

    // 5. A temporary stay, then ended (not before it started).
    await click(page.getByRole('button', { name: 'Registrer midlertidig botilbud' }));
    await page.getByLabel('Sted', { exact: true }).fill('Storgata 8, hybel 2');
    await page.getByLabel('Startdato').fill(day(-10));
    await click(page.getByRole('button', { name: 'Registrer opphold' }));
    await page.getByText('Oppholdet er registrert.').waitFor();
    const stay = page.locator('tr[data-stay]');
    await stay.getByText(`${shown(day(-10))} – pågår`).waitFor();
    expect(await page.getByRole('button', { name: 'Registrer midlertidig botilbud' }).count()).toBe(0);

    await click(stay.getByRole('button', { name: 'Avslutt oppholdet' }));
    const endDate = page.getByLabel('Sluttdato');
    await endDate.fill(day(-11));
    await click(page.getByRole('button', { name: 'Avslutt oppholdet' }));
    await page.getByRole('link', { name: 'Sluttdato: Sluttdatoen kan ikke være før startdatoen' }).waitFor();
    await expectFieldError(endDate, 'Sluttdatoen kan ikke være før startdatoen');
    await expectAccessible(page, 'avslutt opphold med feil');
    expect(await stay.getByText('pågår').count()).toBe(1);
    await endDate.fill(day(0));
    await click(page.getByRole('button', { name: 'Avslutt oppholdet' }));
    await page.getByText('Oppholdet er avsluttet.').waitFor();
    await stay.getByText(`${shown(day(-10))} – ${shown(day(0))}`).waitFor();
    await page.getByRole('button', { name: 'Registrer midlertidig botilbud' }).waitFor();
    await expectAccessible(page, 'bolig etter alle registreringer');

    // After a reload everything is still there.
    await housingPage(page, mohammed);
    await page.locator('li[data-application]').getByText('(plass 2 på ventelisten)').waitFor();
    await page.locator('li[data-eviction]').getByText(`(avsluttet ${shown(day(-1))})`).waitFor();
    await page.locator('li[data-plan]').getByText('Gikk gjennom husleien sammen').waitFor();
    await page.locator('tr[data-stay]').getByText(`${shown(day(-10))} – ${shown(day(0))}`).waitFor();
    expect(jsErrors(page)).toEqual([]);
  });
});
