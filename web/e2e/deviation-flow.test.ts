// Avvik across units: NAV reports an avvik about Boligkontoret on a phone, Boligkontoret's leader
// handles it (assessment, measure, a refused close without feedback, feedback, close), and the NAV
// reporter sees the feedback and the closed status. axe-core on every page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/src/platform/db/database.js';
import { axeSummary, check, click, expectAccessible, jsErrors, startHarness, type Harness } from './browser.js';
import { screenshot } from './case-flow.steps.js';
import { ownerDb } from '../../server/src/test/owner.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  console.log(`axe-core (avvik):\n${axeSummary()}`);
  await h?.close();
});

const description = 'Varsel om husleierestanse ble ikke sendt til NAV før begjæring om utkastelse.';
const feedback = 'Rutinen er endret: NAV varsles ved første restansevarsel.';
const status = () => queryRows<{ status: string; n: number }>(ownerDb(h.server.database), sql`select status, (select count(*)::int from deviation_feedback f where f.deviation_id = d.id) as n from deviations d`);

describe('avvik fra NAV til Boligkontoret', () => {
  it('NAV melder på mobil, Boligkontorets leder behandler, og melderen ser tilbakemeldingen og at avviket er lukket', async () => {
    // 1. NAV reports from a phone.
    const { page: phone } = await h.newPage({ phone: true });
    await h.login(phone, 'nora.nav');
    const menu = phone.getByRole('navigation', { name: 'Hovedmeny' });
    await menu.getByRole('button', { name: 'Meny' }).click(); // the menu folds on a phone
    await click(menu.getByRole('link', { name: 'Avvik' }));
    await phone.getByRole('heading', { level: 1, name: 'Mine avvik' }).waitFor();
    await phone.getByText('Du har ikke meldt noen avvik.').waitFor();
    await click(phone.getByRole('navigation', { name: 'Avvik' }).getByRole('link', { name: 'Meld avvik' }));
    await phone.getByRole('heading', { level: 1, name: 'Meld avvik' }).waitFor();
    await expectAccessible(phone, 'meld avvik (mobil, tomt skjema)');
    // Nothing chosen: the browser explains before anything is sent.
    await click(phone.getByRole('button', { name: 'Send avviket' }));
    await phone.getByRole('link', { name: 'Kategori: Velg kategori.' }).waitFor();
    await expectAccessible(phone, 'meld avvik (mobil, mangler)');
    await phone.getByLabel('Hva skjedde').fill(description);
    await phone.getByLabel('Kategori').selectOption({ label: 'Samarbeid mellom enheter' });
    await check(phone.getByRole('radio', { name: /^Middels/ }));
    await phone.getByLabel('Hvem gjelder avviket').selectOption({ label: 'Boligkontoret' });
    await phone.getByLabel('Hvor skjedde det').fill('Boligkontoret / NAV Fjordvik');
    // The form fits the phone: no sideways scrolling.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(phone, 'meld avvik (mobil, utfylt)');
    await screenshot(phone, 'avvik-meld-mobil');
    await click(phone.getByRole('button', { name: 'Send avviket' }));
    await phone.getByText('Avviket er meldt og sendt til lederen for enheten det gjelder.', { exact: false }).waitFor();
    const heading = await phone.getByRole('heading', { level: 1 }).textContent();
    expect(heading).toMatch(/^Avvik AVV-\d+: Samarbeid mellom enheter$/);
    const reference = heading!.match(/AVV-\d+/)![0];
    await phone.getByText('Status: Registrert').waitFor();
    await phone.getByText('Leder for Boligkontoret').waitFor();
    await expectAccessible(phone, 'avviket meldt (mobil)');
    expect(jsErrors(phone)).toEqual([]);

    // 2. The leader of Boligkontoret handles it.
    const { page } = await h.newPage();
    await h.login(page, 'berit.boligleder');
    await click(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Avvik' }));
    await click(page.getByRole('navigation', { name: 'Avvik' }).getByRole('link', { name: 'Til behandling' }));
    await page.getByRole('heading', { level: 1, name: 'Avvik til behandling' }).waitFor();
    await expectAccessible(page, 'avvik til behandling');
    await click(page.getByRole('link', { name: `${reference}: Samarbeid mellom enheter` }));
    await page.getByRole('heading', { level: 2, name: 'Behandling' }).waitFor();
    await expectAccessible(page, 'avviket hos behandler');

    await click(page.getByRole('button', { name: 'Vurder avviket' }));
    await page.getByLabel('Vurdering', { exact: true }).fill('Rutinen for varsling ved restanse sier ikke når NAV skal varsles.');
    await page.getByLabel('Årsak (valgfritt)').fill('Uklar rutine');
    await expectAccessible(page, 'vurdering');
    await click(page.getByRole('button', { name: 'Lagre vurderingen' }));
    await page.getByText('Vurderingen er lagret.').waitFor();
    await page.getByText('Status: Under behandling').waitFor();

    await click(page.getByRole('button', { name: 'Legg til tiltak', exact: true }));
    await page.getByLabel('Beskriv tiltaket').fill('Varsle NAV ved første restansevarsel');
    await page.getByLabel('Ansvarlig', { exact: true }).selectOption(h.server.seed.userIds['berit.boligleder']!);
    await expectAccessible(page, 'nytt tiltak');
    await click(page.getByRole('button', { name: 'Legg til tiltaket' }));
    await page.getByText('Tiltaket er lagt inn.').waitFor();
    await page.getByText('Status: Tiltak iverksatt').waitFor();

    // Closing before the reporter has been told is refused, with the reason in Norwegian.
    await click(page.getByRole('button', { name: 'Lukk avviket' }));
    await page.getByLabel('Konklusjon').fill('Rutinen er endret.');
    await click(page.getByRole('button', { name: 'Bekreft lukking' }));
    await page.getByRole('link', { name: 'Tilbakemelding: Avviket kan ikke lukkes før melderen og den meldende enheten har fått tilbakemelding om hva som er gjort. Gi tilbakemelding, eller begrunn hvorfor ikke.' }).waitFor();
    await expectAccessible(page, 'lukking uten tilbakemelding avvist');
    await screenshot(page, 'avvik-lukking-avvist');
    expect(await status()).toEqual([{ status: 'measures', n: 0 }]);
    await click(page.getByRole('button', { name: 'Avbryt' }));

    await click(page.getByRole('button', { name: 'Gi tilbakemelding' }));
    await page.getByLabel('Hva er gjort, og hva er konklusjonen?').fill(feedback);
    await click(page.getByRole('button', { name: 'Send tilbakemeldingen' }));
    await page.getByText('Tilbakemeldingen er sendt til Nora NAV-veileder og NAV Fjordvik.').waitFor();

    await click(page.getByRole('button', { name: 'Lukk avviket' }));
    await page.getByLabel('Konklusjon').fill('Rutinen er endret, og NAV varsles ved første restansevarsel.');
    await click(page.getByRole('button', { name: 'Bekreft lukking' }));
    await page.getByText('Avviket er lukket.').waitFor();
    await page.getByText('Status: Lukket').waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Behandling' }).count()).toBe(0);
    await expectAccessible(page, 'avviket lukket (behandler)');
    expect(await status()).toEqual([{ status: 'closed', n: 1 }]);

    await click(page.getByRole('navigation', { name: 'Avvik' }).getByRole('link', { name: 'Statistikk' }));
    await page.getByRole('heading', { level: 1, name: 'Avviksstatistikk' }).waitFor();
    await page.getByRole('group', { name: 'Nøkkeltall' }).getByText('100 % (1 av 1)').waitFor();
    // Per unit over the period (the server sends one row per unit): Boligkontoret's avvik is the only closed one.
    const unitRow = page.getByRole('region', { name: 'Avvik per enhet og kategori' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Boligkontoret', exact: true }) });
    expect(await unitRow.getByRole('cell').last().textContent()).toBe('1');
    await expectAccessible(page, 'avviksstatistikk');
    await screenshot(page, 'avvik-statistikk');
    expect(jsErrors(page)).toEqual([]);

    // 3. The NAV reporter sees the feedback and the closed status, not the internal assessment.
    await click(phone.getByRole('navigation', { name: 'Avvik' }).getByRole('link', { name: 'Mine avvik' }));
    const card = phone.getByRole('list', { name: 'Mine avvik' }).getByRole('listitem').filter({ hasText: reference });
    await card.getByText('Lukket', { exact: true }).waitFor();
    await expectAccessible(phone, 'mine avvik (mobil)');
    await click(card.getByRole('link'));
    await phone.getByText('Status: Lukket').waitFor();
    await phone.getByText(feedback).waitFor();
    await phone.getByText('Rutinen er endret, og NAV varsles ved første restansevarsel.').waitFor();
    await phone.getByText('Varsle NAV ved første restansevarsel').waitFor();
    expect(await phone.getByText('Uklar rutine').count()).toBe(0);
    await expectAccessible(phone, 'lukket avvik hos melder (mobil)');
    await screenshot(phone, 'avvik-lukket-melder-mobil');
    expect(jsErrors(phone)).toEqual([]);
  });
});
